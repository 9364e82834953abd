import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

extension ISECGReport {
    /// Parses and runs the command. Usage errors get the `isecg-report: ` prefix every other message has
    /// (ArgumentParser's own would say `Error: `), and exit 64; help and `--version` print as usual.
    static func main() {
        do {
            var command = try parseAsRoot()
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
