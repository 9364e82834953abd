/// Collects one file's diagnostics, keeping at most `limit` so that a huge bad file cannot fill memory;
/// the rest are counted and summarised in one last diagnostic.
struct DiagnosticCollector {
    let file: String
    static let limit = 1000
    private(set) var diagnostics: [Diagnostic] = []
    /// Each listed diagnostic's rank: at one line and column, lower ranks come first (then insertion order).
    private var ranks: [Int] = []
    private(set) var errorCount = 0
    private(set) var warningCount = 0
    private var suppressed = 0
    private var firstSuppressed: SourceLocation?

    init(file: String) { self.file = file }

    var hasErrors: Bool { errorCount > 0 }

    mutating func error(_ message: String, line: Int, column: Int) {
        add(.error(message, at: SourceLocation(file: file, line: line, column: column)))
    }

    /// An error ranked among others at the same place: the reader finds some of its problems (encoding, quoting)
    /// in an order that depends on where its read chunks end, so it ranks them to make the output independent
    /// of that.
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
        if diagnostics.count < Self.limit {
            diagnostics.append(diagnostic)
            ranks.append(rank)
        } else {
            suppressed += 1
            if firstSuppressed == nil { firstSuppressed = diagnostic.location }
        }
    }

    /// The diagnostics in line and column order, with the summary of suppressed ones last.
    func sorted() -> [Diagnostic] {
        var result = diagnostics.enumerated().sorted { lhs, rhs in
            let (left, right) = (lhs.element.location, rhs.element.location)
            if left.line != right.line { return left.line < right.line }
            if left.column != right.column { return left.column < right.column }
            if ranks[lhs.offset] != ranks[rhs.offset] { return ranks[lhs.offset] < ranks[rhs.offset] }
            return lhs.offset < rhs.offset
        }.map(\.element)
        if suppressed > 0, let location = firstSuppressed {
            result.append(Diagnostic(severity: errorCount > 0 ? .error : .warning, location: location,
                                     message: "\(suppressed) more problems in this file are not shown"))
        }
        return result
    }
}
