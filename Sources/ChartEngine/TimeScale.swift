/// Time on a continuous axis as fractional years (2018.0 is 1 January 2018 00:00), with whole-year ticks.
public enum TimeScale {
    /// The fractional year of a calendar date (proleptic Gregorian): year + (day of year − 1) / days in year.
    public static func fractionalYear(year: Int, month: Int = 1, day: Int = 1) -> Double {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        let m = min(max(month, 1), 12)
        let dayOfYear = monthDays.prefix(m - 1).reduce(0, +) + min(max(day, 1), monthDays[m - 1])
        return Double(year) + Double(dayOfYear - 1) / Double(leap ? 366 : 365)
    }

    /// Whole-year ticks inside a fractional-year domain (never 2007.5): 1-, 2-, 5-, 10-year steps.
    public static func yearTicks(domain: ClosedRange<Double>, targetCount: Int) -> TickSet {
        NiceTicks.inside(min: domain.lowerBound, max: domain.upperBound, targetCount: targetCount, integerOnly: true)
    }
}
