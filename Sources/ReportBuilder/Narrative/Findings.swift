import DatasetCore
import PartialDates
import StatisticsCore

/// Three to five sentences of findings for the key-figures page, written from the numbers.
///
/// Each sentence is true for any dataset: it is only written when its numbers exist, and says what zero,
/// a single year, a decline or a missing roadmap mean instead of printing "n/a". In order of priority:
/// growth, waves of joins (and departures), the report year's outputs, roadmap editions, reconciliation
/// of reported totals, and the largest region when fewer than three sentences came before it.
///
/// ```swift
/// Findings.sentences(statistics: statistics, names: names, roster: roster, outputs: outputs)
/// // ["Membership grew from 14 agencies in 2007 to 27 at the end of 2024 (+93 %), …", …]
/// ```
public enum Findings {
    /// The most findings written.
    public static let maximum = 5

    /// The sentences, each ending with a full stop; empty only without members.
    public static func sentences(statistics: GroupStatistics, names: PublicationNames = PublicationNames(),
                                 roster: [Member] = [], outputs: [Output] = []) -> [String] {
        guard statistics.reportRow != nil else {
            return ["No \(names.memberNoun) are recorded, so there is nothing to describe yet."]
        }
        var sentences = [growth(statistics, names), waves(statistics, names, roster), outputsSentence(statistics, names),
                         roadmap(statistics, outputs), reconciliation(statistics.reconciliation)].compactMap { $0 }
        if sentences.count < 3, let region = region(statistics, names) { sentences.append(region) }
        return Array(sentences.prefix(maximum))
    }

    /// "Membership grew from 14 agencies in 2007 to 27 at the end of 2024 (+93 %), a compound annual growth
    /// rate of 3.9 %."
    static func growth(_ statistics: GroupStatistics, _ names: PublicationNames) -> String? {
        guard let first = statistics.firstRow, let last = statistics.reportRow else { return nil }
        typealias N = HouseStyle
        if first.year == last.year {
            return "\(names.subject) had \(names.members(last.members)) at the end of \(last.year), the first year on record."
        }
        let change = first.members > 0 ? Double(last.members - first.members) / Double(first.members) * 100 : nil
        let percent = change.map { " (\(N.signedPercent($0)))" } ?? ""
        let cagr = statistics.cagrPercent.map { ", a compound annual growth rate of \(N.percent($0))" } ?? ""
        if last.members == first.members {
            return "Membership ended \(last.year) where it stood at the end of \(first.year), at \(names.members(last.members))."
        }
        let verb = last.members > first.members ? "grew" : "fell"
        return "Membership \(verb) from \(names.members(first.members)) in \(first.year) to \(N.integer(last.members)) "
            + "at the end of \(last.year)\(percent)\(cagr)."
    }

    /// "Growth came in two waves: one member (UAESA) joined in 2015, then 12 between 2019 and 2021."
    static func waves(_ statistics: GroupStatistics, _ names: PublicationNames, _ roster: [Member]) -> String? {
        guard let first = statistics.firstRow, let last = statistics.reportRow, first.year < last.year else { return nil }
        let waves = JoinWave.waves(statistics.membership)
        let departures = departuresClause(statistics, names, roster)
        guard !waves.isEmpty else {
            let base = "No \(names.memberSingular) has joined since \(first.year)"
            return base + (departures.map { "; \($0)" } ?? "") + "."
        }
        func describe(_ wave: JoinWave, noun: Bool) -> String {
            let count = noun ? names.members(wave.joins, spelled: true) : HouseStyle.words(wave.joins)
            let acronyms = wave.acronyms(in: roster)
            let labels = acronyms.count == wave.joins && wave.joins <= 3 ? " (\(HouseStyle.list(acronyms)))" : ""
            return "\(count)\(labels) joined \(wave.when)"
        }
        var text: String
        switch waves.count {
        case 1:
            text = "After \(first.year), \(describe(waves[0], noun: true))"
        case 2, 3:
            let parts = waves.enumerated().map { describe($0.element, noun: $0.offset == 0) }
            text = "Growth after \(first.year) came in \(HouseStyle.words(waves.count)) waves: "
                + parts[0] + parts.dropFirst().map { ", then \($0)" }.joined()
        default:
            let joins = waves.reduce(0) { $0 + $1.joins }
            let joinYears = statistics.membership.dropFirst().count { $0.joined > 0 }
            let top = JoinWave.largest(waves)!
            text = "\(names.members(joins, spelled: true).capitalizedFirst) joined in \(joinYears) of the "
                + "\(last.year - first.year) years after \(first.year), most \(top.when) (\(HouseStyle.integer(top.joins)))"
        }
        return text + (departures.map { "; \($0)" } ?? "") + "."
    }

    /// "two members left (X in 2016, Y in 2020)", or nil without departures in the range.
    static func departuresClause(_ statistics: GroupStatistics, _ names: PublicationNames, _ roster: [Member]) -> String? {
        let count = statistics.departures
        guard count > 0, let range = statistics.membership.first.flatMap({ f in statistics.membership.last.map { f.year...$0.year } })
        else { return nil }
        let leavers = roster.filter { $0.left.map { range.contains($0.year) } ?? false }.sorted { ($0.left!, $0.acronym) < ($1.left!, $1.acronym) }
        let detail = leavers.count == count && count <= 3
            ? " (" + HouseStyle.list(leavers.map { "\($0.acronym) in \($0.left!.year)" }) + ")" : ""
        return "\(names.members(count, spelled: true)) left\(detail)"
    }

