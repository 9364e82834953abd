import ReportBuilder
import Testing

/// The catalog is the one list of charts: the CLI, report.yml and the report take names and order from it.
@Suite struct ChartCatalogTests {
    @Test func namesAreUniqueLowercaseHyphenatedAndInReportOrder() {
        let names = ChartCatalog.names
        #expect(names == ["membership-growth", "joins-per-year", "members-by-region", "member-timeline", "outputs-by-year",
                          "cumulative-outputs", "roadmap-timeline", "membership-forecast", "reported-vs-roster"])
        #expect(Set(names).count == names.count)
        for name in names { #expect(name.allSatisfy { $0.isLowercase || $0 == "-" }, "\(name)") }
    }

    @Test func everyChartIsFoundByItsNameAndHasASummary() {
        for chart in ChartCatalog.charts {
            #expect(ChartCatalog.chart(named: chart.name) == chart)
            #expect(!chart.summary.isEmpty && !chart.summary.hasSuffix("."), "\(chart.name)")
        }
        #expect(ChartCatalog.chart(named: "membership-growht") == nil)
        #expect(ChartCatalog.chart(named: "") == nil)
    }
}
