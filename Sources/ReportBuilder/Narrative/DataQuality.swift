import DatasetCore
import PartialDates
import StatisticsCore

/// Text for the data-quality section: the reconciliation of reported totals with the roster, and the dates
/// known only to the month or year.
public enum DataQuality {
    /// Counts of the reconciliation rows by status.
    public struct ReconciliationSummary: Hashable, Sendable {
        /// Rows whose roster count is exact and equal.
        public var matches: Int
        /// Rows inside the roster range that imprecise dates allow.
        public var consistent: Int
        /// Rows outside the roster count or range.
        public var discrepancies: Int
        /// Rows dated before the roster starts.
        public var beforeRoster: Int
        /// The discrepancy with the largest absolute difference (the earliest on a tie); nil without one.
        public var largestDifference: ReconciliationRow?

        /// Matches and consistent rows.
        public var agreeing: Int { matches + consistent }

        /// The counts of `rows`.
        public init(_ rows: [ReconciliationRow]) {
            matches = rows.count { $0.status == .match }
            consistent = rows.count { $0.status == .consistentWithinDatePrecision }
            discrepancies = rows.count { $0.status == .discrepancy }
            beforeRoster = rows.count { $0.status == .beforeRoster }
            let largest = rows.filter { $0.status == .discrepancy && $0.difference != nil }
                
                .max { (abs($0.difference!), $1.statement.date) < (abs($1.difference!), $0.statement.date) }
            largestDifference = largest
        }
    }

    /// One paragraph on the reconciliation: "Of 22 reported totals, 9 match the roster exactly, 12 are consistent
    /// within date precision, none differs and 1 predates the roster."
    /// - Parameter largest: whether to add a sentence on the largest difference, if any.
    public static func reconciliationSummary(_ rows: [ReconciliationRow], largest: Bool = true) -> String {
        guard !rows.isEmpty else { return "No reported totals were given, so there is nothing to reconcile." }
        let s = ReconciliationSummary(rows)
        typealias N = HouseStyle
        func part(_ count: Int, _ one: String, _ many: String) -> String {
            count == 0 ? "none \(one)" : "\(N.integer(count)) \(count == 1 ? one : many)"
        }
        let parts = [
            part(s.matches, "matches the roster exactly", "match the roster exactly"),
            part(s.consistent, "is consistent within date precision", "are consistent within date precision"),
            part(s.discrepancies, "differs", "differ"),
        ] + (s.beforeRoster > 0 ? [part(s.beforeRoster, "predates the roster", "predate the roster")] : [])
        let largestText = !largest ? "" : s.largestDifference.map {
            " The largest difference is \(N.signed($0.difference ?? 0)) (\(N.date($0.statement.date)))."
        } ?? ""
        return "Of \(N.integer(rows.count)) reported \(rows.count == 1 ? "total" : "totals"), \(HouseStyle.list(parts))."
            + largestText
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
    public static func impreciseOutputDates(_ outputs: [Output]) -> [String] {
        outputs.filter { $0.date.precision != .day }
            .sorted { ($0.date, $0.title) < ($1.date, $1.title) }
            .map { "\(describe($0.date)): \($0.shortTitle) (\(HouseStyle.typeNoun($0.type.rawValue)))" }
    }

    /// One sentence on how imprecise dates are treated, with their numbers; nil when every date is exact.
    public static func impreciseDatesSummary(roster: [Member], outputs: [Output]) -> String? {
        let members = impreciseRosterDates(roster).count, items = impreciseOutputDates(outputs).count
        guard members + items > 0 else { return nil }
        typealias N = HouseStyle
        let total = members + items
        return "\(N.integer(members)) roster \(members == 1 ? "date" : "dates") and \(N.integer(items)) output "
            + "\(items == 1 ? "date" : "dates") \(total == 1 ? "is" : "are") known only to the month or year; each is "
            + "compared at its first day, and reconciliation treats it as a range."
    }

    /// "2019 (year only)", "2020-08 (month only)".
    static func describe(_ date: PartialDate) -> String {
        "\(date) (\(date.precision == .year ? "year" : "month") only)"
    }
}
