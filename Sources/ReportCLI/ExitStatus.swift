import ArgumentParser

/// The sysexits codes the tool uses, in one place.
enum ExitStatus {
    static let ok = ExitCode(0)
    static let stale = ExitCode(1)
    static let usage = ExitCode(64)
    static let dataError = ExitCode(65)
    static let noInput = ExitCode(66)
    static let cannotCreate = ExitCode(73)
    static let ioError = ExitCode(74)
}
