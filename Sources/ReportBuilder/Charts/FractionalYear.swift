import PartialDates

/// Positions on a time axis: a day as a fractional calendar year (2020-07-02 ≈ 2020.5).
enum FractionalYear {
    /// The day's position: its year plus the elapsed fraction of that year.
    static func of(_ day: DayNumber) -> Double {
        let year = day.year
        let start = DayNumber(year: year, month: 1, day: 1)
        let length = DayNumber.isLeapYear(year) ? 366.0 : 365.0
        return Double(year) + Double(day - start) / length
    }

    /// A partial date at its first day (the definitions compare partial dates there).
    static func start(of date: PartialDate) -> Double { of(date.firstDay) }

    /// A partial date at the middle of the period it can mean (for plotting an imprecise statement honestly).
    static func middle(of date: PartialDate) -> Double { (of(date.firstDay) + of(date.lastDay.advanced(by: 1))) / 2 }
}
