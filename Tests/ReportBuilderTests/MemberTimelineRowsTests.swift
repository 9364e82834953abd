import DatasetCore
import Foundation
import PartialDates
import Testing
import _TestSupport
@testable import ReportBuilder

/// member-timeline's rows are true for every member they stand for (issue 12.2, REVIEW.md §2).
@Suite("member-timeline rows")
struct MemberTimelineRowsTests {
    static func members(_ set: StressDataset) throws -> [Member] {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-rows-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let dir = try set.write(into: root)
        return try DatasetAnalysis.load(DatasetDirectory(path: dir.path), year: nil).dataset.members
    }

    /// Every member is in exactly one row; `exactStart` (rows of members and groups): the row starts on its join
    /// date and ends where it ends; else (cohorts) it starts no later than the join, runs to the chart's end
    /// exactly when the member is still in, and otherwise ends no earlier than the member's departure.
    static func checkTrue(_ rows: [MemberTimelineRows.Row], _ members: [Member], chartEnd: Double, exactStart: Bool) {
        let byAcronym = Dictionary(uniqueKeysWithValues: members.map { ($0.acronym, $0) })
        #expect(rows.flatMap(\.acronyms).sorted() == members.map(\.acronym).sorted())
        #expect(Set(rows.map(\.label)).count == rows.count, "row labels are not unique")
        for row in rows {
            for acronym in row.acronyms {
                let m = byAcronym[acronym]!
                let start = FractionalYear.start(of: m.joined)
                let end = MemberTimelineRows.end(of: m, chartEnd: chartEnd)
                if exactStart {
                    #expect(row.end == end, "\(row.label): \(acronym) ends elsewhere")
                    #expect(row.start == start, "\(row.label): \(acronym) joined elsewhere")
                } else {
                    #expect(row.start <= start && Int(row.start) >= m.joined.year - 19, "\(row.label): \(acronym)")
                    #expect(row.end >= end && (row.end == chartEnd) == (end == chartEnd), "\(row.label): \(acronym) ends elsewhere")
                }
                if let region = row.region { #expect(region == m.region.rawValue) }
            }
        }
    }

    @Test func foundersWhoLeaveInDifferentYearsEachEndWhereTheyLeft() throws {
        var generator = StressSetGenerator(seed: 12)
        let members = try Self.members(generator.foundersLeave())
        let rows = MemberTimelineRows(members: members, chartEnd: 2025, capacity: .max)
        #expect(rows.cohortYears == nil)
        Self.checkTrue(rows.rows, members, chartEnd: 2025, exactStart: true)
        // The four founders who left are each on a row that ends before the chart's end; the others run to it.
        let gone = members.filter { $0.left != nil && $0.joined.year == 2005 }
        #expect(gone.count == 4)
        for m in gone { #expect(rows.rows.first { $0.acronyms.contains(m.acronym) }!.end < 2025) }
    }

    @Test func fortyJoinsOnOneDayGroupByRegionAndEnd() throws {
        var generator = StressSetGenerator(seed: 12)
        let members = try Self.members(generator.fortyJoinsOneDay())
        let rows = MemberTimelineRows(members: members, chartEnd: 2025, capacity: 20)
        Self.checkTrue(rows.rows, members, chartEnd: 2025, exactStart: true)
        #expect(rows.rows.count <= 6 + 7 + 4, "\(rows.rows.count) rows")
    }

    @Test(arguments: [5, 12, 20, 40])
    func beyondTheCapacityMembersAggregateByCohort(capacity: Int) throws {
        var generator = StressSetGenerator(seed: 12)
        let members = try Self.members(generator.hundredFiftyOverFortyYears())
        let rows = MemberTimelineRows(members: members, chartEnd: 2025, capacity: capacity)
        #expect(rows.cohortYears != nil)
        #expect(rows.rows.count <= max(3, capacity - 3) || rows.cohortYears == 20, "\(rows.rows.count) rows for \(capacity)")
        Self.checkTrue(rows.rows, members, chartEnd: 2025, exactStart: false)
    }

    @Test func tenThousandMembersTakeWellUnderASecond() throws {
        var generator = StressSetGenerator(seed: 12)
        let base = try Self.members(generator.hundredFiftyOverFortyYears())
        let many = (0..<10_000).map { i -> Member in var m = base[i % base.count]; m.acronym = "M\(i)"; return m }
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            _ = MemberTimelineRows(members: many, chartEnd: 2025, capacity: .max)
            _ = MemberTimelineRows(members: many, chartEnd: 2025, capacity: 30)
        }
        #expect(elapsed < .seconds(2), "\(elapsed)")
    }
}

extension MemberTimelineRowsTests {
    @Test func laterBatchesKeepTheirAcronymsWhileTheRowsFit() throws {
        var generator = StressSetGenerator(seed: 12)
        let members = try Self.members(generator.fortyJoinsOneDay())
        let roomy = MemberTimelineRows(members: members, chartEnd: 2025, capacity: .max)
        #expect(roomy.rows.count > 40, "the 40 joins of 2017 get a row each: \(roomy.rows.count) rows")
        let tight = MemberTimelineRows(members: members, chartEnd: 2025, capacity: 20)
        #expect(tight.cohortYears == nil && tight.rows.count <= 20, "\(tight.rows.map(\.label))")
        Self.checkTrue(tight.rows, members, chartEnd: 2025, exactStart: true)
    }
}

extension MemberTimelineRowsTests {
    /// 20,000 members joining and leaving on many different days (as the 100k benchmark's members do): the
    /// cohorts are by departure *year*, so the rows fit the canvas instead of one row per departure day.
    @Test func departuresOnManyDaysStillFitTheCanvas() throws {
        let location = SourceLocation(file: "generated.csv", line: 2, column: 1)
        var rng = SeededGenerator(seed: 3)
        let members = (0..<20_000).map { i -> Member in
            let year = 2008 + Int.random(in: 0..<17, using: &rng)
            let joined = PartialDate(year: year, month: Int.random(in: 1...12, using: &rng), day: Int.random(in: 1...28, using: &rng))
                ?? PartialDate(year: year)
            let leftYear = year + 1 + Int.random(in: 0..<(2025 - year), using: &rng)
            let left = i % 20 == 0 ? PartialDate(year: leftYear, month: Int.random(in: 1...12, using: &rng),
                                                 day: Int.random(in: 1...28, using: &rng)) : nil
            return Member(acronym: "M\(i)", name: "Member \(i)", country: "C", region: Region.allCases[i % Region.allCases.count],
                          joined: joined, left: left, sourceURL: nil, location: location)
        }
        for capacity in [12, 40] {
            let rows = MemberTimelineRows(members: members, chartEnd: 2026, capacity: capacity)
            #expect(rows.cohortYears != nil)
            #expect(rows.rows.count <= max(3, capacity - 3), "\(rows.rows.count) rows for \(capacity): \(rows.rows.prefix(5).map(\.label))")
            Self.checkTrue(rows.rows, members, chartEnd: 2026, exactStart: false)
        }
        // Tight: those who left are one row per 20-year cohort, labelled with the span of departure years.
        let tight = MemberTimelineRows(members: members, chartEnd: 2026, capacity: 5)
        #expect(tight.rows.count <= 4, "\(tight.rows.map(\.label))")
        #expect(tight.rows.contains { $0.label.contains(", left 20") && $0.label.contains("\u{2013}20") }, "\(tight.rows.map(\.label))")
        Self.checkTrue(tight.rows, members, chartEnd: 2026, exactStart: false)
    }
}
