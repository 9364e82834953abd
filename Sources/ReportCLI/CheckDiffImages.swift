import ChartEngine
import Foundation
import ReportBuilder
import ReportWriter

/// `build --check --diff DIR`: before, after and difference images of every stale PNG.
enum CheckDiffImages {
    /// Writes `NAME.before.png`, `NAME.after.png` and `NAME.diff.png` for each stale PNG into `directory`
    /// (created if missing). A PNG that cannot be decoded gets before and after only.
    static func write(_ stale: [(path: String, before: [UInt8], after: [UInt8])], into directory: String) throws {
        try ChartDestination.createDirectory(directory)
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        for entry in stale {
            let name = String(entry.path.split(separator: "/").last ?? "chart.png").dropLast(4)
            try SingleFileWriter.write(Data(entry.before), to: "\(prefix)\(name).before.png")
            try SingleFileWriter.write(Data(entry.after), to: "\(prefix)\(name).after.png")
            if let difference = try? ImageDiff.compare(before: Data(entry.before), after: Data(entry.after)) {
                try SingleFileWriter.write(difference.png, to: "\(prefix)\(name).diff.png")
            }
        }
    }
}
