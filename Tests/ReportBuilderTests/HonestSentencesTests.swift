import _TestSupport
import DatasetCore
import Foundation
import PartialDates
@testable import ReportBuilder
import StatisticsCore
import Testing

/// Every sentence the report writes, for many small generated groups (0–3 members, ties, all in one year,
/// departures among founders, no outputs, one output) and a few large ones (60 and 150 members), checked
/// against forbidden patterns and against the numbers the statistics hold.
@Suite struct HonestSentencesTests {
    typealias F = NarrativeFixture

    /// One generated group: its roster, outputs, reported totals and statistics.
    struct Group {
        var seed: UInt64
        var roster: [Member]
        var outputs: [Output]
        var statistics: GroupStatistics
    }

    static let acronyms = ["A", "B", "C", "D", "E", "한국", "इसरो", "وكالة", "Ω", "F", "G", "H"]

    /// A group from `seed`: `size` members (0–3 unless given), joins over a few years (all in one year, ties or
    /// spread), departures sometimes (founders too), 0, 1 or a few outputs, a few reported totals.
    static func group(seed: UInt64, size: Int? = nil) -> Group {
        var random = SeededGenerator(seed: seed)
        let count = size ?? Int.random(in: 0...3, using: &random)
        let start = 2010, span = random.pick([0, 1, 3, 6, 8])
        let oneYear = random.chance(0.25)
        var roster: [Member] = []
        for index in 0..<count {
            let year = oneYear || index == 0 ? start : start + Int.random(in: 0...span, using: &random)
            let joined = random.chance(0.3) ? F.day("\(year)") : F.day("\(year)-0\(Int.random(in: 1...9, using: &random))-15")
            var left: PartialDate?
            if random.chance(0.2), year < start + span { left = F.day("\(Int.random(in: (year + 1)...(start + span), using: &random))-06-30") }
            let acronym = count <= acronyms.count ? acronyms[index] : "M\(index)"
            roster.append(Member(acronym: acronym, name: acronym, country: "X", region: random.pick(Region.allCases),
                                 joined: joined, left: left, location: F.here))
        }
        let types: [OutputType] = [.roadmap, .supplement, .meeting, .report, .strategy, .workshop]
        let outputCount = random.pick([0, 0, 1, 1, 2, 5])
        let outputs = (0..<outputCount).map { _ in
            Output(date: F.day("\(start + Int.random(in: 0...span, using: &random))-0\(Int.random(in: 1...9, using: &random))"),
                   type: random.pick(types), title: "Output", location: F.here)
        }
        let totals = (0..<random.pick([0, 1, 2, 3])).map { _ in
            CountStatement(date: F.day("\(start + Int.random(in: -1...span, using: &random))"),
                           reported: max(0, count + Int.random(in: -1...1, using: &random)))
        }
        let statistics = F.statistics(roster, outputs, totals, year: count == 0 ? start + span : nil)
        return Group(seed: seed, roster: roster, outputs: outputs, statistics: statistics)
    }

    /// Every sentence of the report for `group`: findings, key figures, each chart's words, data quality.
    static func sentences(_ group: Group) -> [String] {
        let names = PublicationNames(short: "G", memberNoun: "agencies")
        var texts = Findings.sentences(statistics: group.statistics, names: names, roster: group.roster, outputs: OutputList(group.outputs))
        texts += KeyFigures(statistics: group.statistics, names: names).rows.flatMap { [$0.label, $0.note ?? ""] }
        for chart in ChartCatalog.charts {
            let text = ChartText.make(for: chart, statistics: group.statistics, names: names, roster: group.roster,
                                      outputs: OutputList(group.outputs))
            texts += [text.title, text.subtitle, text.statement, text.altText]
        }
        texts.append(DataQuality.reconciliationSummary(group.statistics.reconciliation))
        texts.append(DataQuality.reconciliationTitle(group.statistics.reconciliation))
        return texts.filter { !$0.isEmpty }
    }

