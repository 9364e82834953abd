import ArgumentParser
import ChartEngine
import DatasetCore
import ReportBuilder
import ReportWriter

/// The one mapping from every error the program can raise to its message and sysexits code
/// (PRODUCT.md "Exit codes"). Every message starts `isecg-report: `; diagnostics keep their
/// `FILE:LINE:COLUMN: error: …` form and are followed by one such line.
///
/// 1 is never here: only `build --check` exits 1, by throwing ``ExitStatus/stale`` itself.
enum ErrorPolicy {
    /// What the user sees and the status the program ends with.
    struct Failure: Equatable {
        /// The text for standard error (one line, or diagnostics and one line).
        var message: String
        /// The sysexits code.
        var status: ExitCode
    }

    /// The prefix of every message the program writes to standard error.
    static let prefix = "isecg-report: "

    /// The message and exit code for `error`. An error no case here names is a bug: 70, one line asking
    /// for a report, never a backtrace.
    static func failure(for error: any Error) -> Failure {
        switch error {
        case let error as DatasetError: failure(for: error)
        case let error as ReportError: Failure(message: prefix + error.description, status: ExitStatus.dataError)
        case let error as OutputError:
            Failure(message: prefix + error.description,
                    status: error.isCannotCreate ? ExitStatus.cannotCreate : ExitStatus.ioError)
        case let error as ChartEngineError: failure(for: error)
        case let error as ValidationError: Failure(message: prefix + error.message, status: ExitStatus.usage)
        default: internalError("\(error)")
        }
    }

    private static func failure(for error: DatasetError) -> Failure {
        switch error {
        case .membersMissing, .unreadable:
            return Failure(message: prefix + error.description, status: ExitStatus.noInput)
        case .invalid(let diagnostics):
            let errors = diagnostics.filter { $0.severity == .error }.count
            let lines = diagnostics.map(\.description)
                + [prefix + "\(errors) error\(errors == 1 ? "" : "s") in the datasets"]
            return Failure(message: lines.joined(separator: "\n"), status: ExitStatus.dataError)
        }
    }

    private static func failure(for error: ChartEngineError) -> Failure {
        switch error {
        case .fontNotFound(let family, _):
            Failure(message: prefix + "\(family) is not installed; run scripts/install-deps.sh",
                    status: ExitStatus.unavailable)
        case .canvasTooSmall:
            Failure(message: prefix + error.description, status: ExitStatus.usage)
        case .invalidArgument(let reason):
            Failure(message: prefix + reason, status: ExitStatus.usage)
        case .cairo, .invalidSpec:
            internalError(error.description)
        }
    }

    /// 70: something that should not happen did; one line, with what to do.
    private static func internalError(_ what: String) -> Failure {
        let firstLine = what.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? what
        return Failure(message: prefix + "internal error: \(firstLine); please report this, with the command "
                           + "you ran, to the maintainers of isecg-report",
                       status: ExitStatus.software)
    }
}
