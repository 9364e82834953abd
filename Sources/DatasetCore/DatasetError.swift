import DataText

/// Why a datasets directory could not be used. One clear message each; `invalid` carries every problem.
public enum DatasetError: Error, CustomStringConvertible, Sendable {
    /// The directory has no members.csv (or the directory does not exist).
    case membersMissing(path: String)
    /// A file exists but cannot be read (permissions, a directory, an I/O error).
    case unreadable(path: String, reason: String)
    /// The data has errors: every diagnostic found, errors and warnings, in file and line order.
    case invalid([Diagnostic])

    public var description: String {
        switch self {
        case .membersMissing(let path):
            return TerminalText.escaped("\(path): no such file; a datasets directory needs members.csv")
        case .unreadable(let path, let reason):
            return TerminalText.escaped("\(path): cannot read: \(reason)")
        case .invalid(let diagnostics):
            let errors = diagnostics.filter { $0.severity == .error }.count
            return (diagnostics.map(\.description) + ["\(errors) error\(errors == 1 ? "" : "s") in the datasets"])
                .joined(separator: "\n")
        }
    }
}

/// What `DatasetDirectory.validate()` found.
public struct ValidationResult: Sendable {
    /// Every problem, by file (members, outputs, reported counts, report.yml), then line and column.
    /// At most 1000 per file are listed; the rest are summarised in one more diagnostic.
    public let diagnostics: [Diagnostic]
    /// The files read, with their hashes and record counts.
    public let inputs: [InputFile]
    /// All errors, including any not listed.
    public let errorCount: Int
    /// All warnings, including any not listed.
    public let warningCount: Int

    /// Whether any error was found (warnings alone do not count).
    public var hasErrors: Bool { errorCount > 0 }
}
