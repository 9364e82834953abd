import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

extension ISECGReport {
    /// Parses and runs the command. The arguments are screened first (`ArgumentScreen`): an unknown
    /// subcommand (or `help NAME`) gets a "did you mean" and 64, and a negative number after a numeric option
    /// stays its value. Usage errors get the `isecg-report: ` prefix every other message has (ArgumentParser's
    /// own would say `Error: `), and exit 64; help and `--version` print as usual.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
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
