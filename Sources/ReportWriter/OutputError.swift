/// Why a set of output files could not be put in place. The previous output is untouched in every case.
public enum OutputError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The output directory (or its temporary sibling) cannot be created: sysexits 73 (EX_CANTCREAT).
    case cannotCreate(path: String, reason: String)
    /// Reading or writing failed midway: sysexits 74 (EX_IOERR).
    case ioError(path: String, reason: String)
    /// The destination exists, holds files, and is not a report directory; it is never replaced.
    case notAReportDirectory(path: String, marker: String)

    public var description: String {
        switch self {
        case .cannotCreate(let path, let reason):
            "cannot create output in \(path): \(reason)"
        case .ioError(let path, let reason):
            "I/O error on \(path): \(reason)"
        case .notAReportDirectory(let path, let marker):
            "refusing to replace \(path): it is not empty and has no \(marker), so it does not look like a report "
                + "directory; choose another --out"
        }
    }

    /// True for errors that mean "output cannot be created" (exit 73) rather than an I/O error (exit 74).
    public var isCannotCreate: Bool {
        switch self {
        case .cannotCreate, .notAReportDirectory: true
        case .ioError: false
        }
    }
}
