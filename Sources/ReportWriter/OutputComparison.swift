import Foundation

/// The difference between a freshly generated `OutputFileSet` and an output directory on disk,
/// as `build --check` reports it.
public struct OutputComparison: Sendable, Equatable {
    /// One file that is not as it would be generated.
    public struct Entry: Sendable, Equatable, CustomStringConvertible {
        public enum State: String, Sendable { case stale, missing, extra }
        public let state: State
        /// Path relative to the output directory.
        public let path: String

        public var description: String { "\(state.rawValue): \(path)" }
    }

    /// Every differing file, sorted by path.
    public let entries: [Entry]
    /// How many generated files matched byte for byte.
    public let matching: Int

    /// True when the directory holds exactly the generated files.
    public var isCurrent: Bool { entries.isEmpty }

    /// Compares `expected` with the files under `directory` (hidden files are ignored).
    public init(expected: OutputFileSet, directory: String) {
        let onDisk = Set(Self.listFiles(under: directory))
        var entries: [Entry] = []
        var matching = 0
        for path in expected.sortedPaths {
            guard onDisk.contains(path) else {
                entries.append(Entry(state: .missing, path: path))
                continue
            }
            let actual = FileManager.default.contents(atPath: directory + "/" + path).map { [UInt8]($0) }
            if actual == expected.files[path] { matching += 1 } else { entries.append(Entry(state: .stale, path: path)) }
        }
        for path in onDisk where expected.files[path] == nil {
            entries.append(Entry(state: .extra, path: path))
        }
        self.entries = entries.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        self.matching = matching
    }

    /// Relative paths of the regular files under `directory`, skipping hidden entries.
    static func listFiles(under directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            let name = (path as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory + "/" + path, isDirectory: &isDirectory),
               !isDirectory.boolValue {
                paths.append(path)
            }
        }
        return paths
    }
}

extension OutputComparison {
    /// How `build --check` prints the entries.
    public enum ReportFormat: String, CaseIterable, Sendable {
        /// `DIR/PATH: state` lines.
        case text
        /// One JSON array of `{"path": "DIR/PATH", "state": "stale|missing|extra"}`, sorted by path.
        case json
        /// One GitHub Actions annotation (`::error file=DIR/PATH::…`) per file.
        case github
    }

    /// The entries in `format`, with paths prefixed by `directory` (as given on the command line, so that
    /// they are relative to where the tool ran, for example the repository root in CI).
    public func rendered(as format: ReportFormat, directory: String) -> String {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        switch format {
        case .text:
            return entries.map { "\(prefix)\($0.path): \($0.state.rawValue)\n" }.joined()
        case .json:
            let items = entries.map { "  {\"path\": \(Self.jsonString(prefix + $0.path)), \"state\": \"\($0.state.rawValue)\"}" }
            return items.isEmpty ? "[]\n" : "[\n" + items.joined(separator: ",\n") + "\n]\n"
        case .github:
            return entries.map { entry in
                "::error file=\(Self.annotationProperty(prefix + entry.path)),title=\(entry.state.rawValue)::"
                    + Self.annotationMessage(Self.explanation(entry.state, path: prefix + entry.path)) + "\n"
            }.joined()
        }
    }

    /// One sentence per state, for annotations.
    static func explanation(_ state: Entry.State, path: String) -> String {
        switch state {
        case .stale: "\(path) differs from a fresh build of the datasets; run 'isecg-report build' and commit it"
        case .missing: "\(path) is missing; run 'isecg-report build' and commit it"
        case .extra: "\(path) is not part of a fresh build; delete it or run 'isecg-report build'"
        }
    }

    /// A JSON string literal (RFC 8259), control characters escaped.
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// GitHub's workflow-command escaping for a message.
    static func annotationMessage(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// GitHub's workflow-command escaping for a property value (also `:` and `,`).
    static func annotationProperty(_ text: String) -> String {
        annotationMessage(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    /// The stale PNGs, with their bytes on disk and as generated, for `--check --diff`.
    public func stalePNGs(expected: OutputFileSet, directory: String) -> [(path: String, before: [UInt8], after: [UInt8])] {
        entries.compactMap { entry in
            guard entry.state == .stale, entry.path.hasSuffix(".png"), let after = expected.files[entry.path],
                  let before = FileManager.default.contents(atPath: directory + "/" + entry.path) else { return nil }
            return (entry.path, [UInt8](before), after)
        }
    }
}
