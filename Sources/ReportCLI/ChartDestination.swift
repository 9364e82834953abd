import ArgumentParser
import Foundation
import ReportBuilder
import ReportWriter

/// Where `chart` writes and in which format: the format from `-o`'s extension, else `--format`, else PNG.
struct ChartDestination: Equatable {
    /// Standard output, one file, or a directory of files named by chart (`--all`).
    enum Target: Equatable { case standardOutput, file(String), directory(String) }

    var target: Target
    var format: ChartFormat

    /// Resolves `-o` and `--format`. A known extension decides the format (and `--format` must agree); a name
    /// without one takes `--format` or PNG; any other extension is a usage error listing the known ones.
    static func resolve(output: String?, format: ChartFormat?, all: Bool, chartName: String?) throws -> ChartDestination {
        if all {
            guard output != "-" else { throw ValidationError("--all writes one file per chart; give a directory with -o DIR, not '-'") }
            return ChartDestination(target: .directory(output ?? "."), format: format ?? .png)
        }
        guard let output else {
            let chosen = format ?? .png
            return ChartDestination(target: .file("\(chartName ?? "chart").\(chosen.rawValue)"), format: chosen)
        }
        if output == "-" { return ChartDestination(target: .standardOutput, format: format ?? .png) }
        guard let fileExtension = extensionOf(output) else {
            return ChartDestination(target: .file(output), format: format ?? .png)
        }
        guard let fromName = ChartFormat(rawValue: fileExtension.lowercased()) else {
            throw ValidationError("-o '\(output)': unknown extension '.\(fileExtension)'; "
                + "use .png, .pdf or .svg (or a name without an extension and --format)")
        }
        if let format, format != fromName {
            throw ValidationError("--format \(format.rawValue) disagrees with -o '\(output)', which ends in .\(fileExtension); "
                + "drop --format or change the extension")
        }
        return ChartDestination(target: .file(output), format: fromName)
    }

    /// The extension of the last path component, if it has one (a leading dot, as in `.hidden`, is not one).
    static func extensionOf(_ path: String) -> String? {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let ext = name[name.index(after: dot)...]
        return ext.isEmpty ? nil : String(ext)
    }

    /// The directory part of `path` ("" for a bare name), without Foundation's path calls.
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        let parent = String(path[..<slash])
        return parent.isEmpty ? "/" : parent
    }

    /// Creates `directory` and its missing parents, as ggsave's `create.dir` does. Errors are 73.
    static func createDirectory(_ directory: String) throws(OutputError) {
        guard !directory.isEmpty else { return }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .cannotCreate(path: directory, reason: "it exists and is not a directory") }
            return
        }
        // mkdir -p, one component at a time, so that the message can name the one that failed and why.
        var path = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            path += "/" + component
            if mkdir(path, 0o777) != 0, errno != EEXIST {
                throw .cannotCreate(path: directory, reason: "cannot create \(path): \(String(cString: strerror(errno)))")
            }
        }
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .cannotCreate(path: directory, reason: "a part of it exists and is not a directory")
        }
    }
}
