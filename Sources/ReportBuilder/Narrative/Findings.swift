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
                                 roster: [Member] = [], outputs: OutputList = []) -> [String] {
        guard statistics.reportRow != nil else {
            return ["No \(names.memberNoun) are recorded, so there is nothing to describe yet."]
        }
        var sentences = [growth(statistics, names), waves(statistics, names, roster), outputsSentence(statistics, names),
                         roadmap(statistics, outputs), reconciliation(statistics.reconciliation),
                         correlation(statistics, names)].compactMap { $0 }
        if sentences.count < 3, let region = region(statistics, names) { sentences.append(region) }
        return Array(sentences.prefix(maximum))
    }

    /// "Membership grew from 14 agencies in 2007 to 27 at the end of 2024 (+93 %), 3.9 % a year on average; all
    /// growth came in 4 of 17 years." (how many years had any join, so that an average is not read as steady)
    static func growth(_ statistics: GroupStatistics, _ names: PublicationNames) -> String? {
        guard let first = statistics.firstRow, let last = statistics.reportRow else { return nil }
        typealias N = HouseStyle
        if first.year == last.year {
            return "\(names.subject) had \(names.members(last.members)) at the end of \(last.year), the first year on record."
        }
        let change = first.members > 0 ? Double(last.members - first.members) / Double(first.members) * 100 : nil
        let percent = change.map { " (\(N.signedPercent($0)))" } ?? ""
        let (withJoins, years) = statistics.joinYears
        let spread = withJoins == 0 ? "nobody joined after \(first.year)" : withJoins == years ? "there were joins every year"
            : "\(statistics.departures == 0 ? "all growth came" : "joins came") in \(N.count(withJoins, numerals: true)) of "
                + "\(N.integer(years)) years"
        let cagr = statistics.cagrPercent.map { ", \(N.percent($0)) a year on average; \(spread)" } ?? ""
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
            let tied = waves.filter { $0.joins == top.joins }
            let most = tied.count == 1 ? "most \(top.when) (\(HouseStyle.integer(top.joins)))"
                : "most in \(HouseStyle.list(tied.map(\.years))) (\(HouseStyle.integer(top.joins)) each)"
            text = "\(names.members(joins, spelled: true).capitalizedFirst) joined in \(joinYears) of the "
                + "\(last.year - first.year) years after \(first.year), \(most)"
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

    /// "The dataset records two outputs for 2024 (one roadmap and one meeting), 46 since 2007."
    static func outputsSentence(_ statistics: GroupStatistics, _ names: PublicationNames) -> String? {
        guard let last = statistics.outputs.last, let first = statistics.firstRow else { return nil }
        let total = statistics.totalOutputs
        if total == 0 { return "No coordination outputs are recorded for \(statistics.rangeText ?? "\(last.year)")." }
        let since = first.year < last.year ? ", bringing the total since \(first.year) to \(HouseStyle.integer(total))" : ""
        if last.total == 0 {
            let latest = statistics.outputs.last { $0.total > 0 }!.year
            return "The dataset records no outputs for \(last.year); the latest came in \(latest)\(since)."
        }
        let byType = statistics.reportYearOutputs
        if byType.count == 1 {
            return "The dataset records \(HouseStyle.typeCount(byType[0].count, byType[0].type)) for \(last.year)\(since)."
        }
        let types = HouseStyle.list(byType.map { HouseStyle.typeCount($0.count, $0.type) })
        return "The dataset records \(HouseStyle.words(last.total)) outputs for \(last.year) (\(types))\(since)."
    }

    /// "Four roadmap editions since 2011 (and two supplements): one edition every 1,571 days on average (median 1,610, dates
    /// known only to the month or year at their middle); the latest, …, came about 137 days before the end of 2024
    /// (122–152, …)."
    static func roadmap(_ statistics: GroupStatistics, _ outputs: OutputList) -> String? {
        guard let spacing = statistics.editionSpacing, let last = spacing.editions.last?.date,
              let days = spacing.daysSinceLast, let range = spacing.daysSinceLastRange,
              let year = statistics.reportYear, let first = spacing.editions.first?.date else { return nil }
        typealias N = HouseStyle
        let title = outputs.indices.last { outputs.type(at: $0) == .roadmap && outputs.date(at: $0) == last }
            .map { outputs[$0].shortTitle }
        let named = title.map { "\($0) (\(N.date(last)))" } ?? "dated \(N.date(last))"
        let gap: String
        if range.lowerBound == range.upperBound {
            gap = range.lowerBound == 0 ? "on the last day of \(year)"
                : "\(N.integer(range.lowerBound)) \(range.lowerBound == 1 ? "day" : "days") before the end of \(year)"
        } else {
            gap = "about \(N.decimal(days, 0)) days before the end of \(year) (\(N.integer(range.lowerBound))\u{2013}"
                + "\(N.integer(range.upperBound)), its date being known only to the \(last.precision == .year ? "year" : "month"))"
        }
        let editions = spacing.editionCount, supplements = spacing.supplementCount
        let counted = editions == 1 ? "one roadmap edition" : "\(N.words(editions)) roadmap editions"
        // The supplements are named beside the editions, never counted in their spacing: "one every" must not
        // read as one of editions and supplements together.
        let beside = supplements == 0 ? "" : supplements == 1 ? " (and one supplement)" : " (and \(N.words(supplements)) supplements)"
        let subject = "\(counted.capitalizedFirst) since \(first.year)\(beside)"
        guard let mean = spacing.meanDays, let median = spacing.medianDays else {
            return "\(subject): the only edition, \(named), came \(gap)."
        }
        let middles = spacing.impreciseEditions > 0 ? "dates known only to the month or year at their middle" : nil
        let every = editions == 2 ? "\(N.decimal(mean, 0)) days apart" + (middles.map { " (\($0))" } ?? "")
            : "one edition every \(N.decimal(mean, 0)) days on average (median \(N.decimal(median, 0))" + (middles.map { ", \($0)" } ?? "") + ")"
        return "\(subject): \(every); the latest, \(named), came \(gap)."
    }

    /// The reconciliation headline (``DataQuality/reconciliationHeadline(_:)``); nil without reported totals.
    static func reconciliation(_ rows: [ReconciliationRow]) -> String? {
        rows.isEmpty ? nil : DataQuality.reconciliationHeadline(rows)
    }

    /// "Year-end agencies and outputs per year both move with time and show no relation once that is taken out.",
    /// or a relation when levels and changes agree (``ChangeCorrelation/verdict``); nil when nothing can be said.
    static func correlation(_ statistics: GroupStatistics, _ names: PublicationNames) -> String? {
        let both = statistics.changeCorrelation
        let subject = "Year-end \(names.memberNoun) and outputs per year"
        switch both.verdict {
        case .trendOnly:
            return "\(subject) both move with time and show no relation once that is taken out."
        case .positive, .negative:
            let moves = both.verdict == .positive ? "rise and fall together" : "move in opposite directions"
            return "\(subject) \(moves), also from one year to the next (Pearson r = \(HouseStyle.decimal(both.levels.pearson, 2)); "
                + "of the yearly changes, \(HouseStyle.decimal(both.changes.pearson, 2)), n = \(both.changes.n))."
        case .none, .notMeaningful:
            return nil
        }
    }

    /// "Europe has the most agencies: 13 of 27 (48.1 %)."
    static func region(_ statistics: GroupStatistics, _ names: PublicationNames) -> String? {
        guard let top = statistics.byGroup.first, let total = statistics.reportRow?.members, total > 0 else { return nil }
        if statistics.byGroup.count == 1 {
            return "\(names.allMembers(total)) at the end of \(statistics.reportRow!.year) \(total == 1 ? "is" : "are") in \(top.group)."
        }
        let tied = statistics.byGroup.filter { $0.members == top.members }.map(\.group)
        let count = "\(HouseStyle.integer(top.members)) of \(HouseStyle.integer(total))"
        if tied.count > 1 { return "\(HouseStyle.list(tied)) tie for the most \(names.memberNoun), \(count) each." }
        return "\(top.group) has the most \(names.memberNoun): \(count) (\(HouseStyle.percent(top.sharePercent)))."
    }
}
