import DatasetCore
import Foundation
import PartialDates
import ReportBuilder
import StatisticsCore
import Testing

@Suite struct NarrativeSummaryTests {
    typealias F = NarrativeFixture

    static func summary(charts: [StandardChart] = ChartCatalog.charts) -> String {
        SummaryMarkdown.make(statistics: F.isecg, names: F.isecgNames, charts: charts, asOf: "2024-12-31",
                             inputs: [InputFileSummary(file: "members.csv", sha256: String(repeating: "ab", count: 32), rows: 27),
                                      InputFileSummary(file: "report.yml", sha256: String(repeating: "cd", count: 32), rows: 0)],
                             roster: F.roster, outputs: OutputList(F.outputs))
    }

    @Test func summaryHasEveryPartInOrder() {
        let text = Self.summary()
        #expect(text.hasPrefix("# ISECG annual summary, 2024\n\nReport year: 2024. Data as of 2024-12-31.\n"))
        let parts = ["## Key figures, 2024", "| Agencies at the end of 2024 | 27 |", "## Findings",
                     "- Membership grew from 14 agencies in 2007", "## Charts",
                     "### Figure 1: Membership nearly doubled since 2007, mostly after 2018",
                     "](charts/membership-growth.png)", "### Figure 9: None of 22 reported totals differs from the roster",
                     "## Data", "[stats.json](stats.json)", "`members.csv`: 27 rows, SHA-256 `abab",
                     "`report.yml`: settings, SHA-256 `cdcd"]
        var position = text.startIndex
        for part in parts {
            let found = text.range(of: part, range: position..<text.endIndex)
            #expect(found != nil, "\(part)")
            if let found { position = found.upperBound }
        }
        #expect(text.hasSuffix("\n") && !text.contains("\n\n\n"))
        #expect(text == Self.summary(), "deterministic")
    }

    @Test func summaryFollowsTheChartOrder() {
        let text = Self.summary(charts: [.reportedVsRoster, .membershipGrowth])
        #expect(text.contains("### Figure 1: None of 22 reported totals differs"))
        #expect(text.contains("### Figure 2: Membership nearly doubled"))
        #expect(!text.contains("joins-per-year.png"))
        #expect(SummaryMarkdown.make(statistics: F.isecg, charts: [], asOf: "2024").contains("## Charts") == false)
    }

    @Test func altTextIsEscapedForMarkdown() {
        let outputs = [Output(date: F.day("2020-05"), type: .roadmap, title: "Roadmap [draft]", location: F.here)]
        let statistics = F.statistics(F.flatRoster, outputs, year: 2020)
        let text = SummaryMarkdown.make(statistics: statistics, charts: [.roadmapTimeline], asOf: "2020", outputs: OutputList(outputs))
        #expect(text.contains("(Roadmap \\[draft\\])"))
    }

    @Test func methodologyNamesEveryMethod() {
        let sections = Methodology.sections(names: F.isecgNames)
        let text = sections.map { $0.heading + " " + $0.paragraph }.joined(separator: "\n")
        for name in ["linear least squares", "log-linear OLS", "Student's t 95 % prediction interval",
                     "Pearson product-moment and Spearman rank correlation (average ranks for ties)",
                     "compound annual growth rate over n = last \u{2212} first years", "consistent within date precision",
                     "31 December", "agencies"] {
            #expect(text.contains(name), "\(name)")
        }
        #expect(sections.allSatisfy { !$0.heading.isEmpty && $0.paragraph.hasSuffix(".") })
        #expect(!text.contains("ISECG"))
    }

    @Test func dataQualityText() {
        let summary = DataQuality.reconciliationSummary(F.isecg.reconciliation)
        #expect(summary == "None of 22 reported totals differs from the roster: 11 match exactly, 10 are within the range "
            + "that imprecise join dates allow and 1 predates it.")
        #expect(DataQuality.reconciliationSummary([]) == "No reported totals were given, so there is nothing to reconcile.")
        let rows = DataQuality.reconciliationRows(F.isecg.reconciliation)
        #expect(rows[0] == ["2007-05-31", "14", "\u{2014}", "\u{2014}", "before roster"])
        #expect(rows.contains(["2019", "20", "15\u{2013}20", "0", "consistent within date precision"]))
        let roster = DataQuality.impreciseRosterDates(F.roster)
        #expect(roster.first == "ASA joined 2019 (year only)")
        #expect(roster.contains("AEB joined 2020-08 (month only)"))
        #expect(roster.count == 11)
        let outputs = DataQuality.impreciseOutputDates(OutputList(F.outputs))
        #expect(outputs.contains("2024-08 (month only): Global Exploration Roadmap, 4th edition (roadmap)"))
        #expect(DataQuality.impreciseDatesSummary(roster: [], outputs: []) == nil)
        #expect(DataQuality.impreciseDatesSummary(roster: F.roster, outputs: OutputList(F.outputs))?.hasPrefix("11 roster dates and ") == true)
    }
}