    /// "ISECG produced two outputs in 2024 (one roadmap and one meeting), 46 since 2007."
    static func outputsSentence(_ statistics: GroupStatistics, _ names: PublicationNames) -> String? {
        guard let last = statistics.outputs.last, let first = statistics.firstRow else { return nil }
        let total = statistics.totalOutputs
        if total == 0 { return "No coordination outputs are recorded for \(statistics.rangeText ?? "\(last.year)")." }
        let since = first.year < last.year ? ", bringing the total since \(first.year) to \(HouseStyle.integer(total))" : ""
        if last.total == 0 {
            let latest = statistics.outputs.last { $0.total > 0 }!.year
            return "\(names.subject) recorded no outputs in \(last.year); the latest came in \(latest)\(since)."
        }
        let byType = statistics.reportYearOutputs
        if byType.count == 1 {
            return "\(names.subject) produced \(HouseStyle.typeCount(byType[0].count, byType[0].type)) in \(last.year)\(since)."
        }
        let types = HouseStyle.list(byType.map { HouseStyle.typeCount($0.count, $0.type) })
        return "\(names.subject) produced \(HouseStyle.words(last.total)) outputs in \(last.year) (\(types))\(since)."
    }

    /// "Roadmap editions came every 939 days on average (median 943); the latest, …, was 152 days before the end of 2024."
    static func roadmap(_ statistics: GroupStatistics, _ outputs: [Output]) -> String? {
        guard let intervals = statistics.editionIntervals, let last = intervals.dates.last,
              let days = intervals.daysSinceLast, let year = statistics.reportYear else { return nil }
        typealias N = HouseStyle
        let title = outputs.filter { $0.type == .roadmap && $0.date == last }.last?.shortTitle
        let named = title.map { "\($0) (\(N.date(last)))" } ?? "dated \(N.date(last))"
        let gap = days == 0 ? "on the last day of \(year)" : "\(N.integer(days)) \(days == 1 ? "day" : "days") before the end of \(year)"
        guard let mean = intervals.mean, let median = intervals.median else {
            return "The only roadmap edition, \(named), came \(gap)."
        }
        let imprecise = intervals.impreciseDates > 0
            ? "; \(N.words(intervals.impreciseDates)) of the \(N.words(intervals.editions)) dates are known only to the month or year" : ""
        return "The \(N.words(intervals.editions)) roadmap editions came every \(N.decimal(mean, 0)) days on average "
            + "(median \(N.decimal(median, 0))\(imprecise)); the latest, \(named), came \(gap)."
    }

    /// "Reported totals agree with the roster: 21 of 22 match or are consistent within date precision; one predates the roster."
    static func reconciliation(_ rows: [ReconciliationRow]) -> String? {
        guard !rows.isEmpty else { return nil }
        let summary = DataQuality.ReconciliationSummary(rows)
        typealias N = HouseStyle
        let before = summary.beforeRoster > 0
            ? "; \(N.words(summary.beforeRoster)) \(summary.beforeRoster == 1 ? "predates" : "predate") the roster" : ""
        let agree = "\(N.words(summary.agreeing)) of \(N.words(rows.count))"
        if summary.discrepancies == 0 {
            if summary.agreeing == 0 { return "Every reported total predates the roster, so none can be checked against it." }
            return "Reported totals agree with the roster: \(agree) match or are consistent within date precision\(before)."
        }
        let largest = summary.largestDifference.map {
            "\(summary.discrepancies == 1 ? "by" : "largest") \(N.signed($0.difference ?? 0)), \(N.date($0.statement.date))"
        }
        let differ = rows.count == 1 ? "The one reported total differs"
            : "\(N.words(summary.discrepancies).capitalizedFirst) of \(N.words(rows.count)) reported totals "
                + (summary.discrepancies == 1 ? "differs" : "differ")
        let agreeing = summary.agreeing == 0 ? "" : "; \(agree) match or are consistent within date precision"
        return "\(differ) from the roster\(largest.map { " (\($0))" } ?? "")\(agreeing)\(before)."
    }

    /// "Europe holds the most seats: 13 of 27 (48.1 %)."
    static func region(_ statistics: GroupStatistics, _ names: PublicationNames) -> String? {
        guard let top = statistics.byGroup.first, let total = statistics.reportRow?.members, total > 0 else { return nil }
        if statistics.byGroup.count == 1 {
            return "\(names.allMembers(total)) at the end of \(statistics.reportRow!.year) \(total == 1 ? "is" : "are") in \(top.group)."
        }
        let tied = statistics.byGroup.filter { $0.members == top.members }.map(\.group)
        let count = "\(HouseStyle.integer(top.members)) of \(HouseStyle.integer(total))"
        if tied.count > 1 { return "\(HouseStyle.list(tied)) share the most seats, \(count) each." }
        return "\(top.group) holds the most seats: \(count) (\(HouseStyle.percent(top.sharePercent)))."
    }
}
