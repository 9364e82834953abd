/// One day on the proleptic Gregorian calendar, counted from 1970-01-01 (day 0).
///
/// Day arithmetic is integer arithmetic: `b - a` is the number of days between two days.
/// Conversion uses Howard Hinnant's `days_from_civil` / `civil_from_days` algorithms.
public struct DayNumber: Hashable, Comparable, Strideable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01; negative before it.
    public let daysSince1970: Int

    public init(daysSince1970: Int) {
        self.daysSince1970 = daysSince1970
    }

    /// The day with this year, month (1...12) and day of month. The caller guarantees the date exists.
    public init(year: Int, month: Int, day: Int) {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        daysSince1970 = era * 146_097 + dayOfEra - 719_468
    }

    /// The year, month and day of month of this day.
    public var civil: (year: Int, month: Int, day: Int) {
        let z = daysSince1970 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The calendar year this day falls in.
    public var year: Int { civil.year }

    /// This day as a date of day precision.
    public var date: PartialDate {
        let (year, month, day) = civil
        return PartialDate(year: year, month: month, day: day)!
    }

    /// `YYYY-MM-DD`.
    public var description: String { date.description }

    /// Seconds since the Unix epoch at 00:00 UTC of this day.
    public var unixSeconds: Int { daysSince1970 * 86_400 }

    /// Whether `year` has a 29 February.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month (1...12) of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// 31 December of `year`.
    public static func endOfYear(_ year: Int) -> DayNumber { DayNumber(year: year, month: 12, day: 31) }

    public static func < (lhs: DayNumber, rhs: DayNumber) -> Bool { lhs.daysSince1970 < rhs.daysSince1970 }
    /// The number of days from `rhs` to `lhs`.
    public static func - (lhs: DayNumber, rhs: DayNumber) -> Int { lhs.daysSince1970 - rhs.daysSince1970 }
    public func distance(to other: DayNumber) -> Int { other.daysSince1970 - daysSince1970 }
    public func advanced(by n: Int) -> DayNumber { DayNumber(daysSince1970: daysSince1970 + n) }
}
