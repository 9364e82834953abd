import DataText

/// Why a set of output files could not be put in place. The previous output is untouched in every case.
public enum OutputError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The output directory (or its temporary sibling) cannot be created: sysexits 73 (EX_CANTCREAT).
    case cannotCreate(path: String, reason: String)
    /// Reading or writing failed midway: sysexits 74 (EX_IOERR).
    case ioError(path: String, reason: String)
    /// The destination holds entries the tool does not write (the first five, sorted, and how many there
    /// are); it is never replaced: sysexits 73.
    case foreignEntries(path: String, entries: [String], count: Int)

    public var description: String { TerminalText.escaped(plainDescription) }

    private var plainDescription: String {
        switch self {
        case .cannotCreate(let path, let reason):
            "cannot create output in \(path): \(reason)"
        case .ioError(let path, let reason):
            "I/O error on \(path): \(reason)"
        case .foreignEntries(let path, let entries, let count):
            "refusing to replace \(path): it holds \(count == 1 ? "an entry" : "\(count) entries") the tool does not write ("
                + entries.map { "'\($0)'" }.joined(separator: ", ") + (count > entries.count ? ", …" : "")
                + "); only annual-summary-*.pdf, charts/*.png|svg, stats.json and summary.md may be there; choose another --out"
        }
    }

    /// True for errors that mean "output cannot be created" (exit 73) rather than an I/O error (exit 74).
    public var isCannotCreate: Bool {
        switch self {
        case .cannotCreate, .foreignEntries: true
        case .ioError: false
        }
    }
}
