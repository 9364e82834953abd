import Foundation
import StatisticsCore

/// The one description of every published statistic: each key of `stats.json` with its documented type and
/// meaning, its label and format in the table and Markdown renderings, its CSV use and how its value is read.
///
/// The JSON, CSV, table and Markdown renderings and the key table of docs/stats-json.md are all derived from
/// it, so a new statistic is one field in one of the `StatsCatalog+…` files (and, when it is a headline
/// figure, its path in ``keyFigures``); its definition text and methodology paragraph live in ``StatsConcepts``.
enum StatsCatalog {
    /// Every group, in CSV order (JSON sorts its keys).
    static var groups: [any StatisticSection] { report + membership + outputs + correlation + records }

    /// One row of the key figures table: a statistic of a single-object group by its path, or a figure
    /// computed from several (a range, the last year's value).
    enum KeyFigure {
        case statistic(String)
        case derived(String, (StatsDocument) -> String)
    }

    /// The key figures table, in reading order.
    static var keyFigures: [KeyFigure] {
        typealias F = StatsNumberFormat
        return [
            .statistic("schemaVersion"), .statistic("generator"), .statistic("reportYear"),
            .derived("Years") { document in
                document.firstYear.flatMap { first in document.reportYear.map { "\(first)-\($0)" } } ?? F.notAvailable
            },
            .derived("Members at year end") { F.integer($0.membership.years.last?.members) },
            .derived("Joined in the report year") { F.integer($0.membership.years.last?.joined) },
            .derived("Net change in the report year") { F.integer($0.membership.years.last?.net) },
            .statistic("membership.cagrPercent"), .statistic("membership.logLinearGrowthPercent"),
            .statistic("membership.trend.slope"), .statistic("membership.trend.slopeStandardError"),
            .statistic("membership.trend.valueAtFirstYear"), .statistic("membership.trend.intercept"),
            .statistic("membership.trend.interceptStandardError"), .statistic("membership.trend.r2"),
            .statistic("membership.trend.residualStandardError"),
            .derived("Outputs in the range") { F.integer($0.outputs.years.last?.cumulative) },
            .statistic("outputs.perMemberYear"), .statistic("outputs.roadmapIntervalDays.editions"),
            .derived("Supplements") { F.integer($0.outputs.roadmapIntervalDays.supplementCount) },
            .statistic("outputs.roadmapIntervalDays.count"), .statistic("outputs.roadmapIntervalDays.mean"),
            .statistic("outputs.roadmapIntervalDays.median"), .statistic("outputs.roadmapIntervalDays.impreciseDates"),
            .statistic("outputs.roadmapIntervalDays.daysSinceLast"),
            .derived("Days since the last roadmap edition, range") {
                $0.outputs.roadmapIntervalDays.daysSinceLastRange.map { "\($0.lowerBound)-\($0.upperBound)" } ?? F.notAvailable
            },
            .statistic("correlation.pearson"), .statistic("correlation.spearman"), .statistic("correlation.n"),
            .statistic("correlation.changes.pearson"), .statistic("correlation.changes.spearman"),
            .statistic("correlation.changes.n"), .statistic("correlation.verdict"),
            .statistic("membership.trend.durbinWatson"), .statistic("membership.trend.adequate"),
            .statistic("reconciliationSummary.exactMatches"),
            .statistic("reconciliationSummary.consistentWithinDatePrecision"),
            .statistic("reconciliationSummary.differing"), .statistic("reconciliationSummary.beforeRoster"),
        ]
    }

    /// The groups shown as tables after the key figures, in reading order.
    static let tables = ["membership.years[]", "membership.forecast[]", "membership.trend.extrapolation[]",
                         "membership.byRegion[]", "outputs.years[]", "outputs.byLead[]", "reconciliation[]", "inputs[]"]

    /// The document as JSON: every group placed at its path.
    static func json(for document: StatsDocument) -> JSONTree {
        groups.reduce(JSONTree.object([:])) { tree, group in
            let path = group.path.replacingOccurrences(of: "[]", with: "").split(separator: ".").map(String.init)
            return tree.inserting(group.json(for: document), at: path[...])
        }
    }

    /// The document as CSV records (`section,key,date,measure,value`), in catalog order.
    static func csvRecords(for document: StatsDocument) -> [[String?]] {
        groups.flatMap { $0.csvRecords(for: document) }
    }

    /// The key figures and every table of ``tables``: the shared layout of the table and Markdown renderings.
    static func sections(for document: StatsDocument) -> [StatsTextTable] {
        let groups = groups
        var rows: [[String]] = []
        for figure in keyFigures {
            switch figure {
            case .derived(let label, let text): rows.append([label, text(document)])
            case .statistic(let path):
                let cut = path.lastIndex(of: ".")
                let prefix = cut.map { String(path[..<$0]) } ?? ""
                let key = cut.map { String(path[path.index(after: $0)...]) } ?? path
                guard let found = groups.lazy.filter({ $0.path == prefix }).compactMap({ $0.figure(key, in: document) }).first
                else { preconditionFailure("key figure \(path) is not a statistic of the catalog") }
                rows.append([found.label, found.text])
            }
        }
        let keyTable = StatsTextTable(
            title: "Key figures", columns: [.init(heading: "Measure", alignment: .left), .init(heading: "Value", alignment: .right)],
            rows: rows,
            note: document.correlation.result.meaningful ? nil : "Correlation not meaningful (n < 3 or a constant series).")
        return [keyTable] + tables.compactMap { path in groups.first { $0.path == path }?.table(for: document) }
    }

    /// The key table of docs/stats-json.md: a header, then one row per documented path.
    static var documentationTable: String {
        func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
        let rows = groups.flatMap(\.documentation).map { "| `\($0[0])` | \(cell($0[1])) | \(cell($0[2])) |" }
        return (["| path | type | meaning |", "|---|---|---|"] + rows).joined(separator: "\n") + "\n"
    }
}
