/// A calendar date known to the year, the month or the day: `2019`, `2019-08` or `2019-08-31`.
///
/// The written form is the precision. Dates are on the proleptic Gregorian calendar, so `2019-02-30`,
/// `1900-02-29` and month 13 do not exist. A partial date is compared at its first day
/// (`2019` sorts as 2019-01-01); between two dates with the same first day, the less precise one sorts first.
///
/// ```swift
/// let date = try PartialDate.parse("2020-08").get()
/// date.precision   // .month
/// date.firstDay    // 2020-08-01
/// date.lastDay     // 2020-08-31
/// ```
public struct PartialDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// How much of the date is known.
    public enum Precision: String, Sendable, Comparable, CaseIterable {
        case year, month, day

        private var rank: Int {
            switch self {
            case .year: 0
            case .month: 1
            case .day: 2
            }
        }

        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rank < rhs.rank }
    }

    public let year: Int
    /// 1...12, or nil when only the year is known.
    public let month: Int?
    /// 1...31, or nil when only the year or the month is known.
    public let day: Int?

    /// Creates a date of year precision.
    public init(year: Int) {
        self.year = year
        self.month = nil
        self.day = nil
    }

    /// Creates a date if it exists on the calendar; nil for month 13 or 30 February.
    /// A day without a month is not a date.
    public init?(year: Int, month: Int?, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard day >= 1, day <= DayNumber.daysIn(month: month, year: year) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The precision the date was written with.
    public var precision: Precision {
        if day != nil { return .day }
        if month != nil { return .month }
        return .year
    }

    /// The first day the date can mean: `2019` → 2019-01-01, `2019-08` → 2019-08-01.
    public var firstDay: DayNumber {
        DayNumber(year: year, month: month ?? 1, day: day ?? 1)
    }

    /// The last day the date can mean: `2019` → 2019-12-31, `2019-02` → 2019-02-28.
    public var lastDay: DayNumber {
        let lastMonth = month ?? 12
        return DayNumber(year: year, month: lastMonth, day: day ?? DayNumber.daysIn(month: lastMonth, year: year))
    }

    /// The ISO 8601 form at the date's own precision.
    public var description: String {
        var text = Self.pad(year, 4)
        if let month { text += "-" + Self.pad(month, 2) }
        if let day { text += "-" + Self.pad(day, 2) }
        return text
    }

    /// By first day, then by precision (`2019` < `2019-01` < `2019-01-01`). For dates that exist, the first
    /// days are in the order of (year, month, day) with a missing month or day as 1, so no day numbers are
    /// computed: sorting millions of dates (`isecg-report stats`) spent a tenth of its time on them.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        if lhs.year != rhs.year { return lhs.year < rhs.year }
        let (leftMonth, rightMonth) = (lhs.month ?? 1, rhs.month ?? 1)
        if leftMonth != rightMonth { return leftMonth < rightMonth }
        let (leftDay, rightDay) = (lhs.day ?? 1, rhs.day ?? 1)
        if leftDay != rightDay { return leftDay < rightDay }
        return lhs.precision < rhs.precision
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
