import PartialDates
import StatisticsCore
import Testing
import _TestSupport

/// Property tests of the statistics over random rosters and outputs (seeded, deterministic).
@Suite("Property: statistics invariants")
struct PropertyStatisticsTests {
    /// Year-end members equal the running sum of joins minus departures, where a departure takes effect in
    /// its own year unless it is dated exactly 31 December (the member still counts at that year end; see
    /// `YearEndMembership`). Also: net is the change from the previous year end, and joins/departures are
    /// counted by the calendar year of the date. 300 rosters.
    @Test func yearEndMembersAreTheRunningSumOfJoinsMinusDepartures() {
        for seed in 1...300 as ClosedRange<UInt64> {
            var rng = SeededGenerator(seed: seed)
            let members = randomRoster(&rng)
            let first = members.map(\.joined.year).min()!
            let last = Int.random(in: first...2040, using: &rng)
            let years = YearEndMembership.years(first...last, members: members)
            var running = 0
            var previousMembers = 0
            for row in years {
                let joins = members.count { $0.joined.year == row.year }
                let effectiveDepartures = members.count { member in
                    guard let left = member.left else { return false }
                    let exactlyNewYearsEve = left.precision == .day && left.month == 12 && left.day == 31
                    return left.year + (exactlyNewYearsEve ? 1 : 0) == row.year
                }
                running += joins - effectiveDepartures
                #expect(row.members == running, "seed \(seed), year \(row.year)")
                #expect(row.joined == joins, "seed \(seed), year \(row.year)")
                #expect(row.left == members.count { $0.left?.year == row.year }, "seed \(seed)")
                #expect(row.net == row.members - previousMembers, "seed \(seed), year \(row.year)")
                #expect(row.members >= 0)
                previousMembers = row.members
            }
        }
    }

    /// Cumulative outputs never decrease and end at the number of outputs dated in the range (all of them
    /// when the range covers every date); every year's total is the sum of its categories. 300 tallies.
    @Test func cumulativeOutputsAreMonotoneAndEndAtTheTotal() {
        for seed in 1...300 as ClosedRange<UInt64> {
            var rng = SeededGenerator(seed: seed &+ 10_000)
            let events = (0..<Int.random(in: 0...60, using: &rng)).map { _ in
                OutputEvent(date: randomStatsDate(&rng, years: 1995...2030),
                            category: rng.pick(["strategy", "roadmap", "report", "workshop", "meeting", "new-kind"]),
                            lead: rng.chance(0.5) ? rng.pick(["ESA", "NASA", "JAXA"]) : nil)
            }
            let tally = OutputTally(events)
            let range = Int.random(in: 1990...2010, using: &rng)...Int.random(in: 2010...2035, using: &rng)
            let years = OutputsByYear.years(range, tally: tally, categories: ["strategy", "roadmap"])
            var previous = 0
            for year in years {
                #expect(year.cumulative >= previous, "seed \(seed)")
                #expect(year.total == year.byCategory.values.reduce(0, +), "seed \(seed)")
                #expect(year.cumulative - previous == year.total, "seed \(seed)")
                previous = year.cumulative
            }
            #expect(previous == events.count { range.contains($0.date.year) }, "seed \(seed)")
            let all = OutputsByYear.years(1995...2030, tally: tally, categories: [])
            #expect((all.last?.cumulative ?? 0) == tally.total, "seed \(seed)")
            #expect(tally.total == events.count)
        }
    }

