import DataText
import Foundation

/// A titled table of text cells with a per-column alignment: the common form of the table and Markdown
/// renderings.
struct StatsTextTable {
    /// Horizontal alignment of a column: numbers right, text left.
    enum Alignment { case left, right }

    /// One column: heading and alignment.
    struct Column {
        var heading: String
        var alignment: Alignment
    }

    var title: String
    var columns: [Column]
    var rows: [[String]]
    /// A line under the table (for example a method's name); nil for none.
    var note: String?

    /// The table as aligned plain text: the title, a rule, the headings, a rule, then the rows; columns
    /// separated by two spaces and padded to their widest cell (counted in characters).
    func plainText() -> String {
        // Cells can carry data text (acronyms, leads): control characters shown escaped, never raw.
        let rows = rows.map { $0.map(TerminalText.escaped) }
        let widths = columns.indices.map { index in
            ([columns[index].heading] + rows.map { $0[index] }).map(\.count).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.indices.map { index -> String in
                let padding = String(repeating: " ", count: widths[index] - cells[index].count)
                return columns[index].alignment == .right ? padding + cells[index] : cells[index] + padding
            }
            .joined(separator: "  ")
            .trailingSpacesRemoved()
        }
        let totalWidth = widths.reduce(0, +) + 2 * max(0, widths.count - 1)
        var lines = [title, String(repeating: "=", count: max(title.count, totalWidth))]
        lines.append(line(columns.map(\.heading)))
        lines.append(String(repeating: "-", count: totalWidth))
        lines += rows.map(line)
        if let note { lines.append(note) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table as GitHub-flavoured Markdown: a level-2 heading, then a pipe table with `---:` under
    /// numeric columns; cells escaped for Markdown (pipes, emphasis, links, HTML, line breaks).
    func markdown() -> String {
        func escape(_ cell: String) -> String { MarkdownText.cell(cell) }
        var lines = [MarkdownText.heading(title, level: 2), ""]
        lines.append("| " + columns.map { escape($0.heading) }.joined(separator: " | ") + " |")
        lines.append("|" + columns.map { $0.alignment == .right ? " ---: |" : " --- |" }.joined())
        lines += rows.map { "| " + $0.map(escape).joined(separator: " | ") + " |" }
        if let note { lines += ["", note] }
        return lines.joined(separator: "\n") + "\n"
    }
}

private extension String {
    func trailingSpacesRemoved() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
