import DataText
import Yams

/// The length limits of report.yml's text values (Datasets/README.md lists them): a title that would not fit
/// a page, or a megabyte of keywords, is an error at its line rather than a slow build.
enum ReportConfigLimits {
    /// The most characters (Unicode scalars) of each text key, or of each item of a list key.
    static let characters: [String: Int] = [
        "group": 200, "title": 200, "short": 40, "author": 200, "subject": 500, "keywords": 100,
        "charts": 64, "paper": 10, "theme": 10, "member_noun": 40, "source_note": 200,
    ]
    /// The most items of each list key.
    static let items: [String: Int] = ["keywords": 50, "charts": 50]
}

extension ReportConfigLoader {
    /// The line where a duplicated top-level key first repeats (the second `name:` at the start of a line,
    /// earliest over `names`), found in the text so that it does not depend on hash order; nil when some
    /// name is not found twice that way (a quoted, empty or block-scalar key).
    static func repeatLine(of names: [String], in bytes: [UInt8]) -> Int? {
        var occurrences: [String: [Int]] = [:]
        let targets = names.map { ($0, Array(($0 + ":").utf8)) }
        var line = 1
        var start = 0
        for end in bytes.indices where bytes[end] == 0x0A || end == bytes.count - 1 {
            let text = bytes[start...end]
            for (name, prefix) in targets where text.starts(with: prefix) { occurrences[name, default: []].append(line) }
            line += 1
            start = end + 1
        }
        guard names.allSatisfy({ (occurrences[$0]?.count ?? 0) >= 2 }) else { return nil }
        return names.compactMap { occurrences[$0]?[1] }.min()
    }

    /// Whether `bytes` pass `ReportConfigPrescan` (no anchor, alias or deep nesting); else its problems are
    /// errors and Yams never sees the text.
    mutating func passesPrescan(_ bytes: [UInt8]) -> Bool {
        let problems = ReportConfigPrescan.problems(in: bytes)
        for problem in problems { diagnostics.error(problem.message, line: problem.line, column: problem.column) }
        return problems.isEmpty
    }

    /// `items` when there are no more than the key allows; else an error at `node` and nil.
    mutating func checkedItems(_ items: [String], key: String, at node: Node) -> [String]? {
        guard let limit = ReportConfigLimits.items[key], items.count > limit else { return items }
        error("'\(key)' has \(items.count) items; at most \(limit) are allowed", at: node)
        return nil
    }

    /// `text` when it is within its key's limit and one line without control characters; else an error at
    /// `node` and nil.
    mutating func checkedText(_ text: String, key: String, at node: Node) -> String? {
        let what = ReportConfigLimits.items[key] == nil ? "'\(key)'" : "an item of '\(key)'"
        if let limit = ReportConfigLimits.characters[key] {
            let count = text.unicodeScalars.count
            if count > limit {
                error("\(what) is \(count) characters long; at most \(limit) are allowed", at: node)
                return nil
            }
        }
        if let control = text.unicodeScalars.first(where: TerminalText.needsEscape) {
            let shown = TerminalText.escaped(String(control))
            error("\(what) contains the control character \(shown); text values are one line of printable text", at: node)
            return nil
        }
        return text
    }
}
