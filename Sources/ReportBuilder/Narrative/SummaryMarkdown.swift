import DataText
import Foundation
import DatasetCore
import StatisticsCore

/// The text of `summary.md`: title, report year and as-of date, key figures as a table, findings as bullets,
/// each chart as an image with alt text under its figure title and statement, and links to the data.
///
/// Deterministic: everything comes from the parameters (no clock, no environment), so the same input gives
/// the same bytes.
public enum SummaryMarkdown {
    /// The Markdown of `summary.md`, ending with a newline.
    ///
    /// - Parameters:
    ///   - statistics: the statistics of the report year.
    ///   - names: the publication's names.
    ///   - charts: the charts to show, in order (figure numbers follow it).
    ///   - asOf: the data's as-of date as written ("2024-12-31").
    ///   - inputs: the input files with their SHA-256, listed under "Data".
    ///   - roster: the members, for acronyms in chart text (optional).
    ///   - outputs: the outputs, for titles in chart text and findings (optional).
    ///   - changes: the "Changes since the previous build" lines, placed first (empty: no section).
    ///   - imageBaseURL: an absolute URL the image links go under (its query and fragment kept at the end),
    ///     else the links are relative to `summary.md`.
    ///   - chartDirectory: where the chart images are, relative to `summary.md`.
    public static func make(statistics: GroupStatistics, names: PublicationNames = PublicationNames(),
                            charts: [StandardChart] = ChartCatalog.charts, changes: [String] = [],
                            imageBaseURL: String? = nil, asOf: String, inputs: [InputFileSummary] = [],
                            roster: [Member] = [], outputs: OutputList = [],
                            chartDirectory: String = "charts") -> String {
        let year = statistics.reportYear.map(String.init) ?? "no report year"
        var lines = [MarkdownText.heading("\(names.publicationTitle), \(year)", level: 1), ""]
        lines.append("Report year: \(year). Data as of \(asOf).")
        lines.append("")
        if !changes.isEmpty { lines += changes + [""] }
        lines.append(KeyFigures(statistics: statistics, names: names).markdown.trimmingSpaces)
        lines += ["", "## Findings", ""]
        lines += Findings.sentences(statistics: statistics, names: names, roster: roster, outputs: outputs)
            .map { "- " + MarkdownText.prose($0) }
        if !charts.isEmpty { lines += ["", "## Charts"] }
        for (index, chart) in charts.enumerated() {
            let text = ChartText.make(for: chart, statistics: statistics, names: names, roster: roster, outputs: outputs)
            // Data text (acronyms, titles, report.yml's names) reaches every line: escaped for Markdown.
            lines += ["", MarkdownText.heading("Figure \(index + 1): \(text.title)", level: 3), "",
                      MarkdownText.prose(text.subtitle), "",
                      "![\(MarkdownText.cell(shortAlt(text.altText)))](\(imageLink("\(chartDirectory)/\(chart.name).png", base: imageBaseURL)))", "",
                      MarkdownText.prose(text.statement), "", "*\(MarkdownText.cell(text.source))*"]
        }
        lines += ["", "## Data", "", "- [stats.json](stats.json): every statistic, with its definition"]
        for input in inputs {
            let rows = !input.file.hasSuffix(".csv") ? "settings"
                : "\(HouseStyle.integer(input.rows)) \(input.rows == 1 ? "row" : "rows")"
            lines.append("- `\(input.file)`: \(rows), SHA-256 `\(input.sha256)`")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The longest alt text summary.md carries; the full description stays in the SVG's `<desc>`, the PNG's
    /// iTXt and the PDF's `/Alt`.
    static let altTextLimit = 300

    /// `text` cut to `altTextLimit` characters at a sentence end, else at a word, with "…".
    static func shortAlt(_ text: String) -> String {
        guard text.count > altTextLimit else { return text }
        let head = String(text.prefix(altTextLimit - 1))
        if let end = head.range(of: ". ", options: .backwards), head.distance(from: head.startIndex, to: end.lowerBound) > altTextLimit / 2 {
            return String(head[..<end.lowerBound]) + "."
        }
        let cut = head.lastIndex(of: " ").map { String(head[..<$0]) } ?? head
        return cut + "…"
    }

    /// `path` under `base` when given: `https://host/dir?q=1` and `charts/a.png` give
    /// `https://host/dir/charts/a.png?q=1` (the query and fragment stay at the end).
    static func imageLink(_ path: String, base: String?) -> String {
        guard let base, !base.isEmpty else { return path }
        let suffixStart = base.firstIndex { $0 == "?" || $0 == "#" } ?? base.endIndex
        var prefix = String(base[..<suffixStart])
        if !prefix.hasSuffix("/") { prefix += "/" }
        let encoded = path.split(separator: "/").map {
            String($0).addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? String($0)
        }.joined(separator: "/")
        return prefix + encoded + base[suffixStart...]
    }
}
