import DataText

/// A place in an input file: 1-based line and column.
///
/// Columns count Unicode scalars (characters as UTF-8 decodes them), not bytes, so that a column
/// points at the same place an editor shows. A record's line is the line where the record starts,
/// even when a quoted field inside it spans several lines.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file path as the user gave it, e.g. `Datasets/members.csv`.
    public let file: String
    /// 1-based line number.
    public let line: Int
    /// 1-based column, counted in Unicode scalars.
    public let column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`.
    public var description: String { "\(file):\(line):\(column)" }
}

/// One problem found in the input, with its place and severity.
///
/// Its description is the format compilers use, which editors and CI annotate:
/// `Datasets/members.csv:4:12: error: unknown region 'Oceania'; expected one of Europe, …`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// Errors make the data unusable; warnings point at data that is probably, but not surely, wrong.
    public enum Severity: String, Sendable {
        case error, warning
    }

    public let severity: Severity
    public let location: SourceLocation
    /// One sentence, without the location or severity: what is wrong and what was expected.
    public let message: String

    public init(severity: Severity, location: SourceLocation, message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// An error at `location`.
    public static func error(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(severity: .error, location: location, message: message)
    }

    /// A warning at `location`.
    public static func warning(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(severity: .warning, location: location, message: message)
    }

    /// `file:line:column: error|warning: message`, with any control character escaped (`\x1b`), so that
    /// no text from the data or a path reaches a terminal raw.
    public var description: String {
        TerminalText.escaped("\(location.file):\(location.line):\(location.column): \(severity.rawValue): \(message)")
    }
}

/// A value from the data as a diagnostic quotes it: at most 80 characters, control characters escaped.
func quoted(_ value: String) -> String { TerminalText.quoted(value) }
