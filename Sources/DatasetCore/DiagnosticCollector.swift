/// Collects one file's diagnostics, keeping at most `limit` so that a huge bad file cannot fill memory;
/// the rest are counted and summarised in one last diagnostic.
///
/// Order: line, column, then a rank, then the order they were added. The reader finds a few of its problems
/// (an encoding and a quoting error at one byte) in an order that depends on where its read chunks end, so
/// it ranks them; with that, the listed diagnostics — and, past the limit, which ones are kept (the first
/// `limit` in this order) and where the summary points — do not depend on the read size.
struct DiagnosticCollector {
    let file: String
    static let limit = 1000
    private struct Entry {
        let diagnostic: Diagnostic
        let rank: Int
        let sequence: Int

        static func < (lhs: Entry, rhs: Entry) -> Bool {
            let (left, right) = (lhs.diagnostic.location, rhs.diagnostic.location)
            if left.line != right.line { return left.line < right.line }
            if left.column != right.column { return left.column < right.column }
            if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
            return lhs.sequence < rhs.sequence
        }
    }

    private var entries: [Entry] = []
    /// The index of the last entry in order, once the list is full.
    private var lastIndex = 0
    private var sequence = 0
    private(set) var errorCount = 0
    private(set) var warningCount = 0
    private var suppressed = 0
    private var firstSuppressed: Entry?

    init(file: String) { self.file = file }

    var hasErrors: Bool { errorCount > 0 }

    /// The listed diagnostics, in the order they were added.
    var diagnostics: [Diagnostic] { entries.sorted { $0.sequence < $1.sequence }.map(\.diagnostic) }

    mutating func error(_ message: String, line: Int, column: Int) {
        add(.error(message, at: SourceLocation(file: file, line: line, column: column)))
    }

    /// An error ranked among others at the same place (lower first); see the type's description.
    mutating func error(_ message: String, line: Int, column: Int, rank: Int) {
        add(.error(message, at: SourceLocation(file: file, line: line, column: column)), rank: rank)
    }

    mutating func warning(_ message: String, line: Int, column: Int) {
        add(.warning(message, at: SourceLocation(file: file, line: line, column: column)))
    }

    mutating func add(_ diagnostic: Diagnostic, rank: Int = 0) {
        switch diagnostic.severity {
        case .error: errorCount += 1
        case .warning: warningCount += 1
        }
        var entry = Entry(diagnostic: diagnostic, rank: rank, sequence: sequence)
        sequence += 1
        if entries.count < Self.limit {
            entries.append(entry)
            if entries.count == Self.limit { findLast() }
            return
        }
        // Full: keep the first `limit` in order. Input is read front to back, so a newcomer almost always
        // sorts after every kept entry (one comparison); rarely it displaces the last one.
        if entry < entries[lastIndex] {
            swap(&entry, &entries[lastIndex])
            findLast()
        }
        suppressed += 1
        if firstSuppressed.map({ entry < $0 }) ?? true { firstSuppressed = entry }
    }

    private mutating func findLast() {
        lastIndex = entries.indices.max { entries[$0] < entries[$1] } ?? 0
    }

    /// The diagnostics in order, with the summary of suppressed ones last.
    func sorted() -> [Diagnostic] {
        var result = entries.sorted { $0 < $1 }.map(\.diagnostic)
        if suppressed > 0, let first = firstSuppressed {
            result.append(Diagnostic(severity: errorCount > 0 ? .error : .warning, location: first.diagnostic.location,
                                     message: "\(suppressed) more problems in this file are not shown"))
        }
        return result
    }
}
