import PartialDates

/// Days between consecutive editions (for example of a roadmap), with imprecise dates taken at the middle
/// of their period, and each interval's shortest and longest possible length; supplements listed beside
/// the editions, never counted as one.
///
/// A date known to the month or year may be any day of it. For intervals it is taken at the middle of its
/// period (`(first day + last day) / 2`, so half days occur: the middle of 2022 is 2 July, of a 30-day month
/// its 15th at noon), and the editions are taken in the order of those middles (`2020` comes after
/// `2020-05`: its middle is later). An interval between `a` and `b` can be as short as the gap between
/// their periods (0 when they overlap) and as long as the distance between their farthest days. Editions that share a written date give zero-length intervals
/// at their best date (as long as their period at most). The mean and median are over every interval.
/// Only editions on or before the end of the report year count.
public struct EditionSpacing: Hashable, Sendable {
    /// One interval between consecutive distinct edition dates (or the repeats of one date).
    public struct Interval: Hashable, Sendable {
        /// The earlier edition's date.
        public var from: PartialDate
        /// The later edition's date (equal to `from` for editions sharing a date).
        public var to: PartialDate
        /// Days between their middles.
        public var days: Double
        /// The shortest length the dates allow.
        public var shortest: Int
        /// The longest length the dates allow.
        public var longest: Int
        /// How many intervals this is: 1, or `editions − 1` for editions sharing `from`.
        public var count: Int
    }

    /// The editions' distinct dates, sorted, with how many editions have each.
    public var editions: [DateCount]
    /// The supplements' distinct dates, sorted, with how many supplements have each (never in an interval).
    public var supplements: [DateCount]
    /// The intervals, in the order of the editions' middle dates.
    public var intervals: [Interval]
    /// Mean of the intervals in days (middles of periods); nil without an interval.
    public var meanDays: Double?
    /// Median of the intervals in days (middles of periods); nil without an interval.
    public var medianDays: Double?
    /// Editions whose date is known only to the month or year.
    public var impreciseEditions: Int
    /// Days from the latest middle date of an edition to the end of the report year; nil without an edition.
    public var daysSinceLast: Double?
    /// The shortest and longest days since the last edition its period allows (equal for an exact date).
    public var daysSinceLastRange: ClosedRange<Int>?

    /// The number of editions counted.
    public var editionCount: Int { editions.reduce(0) { $0 + $1.count } }
    /// The number of supplements counted.
    public var supplementCount: Int { supplements.reduce(0) { $0 + $1.count } }
    /// The number of intervals (editions − 1, or 0).
    public var intervalCount: Int { intervals.reduce(0) { $0 + $1.count } }

    /// The spacing of `editions` (for example `OutputTally.intervalDateCounts` of the `roadmap` type) with
    /// `supplements` listed beside them; both in any order, a date may repeat; only those whose first day
    /// is on or before the end of `reportYear` count.
    public init(editions: [DateCount], supplements: [DateCount] = [], reportYear: Int) {
        let end = DayNumber.endOfYear(reportYear)
        self.editions = Self.merged(editions, through: end)
        self.supplements = Self.merged(supplements, through: end)
        var intervals: [Interval] = []
        var previous: PartialDate?
        // In the order of the middles (ties by date), so that no interval is negative.
        let byMiddle = self.editions.sorted { (Self.middle($0.date), $0.date) < (Self.middle($1.date), $1.date) }
        for entry in byMiddle {
            let date = entry.date
            if let previous {
                intervals.append(Interval(from: previous, to: date, days: Self.middle(date) - Self.middle(previous),
                                          shortest: max(0, date.firstDay - previous.lastDay, previous.firstDay - date.lastDay),
                                          longest: max(date.lastDay - previous.firstDay, previous.lastDay - date.firstDay),
                                          count: 1))
            }
            if entry.count > 1 {
                intervals.append(Interval(from: date, to: date, days: 0, shortest: 0,
                                          longest: date.lastDay - date.firstDay, count: entry.count - 1))
            }
            previous = date
        }
        self.intervals = intervals
        let total = intervals.reduce(0) { $0 + $1.count }
        meanDays = total == 0 ? nil : intervals.reduce(0.0) { $0 + $1.days * Double($1.count) } / Double(total)
        medianDays = EditionIntervals.median(intervals.map { (value: $0.days, count: $0.count) })
        impreciseEditions = self.editions.filter { $0.date.precision != .day }.reduce(0) { $0 + $1.count }
        if let last = byMiddle.last?.date {
            daysSinceLast = Double(end.daysSince1970) - Self.middle(last)
            daysSinceLastRange = max(0, end - last.lastDay)...(end - last.firstDay)
        }
    }

    /// The middle of a date's period as a day number (a half day for an even number of days).
    static func middle(_ date: PartialDate) -> Double {
        let first = date.firstDay, last = date.lastDay
        return Double(first.daysSince1970) + Double(last - first) / 2
    }

    /// Sorted, equal dates merged, counts above 0, first day on or before `end`.
    private static func merged(_ dateCounts: [DateCount], through end: DayNumber) -> [DateCount] {
        EditionIntervals.normalized(dateCounts.filter { $0.count > 0 && $0.date.firstDay <= end })
    }
}
