import ChartEngine
import DatasetCore
import Foundation
import Testing
@testable import ReportBuilder

/// What keeps the charts, their words and stats.json bounded on big datasets (issue 10, point 7): lists cut with
/// "+N more", step series thinned, many editions drawn one per year and type, the roster left out of stats.json
/// above its limit, and numbers in prose at a precision fitting their size. Small generated inputs; no timings.
@Suite("Bounds at scale") struct ScaleBoundsTests {
    /// `count` members joining on different days over 2008–2024, every tenth leaving on a day of a later year.
    static func membersCSV(_ count: Int) -> String {
        var lines = ["acronym,name,country,region,joined,left"]
        let regions = ["Europe", "Asia-Pacific", "Africa", "Latin America"]
        for i in 0..<count {
            let year = 2008 + i % 17, month = 1 + i % 12, day = 1 + (i / 12) % 28
            let left = i % 10 == 3 ? "\(min(2025, year + 1 + i % 5))-\(String(format: "%02d", 1 + (i / 7) % 12))-\(String(format: "%02d", 1 + i % 28))" : ""
            lines.append("M\(i),Member \(i),Country,\(regions[i % regions.count]),\(year)-\(String(format: "%02d-%02d", month, day)),\(left)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `count` roadmap editions on different days of 2010–2025.
    static func roadmapsCSV(_ count: Int) -> String {
        var lines = ["date,type,title,lead"]
        for i in 0..<count {
            lines.append("\(2010 + i % 16)-\(String(format: "%02d-%02d", 1 + i % 12, 1 + (i / 12) % 28)),roadmap,Roadmap number \(i),")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let big: Publication = try! StandardChartTests.load(files: ["members.csv": membersCSV(6_000), "outputs.csv": roadmapsCSV(400)])
    static let slide = ChartOptions(size: Size(960, 540), scale: 1)

    @Test func altTextsNameAtMostTheListLimitAndCountTheRest() throws {
        let timeline = Self.big.chartSpec(.memberTimeline, options: Self.slide)
        #expect(timeline.altText.contains("+5,960 more"), "\(timeline.altText.suffix(80))")
        let roadmaps = Self.big.chartSpec(.roadmapTimeline, options: Self.slide)
        #expect(roadmaps.altText.contains("more"), "\(roadmaps.altText.suffix(80))")
        for chart in ChartCatalog.charts {
            let spec = Self.big.chartSpec(chart, options: Self.slide)
            #expect(spec.altText.utf8.count < 8_000, "\(chart.name): \(spec.altText.utf8.count) bytes of alt text")
        }
    }

    @Test func manyEditionsAreDrawnOnePerYearAndType() throws {
        let spec = Self.big.chartSpec(.roadmapTimeline, options: Self.slide)
        let events = spec.panels.flatMap(\.marks).flatMap { mark -> [TimelineEvent] in
            if case .timeline(let timeline) = mark { timeline.events } else { [] }
        }
        #expect(events.count == 16, "\(events.count) events")
        #expect(events.contains { $0.label.hasPrefix("25 roadmap editions\n") }, "\(events.prefix(3).map(\.label))")
        #expect(events.filter(\.isKey).count == 1)
    }

    @Test func stepSeriesAreThinnedToWhatTheCanvasShows() throws {
        for chart in [StandardChart.membershipGrowth, .reportedVsRoster] {
            let spec = Self.big.chartSpec(chart, options: Self.slide)
            for mark in spec.panels.flatMap(\.marks) {
                if case .line(let line) = mark { #expect(line.points.count <= 4 * StepThinning.buckets, "\(chart.name)") }
                if case .area(let area) = mark { #expect(area.x.count <= 2 * StepThinning.buckets, "\(chart.name)") }
            }
            let svg = try ChartRenderer.renderSVG(spec).data
            #expect(svg.count < 1_000_000, "\(chart.name): \(svg.count) bytes")
        }
    }

    @Test func thinningKeepsEachSlicesExtremesAndLeavesSmallSeriesAlone() {
        let small = (0..<100).map { (x: Double($0), y: Double($0 % 7)) }
        #expect(StepThinning.line(small).map(\.y) == small.map(\.y))
        let wave = (0..<50_000).map { (x: Double($0), y: Double(($0 * 7919) % 1000)) }
        let thinned = StepThinning.line(wave)
        #expect(thinned.count <= 4 * StepThinning.buckets)
        #expect(thinned.map(\.y).max() == 999 && thinned.map(\.y).min() == 0)
        #expect(thinned.first?.x == 0 && thinned.last?.x == 49_999)
        let band = StepThinning.band(x: wave.map(\.x), lower: wave.map { $0.y - 1 }, upper: wave.map { $0.y + 1 })
        #expect(band.x.count <= StepThinning.buckets && band.lower.min() == -1 && band.upper.max() == 1_000)
    }

    @Test func statsJSONLeavesOutARosterAboveItsLimit() throws {
        var document = StandardChartTests.bundled.analysis.document
        func root(_ json: String) throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        }
        #expect(try root(document.jsonText())["roster"] is [Any])
        let entry = try #require(document.roster.first)
        document.roster = Array(repeating: entry, count: StatsDocument.rosterLimit + 1)
        let json = try document.jsonText()
        #expect(try root(json)["roster"] is NSNull)
        #expect(json.utf8.count < 200_000)
        #expect(try ReportSnapshot(statsJSON: Data(json.utf8)).members == nil)
    }

    @Test func proseNumbersFitTheirSize() {
        #expect(HouseStyle.approximate(2.34) == "2.3")
        #expect(HouseStyle.approximate(52.63) == "52.6")
        #expect(HouseStyle.approximate(467) == "470")
        #expect(HouseStyle.approximate(52_631.6) == "53,000")
        #expect(HouseStyle.multiple(2.94) == "2.9-fold")
        #expect(HouseStyle.multiple(6_812.6) == "about 6,800-fold")
        #expect(HouseStyle.signedPercent(93.2) == "+93 %")
        #expect(HouseStyle.signedPercent(681_164) == "about 6,800-fold")
        #expect(HouseStyle.cutList(["a", "b", "c"], limit: 2) == "a; b; +1 more")
        #expect(HouseStyle.cutList(["a", "b"], limit: 2, separator: ", ") == "a, b")
    }
}
