import PartialDates

/// Days between consecutive editions (for example of a roadmap) and since the last one.
public struct EditionIntervals: Hashable, Sendable {
    /// Number of intervals (editions − 1, or 0).
    public var count: Int
    /// Mean of the intervals in days; nil without an interval.
    public var mean: Double?
    /// Median of the intervals in days; nil without an interval.
    public var median: Double?
    /// How many of the edition dates that enter an interval are known only to the month or year.
    /// Such a date is taken at its first day.
    public var impreciseDates: Int
    /// Days from the last edition (its first day) to the end of the report year; nil without an edition.
    public var daysSinceLast: Int?
    /// The edition dates used, sorted.
    public var dates: [PartialDate]

    /// Intervals between consecutive `dates` on or before the end of `reportYear`, each taken between the
    /// dates' first days.
    public init(dates: [PartialDate], reportYear: Int) {
        let end = DayNumber.endOfYear(reportYear)
        // Usually given sorted and in range (`OutputTally.intervalDates`): then used as they are, no copies.
        let used = zip(dates, dates.dropFirst()).allSatisfy({ $0 <= $1 }) && (dates.last.map { $0.firstDay <= end } ?? true)
            ? dates : dates.filter { $0.firstDay <= end }.sorted()
        let intervals = zip(used.dropFirst(), used).map { Double($0.firstDay - $1.firstDay) }
        self.dates = used
        self.count = intervals.count
        self.mean = intervals.isEmpty ? nil : intervals.reduce(0, +) / Double(intervals.count)
        self.median = Self.median(intervals)
        self.impreciseDates = intervals.isEmpty ? 0 : used.count { $0.precision != .day }
        self.daysSinceLast = used.last.map { end - $0.firstDay }
    }

    /// The median of `values`; nil when empty.
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
