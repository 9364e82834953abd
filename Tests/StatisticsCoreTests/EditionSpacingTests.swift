import PartialDates
import StatisticsCore
import Testing

// References: Python's datetime (date.toordinal) over the ISECG roadmap editions after the 2026-12-02
// re-typing: GER 2011-09-22, 2013-08-20, 2018-01, 2024-08; supplements 2020-08 and 2022. A month's middle is
// (first + last day) / 2: 2018-01 → 16 Jan, 2024-08 → 16 Aug.
@Test func roadmapSpacingCountsEditionsOnlyWithMiddlesAndRanges() throws {
    let editions = ["2011-09-22", "2013-08-20", "2018-01", "2024-08"].map { DateCount(date: date($0)) }
    let supplements = ["2022", "2020-08"].map { DateCount(date: date($0)) }
    let spacing = EditionSpacing(editions: editions, supplements: supplements, reportYear: 2024)
    #expect(spacing.editionCount == 4 && spacing.supplementCount == 2 && spacing.intervalCount == 3)
    #expect(spacing.supplements.map(\.date) == [date("2020-08"), date("2022")])
    #expect(spacing.intervals.map(\.days) == [698, 1610, 2404])
    #expect(spacing.intervals.map(\.shortest) == [698, 1595, 2374])
    #expect(spacing.intervals.map(\.longest) == [698, 1625, 2434])
    #expect(close(spacing.meanDays, 1570.6666666666667, 1e-9))
    #expect(spacing.medianDays == 1610)
    #expect(spacing.impreciseEditions == 2)
    #expect(spacing.daysSinceLast == 137 && spacing.daysSinceLastRange == 122...152)
}

@Test func sharedDatesGiveZeroIntervalsAndTheReportYearCutsOff() throws {
    let spacing = EditionSpacing(editions: [DateCount(date: date("2020"), count: 3), DateCount(date: date("2021-03-01")),
                                            DateCount(date: date("2026-01-01"))], reportYear: 2021)
    #expect(spacing.editionCount == 4 && spacing.intervalCount == 3)
    // Three editions in 2020: two zero intervals at the middle, each up to 365 days long (2020 is a leap year).
    #expect(spacing.intervals[0].count == 2 && spacing.intervals[0].days == 0 && spacing.intervals[0].longest == 365)
    // 2020's middle is 2 July at noon (day 182.5 of 0…365); to 2021-03-01 (day 425): 242.5 days.
    #expect(spacing.intervals[1].days == 242.5 && spacing.intervals[1].shortest == 60 && spacing.intervals[1].longest == 425)
    #expect(close(spacing.meanDays, 242.5 / 3, 1e-12) && spacing.medianDays == 0)
    #expect(spacing.daysSinceLast == 305 && spacing.daysSinceLastRange == 305...305)
}

@Test func noEditionMeansNoIntervalAndOneEditionNoMean() {
    let none = EditionSpacing(editions: [], supplements: [DateCount(date: date("2020"))], reportYear: 2024)
    #expect(none.meanDays == nil && none.medianDays == nil && none.daysSinceLast == nil && none.supplementCount == 1)
    let one = EditionSpacing(editions: [DateCount(date: date("2024-12-31"))], reportYear: 2024)
    #expect(one.intervalCount == 0 && one.meanDays == nil && one.daysSinceLast == 0 && one.daysSinceLastRange == 0...0)
}

@Test func nestedPeriodsAreOrderedByTheirMiddles() {
    // 2020-05's middle (16 May, day 136 of 2020) comes before 2020's (2 July at noon, day 182.5).
    let spacing = EditionSpacing(editions: [DateCount(date: date("2020")), DateCount(date: date("2020-05"))], reportYear: 2020)
    let interval = spacing.intervals[0]
    #expect(interval.from == date("2020-05") && interval.to == date("2020") && interval.days == 46.5)
    #expect(interval.shortest == 0 && interval.longest == 244)
    #expect(spacing.daysSinceLast == 182.5 && spacing.daysSinceLastRange == 0...365)
}
