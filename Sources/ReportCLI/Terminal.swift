import ArgumentParser
import DataText
import DatasetCore
import ReportBuilder
import ReportWriter
#if canImport(Glibc)
import Glibc
#endif

/// Writing to stdout and stderr, and turning errors into one message and a sysexits code, in one place.
enum Terminal {
    /// Writes `text` to standard output in one go. A closed pipe (`… | head`) ends the program quietly
    /// (status 0); any other failed write (a full disk) ends it with one message and status 74.
    static func output(_ text: String) {
        var text = text
        text.withUTF8 { write($0, to: STDOUT_FILENO) }
    }

    /// Writes `bytes` to standard output (`chart -o -`), as `output(_:)`.
    static func output(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write($0, to: STDOUT_FILENO) }
    }

    /// Writes one line to standard error (a failure to write it ends the program with 74, silently).
    /// Control characters other than line breaks are shown escaped (`\x1b`): error messages quote paths
    /// and values from the data.
    static func error(_ text: String) {
        let escaped = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TerminalText.escaped(String($0)) }.joined(separator: "\n")
        var line = escaped.hasSuffix("\n") ? escaped : escaped + "\n"
        line.withUTF8 { write($0, to: STDERR_FILENO) }
    }

    /// Whether standard output is a terminal (the `stats` table is for people, other formats for programs).
    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// The sysexits code of a failed write to standard output or error (EX_IOERR).
    static let writeFailureStatus: Int32 = 74

    private static func write(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
            if written >= 0 {
                offset += written
                continue
            }
            let code = errno
            if code == EINTR || code == EAGAIN { continue }
            if code == EPIPE { exit(0) }  // the reader has gone (`| head`): nothing more is wanted
            if descriptor != STDERR_FILENO {
                let reason = String(cString: strerror(code))
                let message = "isecg-report: cannot write to standard output: \(reason)\n"
                _ = message.utf8CString.withUnsafeBufferPointer { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count - 1) }
            }
            exit(writeFailureStatus)
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
