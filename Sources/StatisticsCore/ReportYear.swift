import PartialDates

/// The report year and the range of years the statistics cover.
public enum ReportYear {
    /// The report year: `explicit` if given, otherwise the latest year of any join, output or
    /// reported-count date.
    ///
    /// Never the clock, so output does not change with the calendar. `left` dates do not extend it,
    /// since a departure can be announced ahead. Nil only when there is no date at all.
    public static func resolve(
        explicit: Int?, members: [MemberSpan], latestOutputYear: Int?, statements: [CountStatement]
    ) -> Int? {
        if let explicit { return explicit }
        let candidates = members.map(\.joined.year) + statements.map(\.date.year) + [latestOutputYear].compactMap { $0 }
        return candidates.max()
    }

    /// The years reported: from the first join year to the report year; empty when the report year
    /// is before the first join or there are no members.
    public static func range(members: [MemberSpan], reportYear: Int?) -> ClosedRange<Int>? {
        guard let first = members.map(\.joined.year).min(), let reportYear, reportYear >= first else { return nil }
        return first...reportYear
    }
}
