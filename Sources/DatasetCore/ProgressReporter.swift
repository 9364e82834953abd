#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Shows "outputs.csv: 45 % of 1.2 GB read" (or "1.2 GB read" when the size is unknown) on stderr about every
/// two seconds during a long read.
///
/// Only when stderr is a terminal: logs and pipes stay clean. The line is rewritten in place and
/// erased when the file is done.
struct ProgressReporter {
    let label: String
    /// The file's size, when known.
    var total: Int?
    private var lastReport: Double
    private var shown = false
    static let interval = 2.0

    /// A reporter for `label`, or nil when stderr is not a terminal.
    static func forTerminal(label: String) -> ProgressReporter? {
        isatty(STDERR_FILENO) == 1 ? ProgressReporter(label: label) : nil
    }

    init(label: String) {
        self.label = label
        self.lastReport = Self.now()
    }

    mutating func update(bytesRead: Int) {
        let now = Self.now()
        guard now - lastReport >= Self.interval else { return }
        lastReport = now
        shown = true
        write("\r\u{1B}[K" + Self.text(label: label, bytesRead: bytesRead, total: total))
    }

    /// "outputs.csv: 45 % of 1.2 GB read", or "outputs.csv: 1.2 GB read" without a size.
    static func text(label: String, bytesRead: Int, total: Int?) -> String {
        guard let total, total > 0 else { return "\(label): \(formatBytes(bytesRead)) read" }
        return "\(label): \(min(100, bytesRead * 100 / total)) % of \(formatBytes(total)) read"
    }

    mutating func finish() {
        if shown { write("\r\u{1B}[K") }
        shown = false
    }

    /// 1.2 GB, 340.0 MB, 12.0 kB (decimal units).
    static func formatBytes(_ bytes: Int) -> String {
        let units = [(1e9, "GB"), (1e6, "MB"), (1e3, "kB")]
        for (size, unit) in units where Double(bytes) >= size {
            let tenths = Int((Double(bytes) / size * 10).rounded())
            return "\(tenths / 10).\(tenths % 10) \(unit)"
        }
        return "\(bytes) B"
    }

    private func write(_ text: String) {
        var text = text
        text.withUTF8 { _ = Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
