import DatasetCore
import Foundation
import ReportBuilder
import Testing

/// stats.json's `outputList`: the same whether outputs.csv is loaded (`build`) or streamed (`stats`), by date
/// then title, and not recorded above its limit, where streaming stops keeping it.
@Suite("stats.json outputList")
struct StatsOutputListTests {
    static let datasets = ReportChangesTests.root.appendingPathComponent("Datasets").path

    /// A copy of the bundled datasets with `extra` generated outputs appended (seeded titles, some repeated).
    static func copy(extra: Int) throws -> URL {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("outputlist-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: datasets, toPath: copy.path)
        let file = copy.appendingPathComponent("outputs.csv")
        var text = try String(contentsOf: file, encoding: .utf8)
        var seed: UInt64 = 42
        for i in 0..<extra {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let year = 2008 + Int(seed >> 60)
            text += "\(year)-0\(1 + i % 9),workshop,\"Meeting \(seed >> 58), \"\"session\"\" \(i % 7)\",,,\n"
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
        return copy
    }

    @Test func loadedAndStreamedListsAreTheSameInDateThenTitleOrder() throws {
        let copy = try Self.copy(extra: 500)
        defer { try? FileManager.default.removeItem(at: copy) }
        let directory = DatasetDirectory(path: copy.path)
        let loaded = try DatasetAnalysis.load(directory, year: nil), streamed = try DatasetAnalysis.stream(directory, year: nil)
        let list = try #require(loaded.outputList)
        #expect(list.count == loaded.dataset.outputs.count)
        #expect(streamed.outputList == list)
        #expect(zip(list, list.dropFirst()).allSatisfy { ($0.date, $0.title) <= ($1.date, $1.title) })
        #expect(try loaded.document.jsonText() == streamed.document.jsonText(), "stats.json is `stats --format json`")
        #expect(list.contains { $0.title.contains("\"session\"") }, "titles as written, quotes unescaped")
    }

    @Test func aboveTheLimitTheListIsNotRecorded() throws {
        let copy = try Self.copy(extra: StatsDocument.outputListLimit)  // 46 bundled + 20,000: over the limit
        defer { try? FileManager.default.removeItem(at: copy) }
        let directory = DatasetDirectory(path: copy.path)
        let loaded = try DatasetAnalysis.load(directory, year: nil), streamed = try DatasetAnalysis.stream(directory, year: nil)
        #expect(loaded.outputList == nil && streamed.outputList == nil)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(streamed.document.jsonText().utf8)) as? [String: Any])
        #expect(json["outputList"] is NSNull)
        #expect(try loaded.document.jsonText() == streamed.document.jsonText())
    }
}
