import ChartEngine
import DatasetCore
import Foundation
import PartialDates
import Testing
import _TestSupport
@testable import ReportBuilder

/// The report stays a readable length on big datasets: the long lists are cut at the row limit with a line
/// naming the file that holds the rest. Layout only (the plan): nothing is rasterised.
@Suite("ReportPDF at scale") struct ReportPDFScaleTests {
    static let location = SourceLocation(file: "generated.csv", line: 2, column: 1)

    /// `count` members over 40 years, a third of the dates known only to the month or year, one in ten gone.
    static func members(_ count: Int) -> [Member] {
        var rng = SeededGenerator(seed: 7)
        return (0..<count).map { i in
            let year = 1985 + Int.random(in: 0..<40, using: &rng)
            let month = Int.random(in: 1...12, using: &rng), day = Int.random(in: 1...28, using: &rng)
            let joined: PartialDate = switch i % 3 {
            case 0: PartialDate(year: year)
            case 1: PartialDate(year: year, month: month) ?? PartialDate(year: year)
            default: PartialDate(year: year, month: month, day: day) ?? PartialDate(year: year)
            }
            let left = i % 10 == 0 ? PartialDate(year: min(year + 3, 2024)) : nil
            return Member(acronym: "AG\(i)", name: "Agency number \(i) of the generated group", country: "Country \(i % 90)",
                          region: Region.allCases[i % Region.allCases.count], joined: joined, left: left,
                          sourceURL: "https://example.org/members/\(i)", location: location)
        }
    }

    /// `count` outputs, all in 2024 (the report year), every tenth dated only to the month.
    static func outputs(_ count: Int) -> [Output] {
        (0..<count).map { i in
            let month = i % 12 + 1
            let date = i % 10 == 0 ? PartialDate(year: 2024, month: month) : PartialDate(year: 2024, month: month, day: i % 28 + 1)
            return Output(date: date ?? PartialDate(year: 2024), type: OutputType.allCases[i % OutputType.allCases.count],
                          title: "Output \(i) of the year", lead: "AG\(i % 30)",
                          sourceURL: "https://example.org/outputs/\(i)", location: location)
        }
    }

    static func content(members: [Member], outputs: [Output]) throws -> ReportContent {
        let dataset = Dataset(members: members, outputs: OutputList(outputs))
        var content = ReportPDFFixture.content(longMethodology: false)
        content.roster = ReportTables.roster(members, reportYear: 2024)
        content.yearOutputs = ReportTables.yearOutputs(OutputList(outputs), reportYear: 2024)
        let sources = ReportTables.sources(dataset)
        content.sources = sources.links
        content.sourcesNote = sources.note
        let imprecise = try #require(ReportTables.impreciseDates(members, OutputList(outputs)))
        content.dataQuality = [.heading("Dates known only to the month or year"), .table(imprecise)]
        return content
    }

    @Test func hundredThousandMembers() throws {
        let content = try Self.content(members: Self.members(100_000), outputs: Self.outputs(30))
        #expect(content.roster.rows.count == ReportTables.rowLimit)
        #expect(content.roster.note?.hasPrefix("… and 99,940 more: see members.csv") == true)
        #expect(content.sources.count == ReportTables.rowLimit)
        #expect(content.sourcesNote?.contains("100,030") == false)
        #expect(content.sourcesNote?.hasPrefix("… and 99,970 more") == true)
        let pages = try ReportPDF.plan(content)
        #expect(pages.count <= 120, "\(pages.count) pages")
    }

    @Test func millionOutputs() throws {
        let members = Self.members(30), outputs = Self.outputs(1_000_000)
        let content = try Self.content(members: members, outputs: outputs)
        #expect(content.yearOutputs.rows.count == ReportTables.rowLimit)
        #expect(content.yearOutputs.note?.hasPrefix("… and 999,940 more: see outputs.csv") == true)
        // One row a year; a cell names eight records and counts the rest.
        let imprecise = try #require(ReportTables.impreciseDates(members, OutputList(outputs)))
        let row2024 = try #require(imprecise.rows.first { $0[0] == "2024" })
        #expect(row2024[2].hasSuffix("and 99,992 more"))
        let pages = try ReportPDF.plan(content)
        #expect(pages.count <= 120, "\(pages.count) pages")
    }

    /// The cut is exact at the limit: 60 rows need no note, 61 give "… and 1 more".
    @Test func cutAtTheLimit() {
        #expect(ReportTables.cut(Array(0..<60), file: "members.csv").note == nil)
        let cut = ReportTables.cut(Array(0..<61), file: "members.csv")
        #expect(cut.rows.count == 60)
        #expect(cut.note?.hasPrefix("… and 1 more: see members.csv") == true)
    }
}
