import ArgumentParser

/// The sysexits codes the tool uses, in one place (which error gets which: ``ErrorPolicy``).
enum ExitStatus {
    static let ok = ExitCode(0)
    /// `build --check` found stale, missing or extra files; nothing else exits 1.
    static let stale = ExitCode(1)
    /// EX_USAGE: bad options, or a chart size too small for the chart's texts.
    static let usage = ExitCode(64)
    /// EX_DATAERR: the datasets or report.yml have errors.
    static let dataError = ExitCode(65)
    /// EX_NOINPUT: members.csv missing, or an input not readable.
    static let noInput = ExitCode(66)
    /// EX_UNAVAILABLE: a required system resource (a font) is missing.
    static let unavailable = ExitCode(69)
    /// EX_SOFTWARE: an internal error.
    static let software = ExitCode(70)
    /// EX_CANTCREAT: the output cannot be created.
    static let cannotCreate = ExitCode(73)
    /// EX_IOERR: a read or write failed midway.
    static let ioError = ExitCode(74)
}
