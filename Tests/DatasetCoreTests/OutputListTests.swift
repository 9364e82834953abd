import PartialDates
import Testing
@testable import DatasetCore

@Suite("Outputs stored by column")
struct OutputListTests {
    /// A seeded generator (xorshift), so that a failure names a reproducible case.
    struct Seeded {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(bound))
        }
    }

    static let texts = ["", "Global Exploration Roadmap", "GER", "Ré", "국제 우주 탐사", "अंतरिक्ष", "مؤتمر", "a\"b,c",
                        "https://example.org/1", "https://example.org/2", String(repeating: "x", count: 300)]

    static func randomOutputs(seed: UInt64, count: Int) -> [Output] {
        var random = Seeded(state: seed)
        return (0..<count).map { index in
            let year = 1990 + random.next(40), month = random.next(13), day = random.next(29)
            let date = month == 0 ? PartialDate(year: year)
                : (day == 0 ? PartialDate(year: year, month: month) : PartialDate(year: year, month: month, day: day))
                ?? PartialDate(year: year)
            func text() -> String? { random.next(4) == 0 ? nil : texts[random.next(texts.count)] }
            let file = random.next(10) == 0 ? "other.csv" : "D/outputs.csv"
            return Output(date: date, type: OutputType.allCases[random.next(OutputType.allCases.count)],
                          title: texts[random.next(texts.count)] + "\(index)", lead: text(), series: text(),
                          sourceURL: text(), location: SourceLocation(file: file, line: index + 2, column: 1 + random.next(3)))
        }
    }

    static func same(_ a: Output, _ b: Output) -> Bool {
        a.date == b.date && a.type == b.type && a.title == b.title && a.lead == b.lead && a.series == b.series
            && (a.sourceURL ?? "") == (b.sourceURL ?? "") && a.location == b.location
    }

    @Test(arguments: [1, 2, 3, 42] as [UInt64])
    func everyRowComesBackAsStored(seed: UInt64) {
        let outputs = Self.randomOutputs(seed: seed, count: 2_000)
        let list = OutputList(outputs)
        #expect(list.count == outputs.count)
        for (index, output) in outputs.enumerated() {
            #expect(Self.same(list[index], output), "row \(index): \(list[index]) against \(output)")
            #expect(list.date(at: index) == output.date && list.type(at: index) == output.type)
            #expect(list.title(at: index) == output.title && list.lead(at: index) == output.lead)
            #expect(list.row(at: index).lead == output.lead && list.location(at: index) == output.location)
        }
        #expect(Array(list.allDates) == outputs.map(\.date))
    }

    @Test func yearsBeyondThirtyTwoBitsComeBackWhole() {
        let location = SourceLocation(file: "D/outputs.csv", line: 2, column: 1)
        let years = [Int.max, Int(Int32.min), -5, 2024, Int(Int32.max) + 1]
        let list = OutputList(years.map { Output(date: PartialDate(year: $0), type: .report, title: "T", location: location) })
        #expect(list.map(\.date.year) == years && Array(list.allDates) == years.map { PartialDate(year: $0) })
    }

    @Test func sourceURLsAreNumberedOnceInFirstSeenOrder() {
        let urls: [String?] = ["https://b", nil, "https://a", "https://b", "", "https://c", "https://a"]
        let location = SourceLocation(file: "D/outputs.csv", line: 2, column: 1)
        let list = OutputList(urls.map { Output(date: PartialDate(year: 2020), type: .report, title: "T", sourceURL: $0, location: location) })
        #expect(list.distinctSourceURLCount == 3)
        #expect((0..<3).map { list.sourceURL(number: $0) } == ["https://b", "https://a", "https://c"])
        #expect(list.indices.map { list.sourceURLNumber(at: $0) } == [0, nil, 1, 0, nil, 2, 1])
    }

    @Test func filteredOutputsKeepFileOrder() {
        let outputs = Self.randomOutputs(seed: 7, count: 500)
        let list = OutputList(outputs)
        let wanted: (OutputType, PartialDate) -> Bool = { type, date in type == .roadmap || date.year == 2000 }
        let expected = outputs.filter { wanted($0.type, $0.date) }
        let filtered = list.outputs(where: wanted)
        #expect(filtered.count == expected.count && !expected.isEmpty)
        #expect(zip(filtered, expected).allSatisfy(Self.same))
    }

    @Test func poolIsExactOverManyStrings() {
        var pool = StringPool()
        let texts = (0..<50_000).map { "https://example.org/\($0)" }
        let numbers = texts.map { pool.intern($0) }
        #expect(numbers == (0..<50_000).map(Int32.init))
        #expect(texts.map { pool.intern($0) } == numbers && pool.count == 50_000)
        #expect(pool.string(at: 12_345) == "https://example.org/12345" && pool.intern("") == 50_000)
        #expect(pool.isEmpty(at: 50_000) && !pool.isEmpty(at: 0))
    }

    @Test func readFromAFileLikeAnArrayWould() throws {
        let csv = "date,type,title,lead,series,source_url\n2019-05,roadmap,\"GER, 3rd\",ESA,Global Exploration Roadmap,https://x\n"
            + "2020,meeting,Summit,,,\n2021-02-03,report,Ré,NASA,,https://x\n"
        let directory = TemporaryDatasets(files: ["members.csv": validMembers, "outputs.csv": csv])
        let dataset = try DatasetDirectory(path: directory.path).load()
        let outputs = dataset.outputs
        #expect(outputs.map(\.title) == ["GER, 3rd", "Summit", "Ré"])
        #expect(outputs.map(\.lead) == ["ESA", nil, "NASA"] && outputs.map(\.series) == ["Global Exploration Roadmap", nil, nil])
        #expect(outputs.map(\.sourceURL) == ["https://x", nil, "https://x"] && outputs.distinctSourceURLCount == 1)
        #expect(outputs.map(\.location.line) == [2, 3, 4] && outputs.allSatisfy { $0.location.file.hasSuffix("outputs.csv") })
    }
}
