import PartialDates

/// Membership at the end of one year, with the year's joins and departures.
public struct MembershipYear: Hashable, Sendable {
    /// The calendar year.
    public var year: Int
    /// Members at the end of the year (see ``YearEndMembership/members(at:in:)``).
    public var members: Int
    /// Members whose `joined` date falls in the year.
    public var joined: Int
    /// Members whose `left` date falls in the year.
    public var left: Int
    /// Change in year-end members from the previous year's end.
    public var net: Int
    /// Year-over-year growth of year-end members in percent; nil where the previous year's end had none.
    public var growthPercent: Double?

    /// Creates a row (for example for a model fitted to given yearly counts).
    public init(year: Int, members: Int, joined: Int, left: Int, net: Int, growthPercent: Double?) {
        self.year = year
        self.members = members
        self.joined = joined
        self.left = left
        self.net = net
        self.growthPercent = growthPercent
    }
}

/// Year-end membership: members at the end of each year, joins, departures, net change and growth.
public enum YearEndMembership {
    /// Members at the end of `year`: `joined ≤ Y-12-31` and (`left` empty or `left ≥ Y-12-31`),
    /// partial dates compared at their first day.
    public static func members(at year: Int, in members: [MemberSpan]) -> Int {
        members.count { $0.isMember(atEndOf: year) }
    }

    /// One row per year of `years`: year-end members, joins, departures, net change and growth %.
    ///
    /// The net change and growth of the first year compare with the end of the year before it,
    /// computed by the same definition (zero before the first join, so growth is nil there).
    public static func years(_ years: ClosedRange<Int>, members: [MemberSpan]) -> [MembershipYear] {
        var previous = Self.members(at: years.lowerBound - 1, in: members)
        return years.map { year in
            let count = Self.members(at: year, in: members)
            let joined = members.count { $0.joined.year == year }
            let left = members.count { $0.left?.year == year }
            let growth: Double? = previous == 0 ? nil : Double(count - previous) / Double(previous) * 100
            defer { previous = count }
            return MembershipYear(year: year, members: count, joined: joined, left: left,
                                  net: count - previous, growthPercent: growth)
        }
    }
}

extension MemberSpan {
    /// Whether the member counts at the end of `year`: `joined ≤ Y-12-31` and (`left` empty or
    /// `left ≥ Y-12-31`), partial dates compared at their first day.
    public func isMember(atEndOf year: Int) -> Bool {
        let end = DayNumber.endOfYear(year)
        guard joined.firstDay <= end else { return false }
        if let left, left.firstDay < end { return false }
        return true
    }
}
