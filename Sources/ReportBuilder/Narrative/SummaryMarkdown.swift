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
    ///   - chartDirectory: where the chart images are, relative to `summary.md`.
    public static func make(statistics: GroupStatistics, names: PublicationNames = PublicationNames(),
                            charts: [StandardChart] = ChartCatalog.charts, asOf: String, inputs: [InputFileSummary] = [],
                            roster: [Member] = [], outputs: [Output] = [],
                            chartDirectory: String = "charts") -> String {
        let year = statistics.reportYear.map(String.init) ?? "no report year"
        var lines = ["# \(names.publicationTitle), \(year)", ""]
        lines.append("Report year: \(year). Data as of \(asOf).")
        lines.append("")
        lines.append(KeyFigures(statistics: statistics, names: names).markdown.trimmingSpaces)
        lines += ["", "## Findings", ""]
        lines += Findings.sentences(statistics: statistics, names: names, roster: roster, outputs: outputs).map { "- \($0)" }
        if !charts.isEmpty { lines += ["", "## Charts"] }
        for (index, chart) in charts.enumerated() {
            let text = ChartText.make(for: chart, statistics: statistics, names: names, roster: roster, outputs: outputs)
            lines += ["", "### Figure \(index + 1): \(text.title)", "", text.subtitle, "",
                      "![\(altEscaped(text.altText))](\(chartDirectory)/\(chart.name).png)", "",
                      text.statement, "", "*\(text.source)*"]
        }
        lines += ["", "## Data", "", "- [stats.json](stats.json): every statistic, with its definition"]
        for input in inputs {
            lines.append("- `\(input.file)`: \(HouseStyle.integer(input.rows)) \(input.rows == 1 ? "row" : "rows"), "
                         + "SHA-256 `\(input.sha256)`")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` safe as Markdown image alt text: brackets and backslashes escaped, one line.
    static func altEscaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "[", "]": result += "\\\(character)"
            case "\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
