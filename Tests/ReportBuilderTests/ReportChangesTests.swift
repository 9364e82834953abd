import DatasetCore
import Foundation
import ReportBuilder
import Testing

/// "Changes since the previous build": the comparison of two report snapshots and its Markdown.
@Suite("ReportChanges")
struct ReportChangesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    typealias M = ReportSnapshot.MemberEntry
    typealias O = ReportSnapshot.OutputEntry
    typealias F = ReportSnapshot.KeyFigure

    static func snapshot(_ members: [M], _ outputs: [O], members count: Int) -> ReportSnapshot {
        ReportSnapshot(members: members, outputs: outputs,
                       keyFigures: [F(name: "Report year", value: "2024"),
                                    F(name: "Members at the end of the report year", value: String(count))])
    }

    @Test func membersAddedRemovedAndRedatedByAcronymOutputsByDateAndTitleFiguresOldToNew() {
        let old = Self.snapshot([M(acronym: "ESA", joined: "2007"), M(acronym: "GONE", joined: "2010"),
                                 M(acronym: "NASA", joined: "2007-11-06")],
                                [O(date: "2020", title: "Roadmap"), O(date: "2021", title: "Dropped")], members: 3)
        let new = Self.snapshot([M(acronym: "ESA", joined: "2007-11-06"), M(acronym: "NASA", joined: "2007-11-06", left: "2030"),
                                 M(acronym: "ZZA", joined: "2024-05-01")],
                                [O(date: "2020", title: "Roadmap"), O(date: "2024-02", title: "New *white* paper")], members: 3)
        var changes = ReportChanges(old: old, new: new, changedCharts: ["membership-growth"])
        #expect(changes.membersAdded.map(\.acronym) == ["ZZA"])
        #expect(changes.membersRemoved.map(\.acronym) == ["GONE"])
        #expect(changes.membersRedated.map(\.acronym) == ["ESA", "NASA"])
        #expect(changes.outputsAdded == [O(date: "2024-02", title: "New *white* paper")])
        #expect(changes.outputsRemoved == [O(date: "2021", title: "Dropped")])
        #expect(changes.figuresMoved.isEmpty, "3 → 3 did not move")
        let lines = changes.markdownLines()
        #expect(lines.first == "## Changes since the previous build")
        #expect(lines.contains("  - ZZA (joined 2024-05-01)"))
        #expect(lines.contains("  - ESA: joined 2007 → joined 2007-11-06"))
        #expect(lines.contains("  - NASA: joined 2007-11-06 → joined 2007-11-06, left 2030"))
        #expect(lines.contains("  - 2024-02: New \\*white\\* paper"))
        #expect(lines.contains("  - membership-growth"))
        changes = ReportChanges(old: Self.snapshot([], [], members: 27), new: Self.snapshot([], [], members: 28))
        #expect(changes.markdownLines().contains("  - Members at the end of the report year: 27 → 28"))
    }

    @Test func identicalSnapshotsSayNoChangesInTheData() {
        let same = Self.snapshot([M(acronym: "ESA", joined: "2007")], [O(date: "2020", title: "R")], members: 1)
        let changes = ReportChanges(old: same, new: same)
        #expect(changes.isEmpty)
        #expect(changes.markdownLines() == ["## Changes since the previous build", "", "No changes in the data."])
    }

    @Test func chartsThatChangedWithoutTheDataSaySo() {
        let same = Self.snapshot([M(acronym: "ESA", joined: "2007")], [O(date: "2020", title: "R")], members: 1)
        let lines = ReportChanges(old: same, new: same, changedCharts: ["joins-per-year"]).markdownLines()
        #expect(lines.contains("No changes in the data; the drawing of some charts changed."))
        #expect(lines.contains("  - joins-per-year"))
    }

    @Test func duplicateOutputsCountAsAMultiset() {
        let one = O(date: "2020", title: "Meeting")
        let changes = ReportChanges(old: Self.snapshot([], [one], members: 0), new: Self.snapshot([], [one, one, one], members: 0))
        #expect(changes.outputsAdded == [one, one])
    }

    @Test func hostileDataTextIsInertMarkdown() {
        let evil = "X\n# Heading ![img](https://evil.example/a.png) <script>|`code`| [link](javascript:x) \u{1b}[31m"
        let changes = ReportChanges(old: Self.snapshot([], [], members: 0),
                                    new: Self.snapshot([M(acronym: evil, joined: "2024")], [O(date: "2024", title: evil)], members: 0))
        for line in changes.markdownLines().dropFirst(2) {
            #expect(!line.contains("\n") && !line.contains("\u{1b}"))
            // With every backslash-escaped character removed, no Markdown special is left.
            let unescaped = line.replacing(/\\./, with: "")
            // ("#" mid-line starts nothing: the line is a list item, so a heading cannot begin there.)
            for special in ["![", "](", "<", "`", "|", "["] { #expect(!unescaped.contains(special), "\(special) in \(line)") }
        }
        #expect(changes.markdownLines().contains { $0.contains("X # Heading !\\[img\\](https://evil.example/a.png)") })
    }

    @Test func longListsAreCutWithACount() {
        let many = (0..<45).map { M(acronym: "A\($0)", joined: "2024") }
        let lines = ReportChanges(old: Self.snapshot([], [], members: 0), new: Self.snapshot(many, [], members: 45))
            .markdownLines(limit: 20)
        #expect(lines.filter { $0.hasPrefix("  - A") }.count == 20)
        #expect(lines.contains("  - … and 25 more"))
    }

    @Test func aStatsJSONComparesItsRosterAndFiguresAndAMemberAddedToTheDataShows() throws {
        let datasets = Self.root.appendingPathComponent("Datasets").path
        let original = try DatasetAnalysis.load(DatasetDirectory(path: datasets), year: nil)
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("changes-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(atPath: datasets, toPath: copy.path)
        let members = copy.appendingPathComponent("members.csv")
        try (try String(contentsOf: members, encoding: .utf8) + "ZZA,Zed Agency,Zedland,Europe,2024-05-01,,,https://example.org\n")
            .write(to: members, atomically: true, encoding: .utf8)
        let changed = try DatasetAnalysis.load(DatasetDirectory(path: copy.path), year: nil)

        let fromData = ReportChanges(old: try ReportSnapshot(analysis: original), new: try ReportSnapshot(analysis: changed))
        #expect(fromData.membersAdded.map(\.acronym) == ["ZZA"])
        #expect(fromData.membersRemoved.isEmpty && fromData.membersRedated.isEmpty && fromData.outputsAdded.isEmpty)
        #expect(fromData.figuresMoved.contains(.init(name: "Members at the end of the report year", old: "27", new: "28")))
        #expect(fromData.figuresMoved.contains(.init(name: "Joins in the report year", old: "0", new: "1")))

        // stats.json records the roster and the output list: members are compared by acronym, outputs by date and title.
        let written = try ReportSnapshot(statsJSON: Data(original.document.jsonText().utf8))
        let byAcronym = { (members: [ReportSnapshot.MemberEntry]?) in (members ?? []).sorted { $0.acronym < $1.acronym } }
        #expect(byAcronym(written.members) == byAcronym(try ReportSnapshot(analysis: original).members))
        #expect(written.members?.count == 27)
        #expect(written.outputs == (try ReportSnapshot(analysis: original)).outputs)
        #expect(written.outputs?.count == original.dataset.outputs.count)
        #expect(written.keyFigures == (try ReportSnapshot(analysis: original)).keyFigures)
        let fromJSON = ReportChanges(old: written, new: try ReportSnapshot(analysis: changed))
        #expect(fromJSON.membersAdded.map(\.acronym) == ["ZZA"] && fromJSON.membersRedated.isEmpty)
        #expect(!fromJSON.rosterUnknown && !fromJSON.outputListUnknown && fromJSON.outputsAdded.isEmpty)
        #expect(fromJSON.markdownLines().contains("  - Members at the end of the report year: 27 → 28"))
        #expect(!fromJSON.markdownLines().contains { $0.contains("not compared") })

        // A stats.json from before the output list: members are compared, outputs are said not to be.
        var old = try #require(try JSONSerialization.jsonObject(with: Data(original.document.jsonText().utf8)) as? [String: Any])
        old["outputList"] = nil
        let earlier = ReportChanges(old: try ReportSnapshot(statsJSON: try JSONSerialization.data(withJSONObject: old)),
                                    new: try ReportSnapshot(analysis: changed))
        #expect(earlier.membersAdded.map(\.acronym) == ["ZZA"])
        #expect(!earlier.rosterUnknown && earlier.outputListUnknown)
        let lines = earlier.markdownLines()
        #expect(lines.contains { $0.hasPrefix("- Outputs: not compared") })
        #expect(!lines.contains { $0.hasPrefix("- Members: not compared") })
        #expect(throws: (any Error).self) { try ReportSnapshot(statsJSON: Data("[1]".utf8)) }
    }
}
