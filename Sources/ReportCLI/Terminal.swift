import ArgumentParser
import DatasetCore
import ReportBuilder
import ReportWriter
#if canImport(Glibc)
import Glibc
#endif

/// Writing to stdout and stderr, and turning errors into one message and a sysexits code, in one place.
enum Terminal {
    /// Writes `text` to standard output in one go. A closed pipe (`… | head`) ends the program with status 0.
    static func output(_ text: String) {
        write(text, to: STDOUT_FILENO)
    }

    /// Writes one line to standard error.
    static func error(_ text: String) {
        write(text.hasSuffix("\n") ? text : text + "\n", to: STDERR_FILENO)
    }

    /// Whether standard output is a terminal (the `stats` table is for people, other formats for programs).
    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    private static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    if errno == EPIPE { exit(0) }
                    return
                }
                offset += written
            }
        }
    }

    /// Runs a command body; an error it throws becomes one message on stderr and a sysexits code, by
    /// ``ErrorPolicy`` (an `ExitCode` the body throws, such as `build --check`'s 1, passes through).
    static func run<T>(_ body: () throws -> T) throws -> T {
        signal(SIGPIPE, SIG_IGN)
        do {
            return try body()
        } catch let status as ExitCode {
            throw status
        } catch {
            let failure = ErrorPolicy.failure(for: error)
            Terminal.error(failure.message)
            throw failure.status
        }
    }
}
