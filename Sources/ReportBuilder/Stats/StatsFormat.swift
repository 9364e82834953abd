import Foundation

/// The renderings of the statistics document, as chosen by `isecg-report stats --format`.
public enum StatsFormat: String, CaseIterable, Sendable {
    /// Aligned text tables for a person at a terminal (the default).
    case table
    /// Pretty-printed JSON with sorted keys, `null` where a value is not available (`stats.json`).
    case json
    /// One tidy long table: `section,key,date,measure,value`.
    case csv
    /// GitHub-flavoured Markdown tables.
    case markdown
}

extension StatsDocument {
    /// The document rendered in `format`, ending with a newline.
    public func rendered(as format: StatsFormat) throws -> String {
        switch format {
        case .table: tableText()
        case .json: try jsonText()
        case .csv: csvText()
        case .markdown: markdownText()
        }
    }

    /// `stats.json`: sorted keys, pretty printed, doubles at full (shortest round-trip) precision,
    /// explicit `null`s.
    public func jsonText() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
