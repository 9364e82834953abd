import PartialDates
import StatisticsCore
import Testing
import _TestSupport

/// Property tests of the count forecast over random groups (seeded, deterministic).
@Suite("Property: count forecast invariants")
struct PropertyCountForecastTests {
    /// A random group's rows: founders, lumpy or steady joins, sometimes departures (also among founders).
    static func randomMembership(_ rng: inout SeededGenerator, departures: Bool) -> [MembershipYear] {
        let founders = rng.pick([1, 3, 14, 60, 150])
        let years = Int.random(in: 0...25, using: &rng)
        let style = Int.random(in: 0..<3, using: &rng)
        var rows = [MembershipYear(year: 2000, members: founders, joined: founders, left: 0, net: founders, growthPercent: nil)]
        var members = founders
        for offset in 1...max(1, years) where years > 0 {
            let joined: Int
            switch style {
            case 0: joined = Int.random(in: 0...3, using: &rng)  // steady
            case 1: joined = rng.chance(0.15) ? Int.random(in: 1...40, using: &rng) : 0  // lumpy (40 in one go)
            default: joined = rng.chance(0.5) ? 1 : 0
            }
            let left = departures && rng.chance(0.4) ? Int.random(in: 0...min(members, 5), using: &rng) : 0
            let previous = members
            members = members + joined - left
            rows.append(MembershipYear(year: 2000 + offset, members: members, joined: joined, left: left,
                                       net: members - previous, growthPercent: nil))
        }
        return rows
    }

    /// Never below the last count when nobody left, never below zero, the interval contains the value,
    /// and value and bounds never decrease with the horizon when nobody leaves. 400 groups.
    @Test func forecastRespectsItsFloorAndIsMonotoneWithoutDepartures() {
        var made = 0
        for seed in 1...400 as ClosedRange<UInt64> {
            var rng = SeededGenerator(seed: seed)
            let rows = Self.randomMembership(&rng, departures: seed % 2 == 0)
            let forecast = CountForecast.make(membership: rows)
            guard let method = forecast.method else {
                let window = rows.count - 1
                let quiet = rows.dropFirst().allSatisfy { $0.joined == 0 && $0.left == 0 }
                #expect(window < CountForecast.minimumYears || quiet, "seed \(seed): no forecast without a reason")
                continue
            }
            made += 1
            let nobodyLeft = rows.allSatisfy { $0.left == 0 }
            let last = Double(rows.last!.members)
            #expect(method.startMembers == rows.last!.members && method.startYear == rows.last!.year, "seed \(seed)")
            #expect(method.floor == (nobodyLeft ? rows.last!.members : 0), "seed \(seed)")
            #expect(forecast.entries.map(\.year) == Array((rows.last!.year + 1)...(rows.last!.year + 5)), "seed \(seed)")
            var previous: ForecastEntry?
            for entry in forecast.entries {
                #expect(entry.lower <= entry.value && entry.value <= entry.upper, "seed \(seed)")
                #expect(entry.lower >= 0, "seed \(seed)")
                if nobodyLeft {
                    #expect(entry.lower >= last, "seed \(seed)")
                    if let previous {
                        #expect(entry.value >= previous.value && entry.lower >= previous.lower
                                && entry.upper >= previous.upper, "seed \(seed)")
                    }
                }
                previous = entry
            }
            // The first forecast year is within one year's largest change of the last observation.
            let largest = Double(rows.dropFirst().map { max($0.joined, $0.left) }.max() ?? 0)
            #expect(abs(forecast.entries[0].value - last) <= largest + 1e-9, "seed \(seed)")
        }
        #expect(made > 200)
    }

    /// The same rows give the same forecast (no clock, no unseeded randomness).
    @Test func forecastIsDeterministic() {
        var rng = SeededGenerator(seed: 99)
        let rows = Self.randomMembership(&rng, departures: true)
        #expect(CountForecast.make(membership: rows) == CountForecast.make(membership: rows))
    }

    /// Sixty members over six years, three members, a single batch: the documented shapes.
    @Test func smallAndFastGrowingGroups() throws {
        let sixty = membership(start: 10, joins: [8, 9, 7, 10, 8, 8])
        let forecast = CountForecast.make(membership: sixty)
        #expect(forecast.method?.joins.model == .poisson && forecast.entries.first!.lower >= 60)
        #expect(CountForecast.make(membership: membership(start: 1, joins: [1, 0, 0, 1, 0])).entries.count == 5)
        #expect(CountForecast.make(membership: membership(start: 3, joins: [0, 0, 0, 0, 0, 0, 0])) == .unavailable(.singleBatch))
        #expect(CountForecast.make(membership: membership(start: 1, joins: [])) == .unavailable(.tooFewYears(years: 0, required: 5)))
    }

    /// A very large group (a million joins a year) takes the normal approximation only where the exact
    /// convolution would be too wide, and keeps every invariant.
    @Test func largeCountsStayFastAndWithinBounds() {
        let rows = membership(start: 1_000_000, joins: [900_000, 1_100_000, 1_000_000, 950_000, 1_050_000],
                              departures: [400_000, 600_000, 500_000, 450_000, 550_000])
        let forecast = CountForecast.make(membership: rows)
        for entry in forecast.entries { #expect(entry.lower >= 0 && entry.lower <= entry.value && entry.value <= entry.upper) }
        #expect(forecast.entries.count == 5)
    }
}
