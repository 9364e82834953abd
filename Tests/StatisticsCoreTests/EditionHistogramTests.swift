import Testing
import _TestSupport
import PartialDates
import StatisticsCore

/// The list method `EditionIntervals` used before it worked on distinct dates with counts: every date
/// kept, sorted, and the intervals between consecutive ones listed. The reference for the histogram.
private struct NaiveIntervals: Equatable {
    var count: Int
    var mean: Double?
    var median: Double?
    var impreciseDates: Int
    var daysSinceLast: Int?

    init(dates: [PartialDate], reportYear: Int) {
        let end = DayNumber.endOfYear(reportYear)
        let used = dates.filter { $0.firstDay <= end }.sorted()
        let intervals = zip(used.dropFirst(), used).map { Double($0.firstDay - $1.firstDay) }
        count = intervals.count
        mean = intervals.isEmpty ? nil : intervals.reduce(0, +) / Double(intervals.count)
        median = EditionIntervals.median(intervals)
        impreciseDates = intervals.isEmpty ? 0 : used.count { $0.precision != .day }
        daysSinceLast = used.last.map { end - $0.firstDay }
    }

    init(_ intervals: EditionIntervals) {
        count = intervals.count
        mean = intervals.mean
        median = intervals.median
        impreciseDates = intervals.impreciseDates
        daysSinceLast = intervals.daysSinceLast
    }
}

/// A pool of `size` dates around 2000–2012 in all three precisions, with some sharing a first day
/// (`2005`, `2005-01`, `2005-01-01`).
private func datePool(_ size: Int, _ random: inout SeededGenerator) -> [PartialDate] {
    (0..<size).map { _ in
        let year = Int.random(in: 2000...2012, using: &random)
        switch Int.random(in: 0..<10, using: &random) {
        case 0: return PartialDate(year: year)
        case 1: return PartialDate(year: year, month: 1)!
        case 2: return PartialDate(year: year, month: 1, day: 1)!
        case 3, 4: return PartialDate(year: year, month: Int.random(in: 1...12, using: &random))!
        default: return PartialDate(year: year, month: Int.random(in: 1...12, using: &random), day: Int.random(in: 1...28, using: &random))!
        }
    }
}

@Test func histogramIntervalsEqualTheListMethodOnRandomDataWithManyDuplicates() {
    var random = SeededGenerator(seed: 2024)
    for trial in 0..<400 {
        // Few distinct dates and many editions: most editions share a date with others.
        let pool = datePool(Int.random(in: 1...12, using: &random), &random)
        let dates = (0..<Int.random(in: 0...60, using: &random)).map { _ in pool.randomElement(using: &random)! }
        let reportYear = Int.random(in: 1999...2013, using: &random)
        let expected = NaiveIntervals(dates: dates, reportYear: reportYear)
        #expect(NaiveIntervals(EditionIntervals(dates: dates, reportYear: reportYear)) == expected, "trial \(trial)")
        // Through a tally: the roadmaps among other categories, counted per distinct date.
        var tally = OutputTally()
        for date in dates {
            tally.add(date: date, category: "roadmap", lead: nil)
            tally.add(date: date, category: ["strategy", "report"].randomElement(using: &random)!, lead: nil)
        }
        let histogram = EditionIntervals(dateCounts: tally.intervalDateCounts, reportYear: reportYear)
        #expect(NaiveIntervals(histogram) == expected, "trial \(trial)")
        #expect(histogram.editions == (expected.daysSinceLast == nil ? 0 : expected.count + 1))
        #expect(histogram.dates == Array(Set(dates.filter { $0.year <= reportYear })).sorted())
    }
}

@Test func histogramIntervalsOfEqualDatesAndSameFirstDays() {
    let twice = EditionIntervals(dateCounts: [DateCount(date: date("2013-08"), count: 3), DateCount(date: date("2013-08-01"))],
                                 reportYear: 2013)
    #expect(twice.count == 3 && twice.mean == 0 && twice.median == 0 && twice.impreciseDates == 3)
    #expect(twice.editions == 4 && twice.daysSinceLast == 152)
    // Unsorted, repeated and out-of-range entries are sorted, merged and dropped.
    let messy = EditionIntervals(dateCounts: [DateCount(date: date("2020"), count: 2), DateCount(date: date("2011-09-22")),
                                              DateCount(date: date("2013-08-20"), count: 0), DateCount(date: date("2011-09-22"))],
                                 reportYear: 2019)
    #expect(messy.dateCounts == [DateCount(date: date("2011-09-22"), count: 2)])
    #expect(messy.count == 1 && messy.mean == 0 && messy.median == 0 && messy.impreciseDates == 0)
}

@Test func weightedMedianEqualsTheMedianOfTheExpandedList() {
    var random = SeededGenerator(seed: 7)
    for _ in 0..<300 {
        let values = (0..<Int.random(in: 0...8, using: &random)).map { _ in
            (value: Double(Int.random(in: 0...20, using: &random)), count: Int.random(in: 0...5, using: &random))
        }
        let expanded = values.flatMap { Array(repeating: $0.value, count: $0.count) }
        #expect(EditionIntervals.median(values) == EditionIntervals.median(expanded))
    }
}

@Test func timelineCountsEditionsPerDistinctDateAndType() {
    var tally = OutputTally()
    for _ in 0..<1000 { tally.add(date: date("2018-01"), category: "roadmap", lead: nil) }
    for _ in 0..<3 { tally.add(date: date("2018-01"), category: "strategy", lead: nil) }
    tally.add(date: date("2007-05-31"), category: "strategy", lead: nil)
    tally.add(date: date("2018-01"), category: "report", lead: nil)
    #expect(tally.timeline == [
        .init(date: date("2007-05-31"), category: "strategy", count: 1),
        .init(date: date("2018-01"), category: "roadmap", count: 1000),
        .init(date: date("2018-01"), category: "strategy", count: 3),
    ])
    #expect(tally.intervalDateCounts == [DateCount(date: date("2018-01"), count: 1000)])
    #expect(tally.editionTotal == 1004 && tally.distinctEditionCount == 3)
    var merged = tally
    merged.merge(tally)
    #expect(merged.timeline.map(\.count) == [2, 2000, 6])
}

@Test func groupStatisticsListDistinctEditionsWithCounts() throws {
    var tally = OutputTally(ISECGFixture.outputs)
    for _ in 0..<5 { tally.add(date: date("2018-01"), category: "roadmap", lead: nil) }
    let stats = GroupStatistics(members: ISECGFixture.members, tally: tally, statements: ISECGFixture.totals, categories: outputTypes)
    #expect(stats.editions.count == 7)
    #expect(stats.editions.first { $0.date == date("2018-01") }?.count == 6)
    let intervals = try #require(stats.editionIntervals)
    #expect(intervals.count == 10 && intervals.editions == 11 && intervals.dates.count == 6)
    #expect(intervals.impreciseDates == 9)
    let roadmaps = ISECGFixture.outputs.filter { $0.category == "roadmap" }.map(\.date) + Array(repeating: date("2018-01"), count: 5)
    #expect(NaiveIntervals(intervals) == NaiveIntervals(dates: roadmaps, reportYear: 2024))
}
