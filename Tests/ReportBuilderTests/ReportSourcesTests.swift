import DatasetCore
import PartialDates
import Testing
@testable import ReportBuilder

@Suite("The sources list")
struct ReportSourcesTests {
    static let location = SourceLocation(file: "generated.csv", line: 2, column: 1)

    static func member(_ acronym: String, _ url: String?) -> Member {
        Member(acronym: acronym, name: acronym, country: "X", region: .europe, joined: PartialDate(year: 2010),
               sourceURL: url, location: location)
    }

    static func output(_ year: Int, _ url: String?) -> Output {
        Output(date: PartialDate(year: year), type: .report, title: "Report \(year)", sourceURL: url, location: location)
    }

    @Test func oneEntryPerURLAcrossFilesInFirstSeenOrderWithEveryUse() {
        let dataset = Dataset(
            members: [Self.member("AAA", "https://a"), Self.member("BBB", nil), Self.member("CCC", "https://a")],
            outputs: OutputList([Self.output(2011, "https://b"), Self.output(2012, "https://a"), Self.output(2013, ""),
                                 Self.output(2014, "https://c"), Self.output(2015, "https://b")]),
            reportedCounts: [ReportedCount(date: PartialDate(year: 2016), reportedMembers: 3, kind: .total,
                                           sourceURL: "https://c", location: Self.location),
                             ReportedCount(date: PartialDate(year: 2017), reportedMembers: 3, kind: .total,
                                           sourceURL: "https://d", location: Self.location)])
        let (links, note) = ReportTables.sources(dataset)
        #expect(links.map(\.url) == ["https://a", "https://b", "https://c", "https://d"])
        #expect(links.map(\.usedFor) == ["member AAA; member CCC; report 2012", "report 2011; report 2015",
                                         "report 2014; reported count 2016", "reported count 2017"])
        #expect(note == nil)
    }

    @Test func cutAtTheLimitCountingDistinctURLsExactly() {
        // 100 outputs citing 70 URLs (30 of them twice), a member citing one of them and one of its own.
        let outputs = (0..<100).map { Self.output(2000 + $0 % 20, "https://o/\($0 % 70)") }
        let dataset = Dataset(members: [Self.member("AAA", "https://o/5"), Self.member("BBB", "https://m")],
                              outputs: OutputList(outputs))
        let (links, note) = ReportTables.sources(dataset)
        #expect(links.count == ReportTables.rowLimit)
        #expect(links[0].url == "https://o/5" && links[0].usedFor == "member AAA; report 2005; report 2015")
        #expect(links[1].url == "https://m" && links[2].url == "https://o/0")
        // 71 distinct: 70 output URLs (one also a member's) and the member's own.
        #expect(note?.hasPrefix("… and 11 more: see the source_url columns") == true, "\(note ?? "nil")")
    }
}
