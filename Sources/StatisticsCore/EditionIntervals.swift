import PartialDates

/// A date and how many outputs (for example roadmap editions) have it.
public struct DateCount: Hashable, Sendable {
    /// The date, as written.
    public var date: PartialDate
    /// How many outputs have exactly this date (1 or more).
    public var count: Int

    /// Creates a date count.
    public init(date: PartialDate, count: Int = 1) {
        self.date = date
        self.count = count
    }

    /// `dates` as distinct dates, sorted, with how many times each occurs.
    public static func histogram(_ dates: some Sequence<PartialDate>) -> [DateCount] {
        var counts: [PartialDate: Int] = [:]
        for date in dates { counts[date, default: 0] += 1 }
        return counts.map { DateCount(date: $0.key, count: $0.value) }.sorted { $0.date < $1.date }
    }
}

/// Days between consecutive editions (for example of a roadmap) and since the last one.
///
/// Computed from distinct dates with their counts, so its cost and size grow with the number of distinct
/// dates, not of editions. The results are those of the list of every edition date, sorted: editions on
/// the same date give `count − 1` intervals of 0 days, and consecutive distinct dates their gap between
/// first days (0 for `2013-08` then `2013-08-01`).
public struct EditionIntervals: Hashable, Sendable {
    /// Number of intervals (editions − 1, or 0).
    public var count: Int
    /// Mean of the intervals in days; nil without an interval.
    public var mean: Double?
    /// Median of the intervals in days; nil without an interval.
    public var median: Double?
    /// How many of the edition dates that enter an interval are known only to the month or year (each
    /// edition counted, also when several share a date). Such a date is taken at its first day.
    public var impreciseDates: Int
    /// Days from the last edition (its first day) to the end of the report year; nil without an edition.
    public var daysSinceLast: Int?
    /// The distinct edition dates used, sorted, each with how many editions have it.
    public var dateCounts: [DateCount]

    /// The distinct edition dates used, sorted.
    public var dates: [PartialDate] { dateCounts.map(\.date) }
    /// The number of editions used (the sum of the counts of `dateCounts`).
    public var editions: Int { dateCounts.reduce(0) { $0 + $1.count } }

    /// Intervals between the consecutive editions of `dates` on or before the end of `reportYear`, each
    /// taken between the dates' first days.
    public init(dates: [PartialDate], reportYear: Int) {
        self.init(dateCounts: DateCount.histogram(dates), reportYear: reportYear)
    }

    /// Intervals between consecutive editions on or before the end of `reportYear`, from their distinct
    /// dates and counts (`dateCounts`, in any order; a date may appear more than once).
    public init(dateCounts: [DateCount], reportYear: Int) {
        let end = DayNumber.endOfYear(reportYear)
        // Usually given sorted, distinct and in range (`OutputTally.intervalDateCounts`): then used as they are.
        let isReady = zip(dateCounts, dateCounts.dropFirst()).allSatisfy { $0.date < $1.date }
            && dateCounts.allSatisfy { $0.count > 0 } && (dateCounts.last.map { $0.date.firstDay <= end } ?? true)
        let used = isReady ? dateCounts : Self.normalized(dateCounts.filter { $0.date.firstDay <= end && $0.count > 0 })
        self.dateCounts = used

        // Interval values with their multiplicities: a date's repeats give 0s, each next date its gap.
        var zeros = 0, sum = 0, editions = 0, imprecise = 0
        var gaps: [Int: Int] = [:]
        var previous: DayNumber?
        for entry in used {
            let day = entry.date.firstDay
            if let previous {
                let gap = day - previous
                if gap == 0 { zeros += 1 } else { gaps[gap, default: 0] += 1 }
                sum += gap
            }
            zeros += entry.count - 1
            editions += entry.count
            if entry.date.precision != .day { imprecise += entry.count }
            previous = day
        }
        if zeros > 0 { gaps[0, default: 0] += zeros }
        let intervals = max(0, editions - 1)
        count = intervals
        // The sum of whole days is exact in Int, and so is every partial sum of the list method in Double.
        mean = intervals == 0 ? nil : Double(sum) / Double(intervals)
        median = Self.median(gaps.map { (value: Double($0.key), count: $0.value) })
        impreciseDates = intervals == 0 ? 0 : imprecise
        daysSinceLast = previous.map { end - $0 }
    }

    /// Sorted by date, equal dates merged.
    static func normalized(_ dateCounts: [DateCount]) -> [DateCount] {
        var merged: [DateCount] = []
        for entry in dateCounts.sorted(by: { $0.date < $1.date }) {
            if merged.last?.date == entry.date { merged[merged.count - 1].count += entry.count } else { merged.append(entry) }
        }
        return merged
    }

    /// The median of `values`; nil when empty.
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The median of the values repeated `count` times each (in any order); nil when there are none.
    /// The same as `median` of the expanded list, without expanding it.
    public static func median(_ values: [(value: Double, count: Int)]) -> Double? {
        let sorted = values.filter { $0.count > 0 }.sorted { $0.value < $1.value }
        let total = sorted.reduce(0) { $0 + $1.count }
        guard total > 0 else { return nil }
        /// The value at 0-based `position` of the expanded sorted list.
        func value(at position: Int) -> Double {
            var seen = 0
            for entry in sorted {
                seen += entry.count
                if position < seen { return entry.value }
            }
            return sorted.last!.value
        }
        let middle = total / 2
        return total % 2 == 1 ? value(at: middle) : (value(at: middle - 1) + value(at: middle)) / 2
    }
}
