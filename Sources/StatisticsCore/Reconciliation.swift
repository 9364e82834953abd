import PartialDates

/// How a reported total compares with the roster.
public enum ReconciliationStatus: String, Hashable, Sendable, CaseIterable {
    /// The roster count on the date is exact and equals the reported total.
    case match
    /// Imprecise dates make the roster count a range, and the reported total lies in it.
    case consistentWithinDatePrecision = "consistent within date precision"
    /// The reported total lies outside the roster count (or its range).
    case discrepancy
    /// The statement is dated before the first member joined (for example a founding document that
    /// predates the group).
    case beforeRoster = "before roster"
}

/// One reported total next to the roster-derived count on its date.
public struct ReconciliationRow: Hashable, Sendable {
    /// The statement reconciled.
    public var statement: CountStatement
    /// The roster count when it is exact (`rosterLow == rosterHigh`); nil when it is a range.
    public var roster: Int?
    /// The lowest roster count the dates allow.
    public var rosterLow: Int
    /// The highest roster count the dates allow.
    public var rosterHigh: Int
    /// Reported minus the nearest roster bound: 0 inside the range, nil before the roster starts.
    public var difference: Int?
    /// How the reported total compares.
    public var status: ReconciliationStatus
}

/// Reconciliation of reported totals with the roster, aware of date precision.
///
/// A member is in on day `t` when `joined ≤ t ≤ left`. A date known to the month or the year may mean
/// any day of it, and so may the statement's own date. The roster count for a statement is therefore a
/// range over every day `t` the statement can mean and every day each member's dates can mean:
/// - lowest = min over `t` of the members *certainly* in on `t` (whole join period on or before `t`,
///   whole leave period, if any, on or after `t`);
/// - highest = max over `t` of the members *possibly* in on `t` (join period begun by `t`, leave period
///   not over before `t`).
///
/// When nobody leaves within the statement's period these are the members certainly in on its first day
/// and those possibly in by its last day. With all dates exact, lowest = highest = the exact count.
public enum Reconciliation {
    /// Reconciles each statement dated on or before the end of `reportYear` (if given), sorted by date
    /// (ties keep their order).
    public static func reconcile(_ statements: [CountStatement], members: [MemberSpan], reportYear: Int? = nil) -> [ReconciliationRow] {
        let kept = statements.enumerated()
            .filter { reportYear == nil || $0.element.date.year <= reportYear! }
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
        return kept.map { row(for: $0, members: members) }
    }

    /// The reconciliation of one statement.
    public static func row(for statement: CountStatement, members: [MemberSpan]) -> ReconciliationRow {
        let first = statement.date.firstDay, last = statement.date.lastDay
        guard let rosterStart = members.map(\.joined.firstDay).min(), last >= rosterStart else {
            return ReconciliationRow(statement: statement, roster: 0, rosterLow: 0, rosterHigh: 0,
                                     difference: nil, status: .beforeRoster)
        }
        let (low, high) = rosterRange(from: first, through: last, members: members)
        let reported = statement.reported
        let difference = reported < low ? reported - low : reported > high ? reported - high : 0
        let status: ReconciliationStatus =
            difference != 0 ? .discrepancy : low == high ? .match : .consistentWithinDatePrecision
        return ReconciliationRow(statement: statement, roster: low == high ? low : nil, rosterLow: low,
                                 rosterHigh: high, difference: difference, status: status)
    }

    /// The lowest and highest roster count over the days `first...last` (see the type's description).
    public static func rosterRange(from first: DayNumber, through last: DayNumber, members: [MemberSpan]) -> (low: Int, high: Int) {
        // The counts only change on a boundary day of some member's dates (or the day after a leave
        // period's bound), so those days and the period's ends are the only ones to look at.
        var days: Set<DayNumber> = [first, last]
        for member in members {
            var candidates = [member.joined.firstDay, member.joined.lastDay]
            if let left = member.left {
                candidates += [left.firstDay, left.lastDay, left.firstDay.advanced(by: 1), left.lastDay.advanced(by: 1)]
            }
            for day in candidates where day >= first && day <= last { days.insert(day) }
        }
        var low = Int.max, high = 0
        for day in days {
            var certain = 0, possible = 0
            for member in members {
                if member.joined.lastDay <= day, member.left.map({ $0.firstDay >= day }) ?? true { certain += 1 }
                if member.joined.firstDay <= day, member.left.map({ $0.lastDay >= day }) ?? true { possible += 1 }
            }
            low = min(low, certain)
            high = max(high, possible)
        }
        return (low, high)
    }
}
