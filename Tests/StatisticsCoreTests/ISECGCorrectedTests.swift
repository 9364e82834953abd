import PartialDates
import StatisticsCore
import Testing

/// The bundled ISECG data as corrected on 2026-12-02: ISECGFixture with the GER 2020 and 2022 supplements
/// re-typed `supplement` (the other corrections, to notes, names and leads, change no statistic).
enum ISECGCorrected {
    static let outputs: [OutputEvent] = ISECGFixture.outputs.map { event in
        var event = event
        if event.category == "roadmap", event.date == date("2020-08") || event.date == date("2022") { event.category = "supplement" }
        return event
    }
    static let tally = OutputTally(outputs, intervalCategories: ["roadmap"], editionCategories: ["strategy", "roadmap", "supplement"])
}

@Test func isecgHeadlineNumbersFromTheNewAPIs() throws {
    let years = YearEndMembership.years(2007...2024, members: ISECGFixture.members)
    // The forecast: negative binomial joins 2008–2024, starting at 27, never below it.
    let forecast = CountForecast.make(membership: years)
    let method = try #require(forecast.method)
    #expect(method.joins.model == .negativeBinomial && method.departures == nil && method.floor == 27)
    let last = try #require(forecast.entries.last)
    #expect(last.year == 2029 && last.lower == 27 && last.upper == 44)
    #expect(close(forecast.entries.last?.value, 30.8235294117647, 1e-10))

    // Editions only: four, every ~1,571 days (middles of imprecise periods); two supplements beside them.
    let supplements = ISECGCorrected.tally.timeline.filter { $0.category == "supplement" }.map { DateCount(date: $0.date, count: $0.count) }
    let spacing = EditionSpacing(editions: ISECGCorrected.tally.intervalDateCounts, supplements: supplements, reportYear: 2024)
    #expect(spacing.editionCount == 4 && spacing.supplementCount == 2 && spacing.medianDays == 1610)
    #expect(spacing.daysSinceLast == 137 && spacing.daysSinceLastRange == 122...152)
    // The existing API over the corrected tally covers the 4 editions too (first days: 1,566 on average).
    let intervals = EditionIntervals(dateCounts: ISECGCorrected.tally.intervalDateCounts, reportYear: 2024)
    #expect(intervals.editions == 4 && close(intervals.mean, 4697.0 / 3, 1e-9))

    // Correlation: the levels' −0.58 does not survive in the changes.
    let outputs = OutputsByYear.years(2007...2024, tally: ISECGCorrected.tally, categories: [])
    let correlation = ChangeCorrelation(years.map { Double($0.members) }, outputs.map { Double($0.total) })
    #expect(correlation.verdict == .trendOnly && correlation.changes.n == 17)

    // Reconciliation: none of 22 differs — 11 exact, 10 within date precision, 1 before the roster.
    let summary = ReconciliationSummary(Reconciliation.reconcile(ISECGFixture.totals, members: ISECGFixture.members, reportYear: 2024))
    #expect((summary.exactMatches, summary.consistentWithinDatePrecision, summary.differing, summary.beforeRoster) == (11, 10, 0, 1))
}