    /// Patterns no sentence may contain, for any group.
    static let forbidden: [(pattern: String, why: String)] = [
        (#"\bAll (1|one|2|two) "#, "all of one or two"),
        (#"\b(1|one) (members|agencies|outputs|years|days|editions|roadmaps|supplements|totals)\b"#, "plural after one"),
        (#"(?i)\b(two|three|four|five|\d+) of (two|three|four|five|\d+)\b"#, "checked: N of N"),
        (#"\bproduced\b"#, "the dataset records, not the group produced"),
        (#"\bseats?\b"#, "no seats in a forum"),
        (#"\d+(\.\d+)?-fold"#, "checked: rounded multiple"),
        (#"of \w+ reported totals agree"#, "N of M agree"),
        (#"\b0 (members|agencies|outputs)\b"#, "zero as a numeral count"),
    ]

    static func check(_ group: Group) {
        let statistics = group.statistics
        let texts = sentences(group)
        let context = "seed \(group.seed)"
        NarrativeCheck.clean(texts.filter { !$0.hasPrefix("Days since") }, allowNotAvailable: true, sentences: false)
        for text in texts {
            for (pattern, why) in forbidden {
                guard let range = text.range(of: pattern, options: .regularExpression) else { continue }
                let match = String(text[range])
                switch why {
                case "checked: N of N":
                    let parts = match.lowercased().components(separatedBy: " of ")
                    #expect(parts[0] != parts[1], "\(context): \(why): \(text)")
                case "checked: rounded multiple":
                    let ratio = Double(statistics.reportRow!.members) / Double(statistics.firstRow!.members)
                    #expect(match == HouseStyle.multiple(ratio), "\(context): \(match) for \(ratio): \(text)")
                default:
                    Issue.record("\(context): \(why): \(text)")
                }
            }
            if text.localizedCaseInsensitiveContains("linear trend"), !text.contains("Linear trend extrapolation") {
                #expect(statistics.trendIsAdequate, "\(context): 'linear trend' for an inadequate fit: \(text)")
            }
            if text.contains("cluster") { checkCluster(statistics, text, context) }
        }
        checkNumbers(group, texts, context)
    }

    /// "cluster in 2019–2021": a run of consecutive years with joins, the single largest, with at least half the joins.
    static func checkCluster(_ statistics: GroupStatistics, _ text: String, _ context: String) {
        let waves = JoinWave.waves(statistics.membership)
        let top = JoinWave.largest(waves)
        let joins = waves.reduce(0) { $0 + $1.joins }
        #expect(top.map { $0.first < $0.last && 2 * $0.joins >= joins && text.contains($0.years) } == true
                && waves.count { $0.joins == top!.joins } == 1, "\(context): not a cluster: \(text)")
    }

    /// The numbers in the sentences against the statistics: ties named, forecast, reconciliation, joins per year.
    static func checkNumbers(_ group: Group, _ texts: [String], _ context: String) {
        let statistics = group.statistics
        let all = texts.joined(separator: "\n")
        // The busiest year of outputs: one year only when no other year ties with it.
        if let busiest = HouseStyle.highest(statistics.outputs, year: \.year, value: \.total), busiest.years.count > 1 {
            #expect(!all.contains("the busiest year was"), "\(context): a tie named as one busiest year")
            #expect(all.contains(HouseStyle.highestYears(busiest.years, value: HouseStyle.integer(busiest.value)))
                    || statistics.outputs.count == 1, "\(context): the tied years are not all named")
        }
        // Joins: "most in Y (n)" only for a year no other ties with.
        let later = Array(statistics.membership.dropFirst())
        if let top = HouseStyle.highest(later, year: \.year, value: \.joined), top.years.count > 1 {
            #expect(!all.contains("most in \(top.years[0]) (\(top.value))"), "\(context): a tie named as one year")
        }
        // Forecast: never below zero, never below the last count when nobody left; the sentence carries the numbers.
        let forecast = statistics.countForecast
        if let method = forecast.method, let last = forecast.entries.last {
            #expect(forecast.entries.allSatisfy { $0.lower >= Double(method.floor) && $0.lower >= 0 }, "\(context)")
            #expect(all.contains(ForecastText.outlook(last)), "\(context): the forecast sentence lacks its numbers")
        } else if case .unavailable(let reason) = forecast, !statistics.membership.isEmpty {
            #expect(all.contains(reason.explanation), "\(context): the chart does not say why there is no forecast")
        }
        // Reconciliation: each status counted as the statistics count it.
        let counts = StatisticsCore.ReconciliationSummary(statistics.reconciliation)
        let headline = DataQuality.reconciliationHeadline(statistics.reconciliation)
        if counts.total > 1, counts.compared > 0, counts.differing < counts.total {
            let expected = [(counts.exactMatches, "matches exactly", "match exactly"),
                            (counts.consistentWithinDatePrecision, "is within the range", "are within the range"),
                            (counts.beforeRoster, "predates it", "predate it")]
            for (number, one, many) in expected where number > 0 {
                #expect(headline.contains("\(number) \(number == 1 ? one : many)"), "\(context): \(headline)")
            }
        }
        // Growth: how many years after the first had any join.
        let (withJoins, years) = statistics.joinYears
        if statistics.cagrPercent != nil, all.contains("a year on average"), withJoins > 0, withJoins < years {
            #expect(all.contains("in \(withJoins) of \(years) years"), "\(context): the CAGR sentence lacks the join years")
        }
    }

    @Test(arguments: 0..<400) func smallGroupsSayOnlyWhatTheirNumbersSupport(seed: Int) {
        Self.check(Self.group(seed: UInt64(seed)))
    }

    @Test func largeGroupsAndTheBundledDataToo() {
        for (seed, size) in [(7, 60), (8, 150), (9, 60)] { Self.check(Self.group(seed: UInt64(seed), size: size)) }
        Self.check(Group(seed: 0, roster: F.roster, outputs: F.outputs, statistics: F.isecg))
    }

    @Test func tiesZeroOneTwoAndManyAreWorded() {
        // Three years tie for the most outputs.
        let outputs = ["2015-03", "2015-04", "2017-05", "2017-06", "2019-01", "2019-02", "2016-01"].map {
            Output(date: F.day($0), type: .meeting, title: "Meeting", location: F.here)
        }
        let statistics = F.statistics(F.flatRoster, outputs, year: 2019)
        let statement = ChartText.make(for: .outputsByYear, statistics: statistics, outputs: OutputList(outputs)).statement
        #expect(statement.hasSuffix("; 2015, 2017 and 2019 tie with 2."), "\(statement)")
        // One output: "One output", never "1 outputs" nor "All 1".
        let one = [Output(date: F.day("2016-05"), type: .report, title: "Report", location: F.here)]
        let single = ChartText.make(for: .outputsByYear, statistics: F.statistics(F.flatRoster, one, year: 2016), outputs: OutputList(one))
        #expect(single.statement.hasPrefix("One output over"), "\(single.statement)")
        #expect(HouseStyle.multiple(6.66) == "6.7-fold" && HouseStyle.multiple(3.04) == "3-fold")
    }
}
