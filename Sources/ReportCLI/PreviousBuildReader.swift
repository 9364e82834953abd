import Foundation
import ReportBuilder
#if canImport(Glibc)
import Glibc
#endif

/// Reads the report set `--out` already holds, for summary.md's "Changes since the previous build".
///
/// Only regular files are read (a FIFO or device named like a report file is skipped, never opened), each
/// at most `limit` bytes; anything unreadable counts as absent: the section is a courtesy, never a reason
/// for the build to fail.
enum PreviousBuildReader {
    static let limit = 64 << 20

    /// The earlier set in `directory`, or nil when it holds no stats.json.
    static func read(_ directory: String, charts: [String], mode: PreviousBuild.Mode) -> PreviousBuild? {
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        guard let stats = regularFile(base + "stats.json") else { return nil }
        var chartFiles: [String: [UInt8]] = [:]
        // Only the PNGs: a chart's change is told by its picture (the SVG draws the same).
        for name in charts {
            let path = "charts/\(name).png"
            if let bytes = regularFile(base + path) { chartFiles[path] = [UInt8](bytes) }
        }
        let summary = regularFile(base + "summary.md").map { String(decoding: $0, as: UTF8.self) }
        return PreviousBuild(statsJSON: stats, summary: summary, chartFiles: chartFiles, mode: mode)
    }

    /// The bytes of `path` if it is a regular file (symlinks followed) of at most `limit` bytes.
    private static func regularFile(_ path: String) -> Data? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size <= limit else { return nil }
        var data = Data(count: Int(status.st_size))
        let complete = data.withUnsafeMutableBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.read(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { return false }
                offset += n
            }
            return true
        }
        return complete ? data : nil
    }
}
