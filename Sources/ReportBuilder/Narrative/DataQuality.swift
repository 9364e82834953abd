import DatasetCore
import PartialDates
import StatisticsCore

/// Text for the data-quality section: the reconciliation of reported totals with the roster, and the dates
/// known only to the month or year.
public enum DataQuality {
    /// The discrepancy with the largest absolute difference (the earliest on a tie); nil without one.
    public static func largestDifference(_ rows: [ReconciliationRow]) -> ReconciliationRow? {
        rows.filter { $0.status == .discrepancy && $0.difference != nil }
            .max { (abs($0.difference!), $1.statement.date) < (abs($1.difference!), $0.statement.date) }
    }

    /// The reconciliation in one sentence, each status counted separately: "None of 22 reported totals differs
    /// from the roster: 11 match exactly, 10 are within the range that imprecise join dates allow, 1 predates it."
    public static func reconciliationHeadline(_ rows: [ReconciliationRow]) -> String {
        guard !rows.isEmpty else { return "No reported totals were given, so there is nothing to reconcile." }
        let s = ReconciliationSummary(rows)
        typealias N = HouseStyle
        func part(_ count: Int, _ one: String, _ many: String) -> String? {
            count == 0 ? nil : "\(N.integer(count)) \(count == 1 ? one : many)"
        }
        let parts = [part(s.exactMatches, "matches exactly", "match exactly"),
                     part(s.consistentWithinDatePrecision, "is within the range that imprecise join dates allow",
                          "are within the range that imprecise join dates allow"),
                     part(s.differing, "differs", "differ"),
                     part(s.beforeRoster, "predates it", "predate it")].compactMap { $0 }
        if s.compared == 0 {
            return s.total == 1 ? "The one reported total predates the roster, so it cannot be checked against it."
                : "Every reported total predates the roster, so none can be checked against it."
        }
        if s.total == 1 {
            let row = rows[0]
            switch row.status {
            case .match: return "The one reported total matches the roster exactly."
            case .consistentWithinDatePrecision: return "The one reported total is within the range that imprecise join dates allow."
            default: return "The one reported total differs from the roster (by \(N.signed(row.difference ?? 0)), "
                + "\(N.date(row.statement.date)))."
            }
        }
        let totals = "\(N.integer(s.total)) reported totals"
        let subject: String
        if s.differing == 0 {
            subject = s.total == 2 ? "Neither of the two reported totals differs from the roster"
                : "None of \(totals) differs from the roster"
        } else if s.differing == s.total {
            return s.total == 2 ? "Both reported totals differ from the roster." : "Every one of \(totals) differs from the roster."
        } else {
            subject = "\(N.integer(s.differing)) of \(totals) \(s.differing == 1 ? "differs" : "differ") from the roster"
        }
        return "\(subject): \(N.list(parts.filter { !$0.hasSuffix("differs") && !$0.hasSuffix("differ") }))."
    }

    /// The headline for a chart title (at most ten words): "None of 22 reported totals differs from the roster".
    public static func reconciliationTitle(_ rows: [ReconciliationRow]) -> String {
        let s = ReconciliationSummary(rows)
        typealias N = HouseStyle
        if rows.isEmpty { return "No reported totals to compare with the roster" }
        if s.compared == 0 { return s.total == 1 ? "The one reported total predates the roster" : "Every reported total predates the roster" }
        if s.total == 1 { return s.differing == 1 ? "The one reported total differs from the roster"
            : "The one reported total agrees with the roster" }
        if s.differing == 0 { return s.total == 2 ? "Neither reported total differs from the roster"
            : "None of \(N.integer(s.total)) reported totals differs from the roster" }
        if s.differing == s.total { return s.total == 2 ? "Both reported totals differ from the roster"
            : "Every one of \(N.integer(s.total)) reported totals differs from the roster" }
        return "\(N.capitalizedWords(s.differing)) of \(N.integer(s.total)) reported totals \(s.differing == 1 ? "differs" : "differ") from the roster"
    }

    /// One paragraph on the reconciliation: the headline, then the largest difference when asked and any.
    public static func reconciliationSummary(_ rows: [ReconciliationRow], largest: Bool = true) -> String {
        let largestText = !largest ? "" : largestDifference(rows).map {
            " The largest difference is \(HouseStyle.signed($0.difference ?? 0)) (\(HouseStyle.date($0.statement.date)))."
        } ?? ""
        return reconciliationHeadline(rows) + largestText
    }