    /// Region shares add up to 100 (within 1e-9) and their counts to the year-end members; forecast
    /// lower ≤ value ≤ upper; Pearson and Spearman in [−1, 1]; CAGR and growth finite. 300 whole analyses.
    @Test func groupStatisticsKeepTheirInvariants() {
        for seed in 1...300 as ClosedRange<UInt64> {
            var rng = SeededGenerator(seed: seed &+ 20_000)
            let members = randomRoster(&rng)
            let events = (0..<Int.random(in: 0...40, using: &rng)).map { _ in
                OutputEvent(date: randomStatsDate(&rng, years: 1995...2030),
                            category: rng.pick(["roadmap", "report", "meeting"]), lead: nil)
            }
            let statements = (0..<Int.random(in: 0...8, using: &rng)).map { _ in
                CountStatement(date: randomStatsDate(&rng, years: 1990...2035), reported: Int.random(in: 0...80, using: &rng))
            }
            let year: Int? = rng.chance(0.3) ? Int.random(in: 1985...2040, using: &rng) : nil
            let statistics = GroupStatistics(members: members, tally: OutputTally(events), statements: statements,
                                             reportYear: year, categories: ["strategy", "roadmap"])
            if !statistics.byGroup.isEmpty {
                let total = statistics.byGroup.reduce(0.0) { $0 + $1.sharePercent }
                #expect(abs(total - 100) <= 1e-9, "seed \(seed): shares add to \(total)")
                #expect(statistics.byGroup.reduce(0) { $0 + $1.members } == statistics.membership.last?.members,
                        "seed \(seed)")
            }
            for point in statistics.forecast {
                #expect(point.value.isFinite, "seed \(seed)")
                if let lower = point.lower, let upper = point.upper {
                    #expect(lower <= point.value && point.value <= upper, "seed \(seed): \(point)")
                }
            }
            for value in [statistics.correlation.pearson, statistics.correlation.spearman].compactMap({ $0 }) {
                #expect((-1...1).contains(value), "seed \(seed): correlation \(value)")
            }
            if let cagr = statistics.cagrPercent { #expect(cagr.isFinite, "seed \(seed)") }
            if let growth = statistics.logLinearGrowthPercent { #expect(growth.isFinite, "seed \(seed)") }
            var cumulative = 0
            for row in statistics.outputs {
                cumulative += row.total
                #expect(row.cumulative == cumulative, "seed \(seed)")
            }
            for row in statistics.reconciliation { #expect(row.rosterLow <= row.rosterHigh, "seed \(seed)") }
        }
    }

    /// Pearson and Spearman stay in [−1, 1] (or are nil) for random series: ties, constant runs, huge and
    /// tiny magnitudes, negative values; a series with itself gives 1 and with its negation −1. 500 pairs.
    @Test func correlationsStayWithinMinusOneAndOne() {
        for seed in 1...500 as ClosedRange<UInt64> {
            var rng = SeededGenerator(seed: seed &+ 30_000)
            let n = Int.random(in: 0...30, using: &rng)
            let scale = rng.pick([1e-300, 1e-9, 1.0, 1e6, 1e150])
            func series() -> [Double] {
                (0..<n).map { _ in rng.chance(0.3) ? Double(Int.random(in: 0...3, using: &rng)) * scale
                                                    : Double.random(in: -1...1, using: &rng) * scale }
            }
            let x = series(), y = series()
            let result = Correlation.between(x, y)
            #expect(result.n == n)
            for value in [result.pearson, result.spearman].compactMap({ $0 }) {
                #expect(value >= -1 && value <= 1, "seed \(seed): \(value)")
            }
            if result.meaningful {
                #expect(abs(Correlation.between(x, x).pearson! - 1) < 1e-9, "seed \(seed)")
                #expect(abs(Correlation.between(x, x.map { -$0 }).spearman! + 1) < 1e-9, "seed \(seed)")
            } else {
                #expect(result.pearson == nil && result.spearman == nil)
            }
        }
    }
}

/// A date in `years` at a random precision; a tenth of them exactly 31 December, to hit the year-end rule.
func randomStatsDate(_ rng: inout SeededGenerator, years: ClosedRange<Int>) -> PartialDate {
    let year = Int.random(in: years, using: &rng)
    if rng.chance(0.1) { return PartialDate(year: year, month: 12, day: 31)! }
    let month = Int.random(in: 1...12, using: &rng)
    switch Int.random(in: 0..<3, using: &rng) {
    case 0: return PartialDate(year: year)
    case 1: return PartialDate(year: year, month: month)!
    default: return PartialDate(year: year, month: month, day: Int.random(in: 1...DayNumber.daysIn(month: month, year: year), using: &rng))!
    }
}

/// 1–40 members in up to five regions; a third leave, sometimes in the year they joined, sometimes on
/// 31 December, sometimes with a partial `left` whose year starts before the join (valid: its last day is not
/// before the join).
func randomRoster(_ rng: inout SeededGenerator) -> [MemberSpan] {
    (0..<Int.random(in: 1...40, using: &rng)).map { index in
        let joined = randomStatsDate(&rng, years: 1995...2025)
        var left: PartialDate?
        if rng.chance(0.35) {
            repeat {
                left = rng.chance(0.2) ? PartialDate(year: joined.year)
                    : randomStatsDate(&rng, years: joined.year...min(joined.year + rng.pick([0, 1, 5, 20]), 2040))
            } while left!.lastDay < joined.firstDay
        }
        return MemberSpan(id: "M\(index)", group: rng.pick(["Europe", "Asia-Pacific", "North America", "Africa", "Eurasia"]),
                          joined: joined, left: left)
    }
}
