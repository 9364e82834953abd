import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

extension ISECGReport {
    /// Parses and runs the command. The arguments are screened first (`ArgumentScreen`): one that is not UTF-8
    /// is refused with 64 (it would name another file); an unknown
    /// subcommand (or `help NAME`) gets a "did you mean" and 64, and a negative number after a numeric option
    /// stays its value. Usage errors get the `isecg-report: ` prefix every other message has (ArgumentParser's
    /// own would say `Error: `), and exit 64; help and `--version` print as usual.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let raw = (1..<Int(CommandLine.argc)).map { index in
            CommandLine.unsafeArgv[index].map { Array(UnsafeBufferPointer(start: UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self),
                                                                       count: strlen($0))) } ?? []
        }
        if let problem = ArgumentScreen.notUTF8(raw) {
            Terminal.error(ErrorPolicy.prefix + problem)
            Glibc.exit(ExitStatus.usage.rawValue)
        }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName }
        if let problem = ArgumentScreen.unknownSubcommand(arguments, names: names) {
            Terminal.error(ErrorPolicy.prefix + problem + "\nUsage: isecg-report <subcommand>; see 'isecg-report --help'.")
            Glibc.exit(ExitStatus.usage.rawValue)
        }
        do {
            var command = try parseAsRoot(ArgumentScreen.joiningNegativeValues(arguments))
            try command.run()
        } catch {
            let status = exitCode(for: error)
            if status == .success || error is ExitCode { exit(withError: error) }
            var message = fullMessage(for: error)
            if message.hasPrefix("Error: ") { message = ErrorPolicy.prefix + message.dropFirst("Error: ".count) }
            Terminal.error(message)
            Glibc.exit(status.rawValue)
        }
    }
}