    /// The status of a row in words: "match", "consistent within date precision", "discrepancy", "before roster".
    public static func statusWords(_ status: ReconciliationStatus) -> String { status.rawValue }

    /// The reconciliation as table rows: date, reported, roster (a count or "14–15"), difference (signed, "—"
    /// before the roster) and status words.
    public static func reconciliationRows(_ rows: [ReconciliationRow]) -> [[String]] {
        typealias N = HouseStyle
        return rows.map { row in
            let roster = row.status == .beforeRoster ? "\u{2014}"
                : row.rosterLow == row.rosterHigh ? N.integer(row.rosterLow)
                : "\(N.integer(row.rosterLow))\u{2013}\(N.integer(row.rosterHigh))"
            return [row.statement.date.description, N.integer(row.statement.reported), roster,
                    row.difference.map(N.signed) ?? "\u{2014}", statusWords(row.status)]
        }
    }

    /// The roster's dates known only to the month or year, one line each: "ASA joined 2019 (year only)".
    public static func impreciseRosterDates(_ roster: [Member]) -> [String] {
        var lines: [String] = []
        for entry in roster.sorted(by: { ($0.joined, $0.acronym) < ($1.joined, $1.acronym) }) {
            if entry.joined.precision != .day { lines.append("\(entry.acronym) joined \(describe(entry.joined))") }
            if let left = entry.left, left.precision != .day { lines.append("\(entry.acronym) left \(describe(left))") }
        }
        return lines
    }

    /// The outputs' dates known only to the month or year, one line each: "2024-08 (month only): Global
    /// Exploration Roadmap, 4th edition (roadmap)".
    public static func impreciseOutputDates(_ outputs: OutputList) -> [String] {
        outputs.outputs { $1.precision != .day }
            .sorted { ($0.date, $0.title) < ($1.date, $1.title) }
            .map { "\(describe($0.date)): \($0.shortTitle) (\(HouseStyle.typeNoun($0.type.rawValue)))" }
    }

    /// One sentence on how imprecise dates are treated, with their numbers; nil when every date is exact.
    public static func impreciseDatesSummary(roster: [Member], outputs: OutputList) -> String? {
        // Counted, not described: a million outputs must not each get a formatted line here.
        let members = roster.reduce(0) { $0 + ($1.joined.precision != .day ? 1 : 0) + ($1.left.map { $0.precision != .day ? 1 : 0 } ?? 0) }
        let items = outputs.allDates.reduce(0) { $0 + ($1.precision != .day ? 1 : 0) }
        guard members + items > 0 else { return nil }
        typealias N = HouseStyle
        let total = members + items
        return "\(N.integer(members)) roster \(members == 1 ? "date" : "dates") and \(N.integer(items)) output "
            + "\(items == 1 ? "date" : "dates") \(total == 1 ? "is" : "are") known only to the month or year; year-end "
            + "counts take such a date at its first day, roadmap intervals at the middle of its period, and reconciliation "
            + "treats it as a range."
    }

    /// The members whose join date was estimated from press counts (notes starting with "ESTIMATE" whose kind, in
    /// the parenthesis after it, names a press count; Datasets/README.md), by join date then acronym.
    public static func estimatedFromPressCounts(_ roster: [Member]) -> [Member] {
        roster.filter { member in
            guard let notes = member.notes, notes.hasPrefix("ESTIMATE") else { return false }
            let kind = notes.split(separator: ")", maxSplits: 1).first ?? Substring(notes)
            return kind.lowercased().contains("press count")
        }.sorted { ($0.joined, $0.acronym) < ($1.joined, $1.acronym) }
    }

    /// "Reconciliation cannot confirm the join dates of AEB, AEM and PTS: they were estimated from press counts, …";
    /// nil when no date was.
    public static func pressCountCaveat(_ roster: [Member]) -> String? {
        let estimated = estimatedFromPressCounts(roster).map(\.acronym)
        guard !estimated.isEmpty else { return nil }
        let them = estimated.count == 1 ? "it was" : "they were"
        return "Reconciliation cannot confirm the join \(estimated.count == 1 ? "date" : "dates") of "
            + "\(HouseStyle.list(estimated)): \(them) estimated from press counts, so a reported total that agrees with "
            + "the roster there agrees with the counts the estimate came from."
    }

    /// "2019 (year only)", "2020-08 (month only)".
    static func describe(_ date: PartialDate) -> String {
        "\(date) (\(date.precision == .year ? "year" : "month") only)"
    }
}
