import Testing
import StatisticsCore

@Test func tallyCountsByYearCategoryAndLeadAndKeepsEditions() {
    var tally = OutputTally()
    tally.add(date: date("2011-09-22"), category: "roadmap", lead: nil)
    tally.add(date: date("2011"), category: "report", lead: "NASA")
    tally.add(date: date("2013-08"), category: "roadmap", lead: "")
    tally.add(date: date("2007-05-31"), category: "strategy", lead: "NASA")
    #expect(tally.total == 4 && tally.firstYear == 2007 && tally.lastYear == 2013)
    #expect(tally.countsByYearAndCategory[.init(year: 2011, name: "roadmap")] == 1)
    #expect(tally.countsByYearAndLead.count == 2, "an empty lead is no lead")
    #expect(tally.intervalDateCounts == [DateCount(date: date("2011-09-22")), DateCount(date: date("2013-08"))])
    #expect(tally.timeline.map(\.category) == ["strategy", "roadmap", "roadmap"])
    #expect(tally.timeline.allSatisfy { $0.count == 1 } && tally.editionTotal == 3)
    #expect(tally.categories == ["report", "roadmap", "strategy"])
}

@Test func tallyFromArrayEqualsMergedPartialTallies() {
    let events = ISECGFixture.outputs
    let whole = OutputTally(events)
    var merged = OutputTally(events.prefix(20))
    merged.merge(OutputTally(events.dropFirst(20)))
    #expect(whole.total == 46 && merged.total == 46)
    #expect(whole.countsByYearAndCategory == merged.countsByYearAndCategory)
    #expect(whole.countsByYearAndLead == merged.countsByYearAndLead)
    #expect(whole.intervalDateCounts == merged.intervalDateCounts)
    #expect(whole.timeline == merged.timeline && whole.timeline.count == 7)
}

@Test func outputsByYearFillEmptyYearsAndEveryCategory() {
    let tally = OutputTally([
        OutputEvent(date: date("2020-02"), category: "meeting"),
        OutputEvent(date: date("2022"), category: "meeting"),
        OutputEvent(date: date("2022-03-01"), category: "report"),
        OutputEvent(date: date("2030"), category: "report"),  // after the range: not counted
    ])
    let years = OutputsByYear.years(2019...2022, tally: tally, categories: ["strategy", "meeting"])
    #expect(years.map(\.total) == [0, 1, 0, 2])
    #expect(years.map(\.cumulative) == [0, 1, 1, 3])
    #expect(years[0].byCategory == ["strategy": 0, "meeting": 0, "report": 0])
    #expect(years[3].byCategory == ["strategy": 0, "meeting": 1, "report": 1])
}

@Test func editionIntervalsUseFirstDaysAndCountImpreciseDates() {
    let intervals = EditionIntervals(dates: [date("2011-09-22"), date("2013-08-20"), date("2018-01")], reportYear: 2018)
    #expect(intervals.count == 2 && intervals.impreciseDates == 1)
    #expect(intervals.mean == (698.0 + 1595) / 2 && intervals.median == (698.0 + 1595) / 2)
    #expect(intervals.daysSinceLast == 364)
    let none = EditionIntervals(dates: [], reportYear: 2018)
    #expect(none.count == 0 && none.mean == nil && none.median == nil && none.daysSinceLast == nil)
}

@Test func leadsSortedByCountThenName() {
    let tally = OutputTally(["B", "A", "B", "C", "A", "D"].map { OutputEvent(date: date("2020"), category: "meeting", lead: $0) })
    let leads = LeadCounts.perLead(2020...2020, tally: tally)
    #expect(leads.map(\.lead) == ["A", "B", "C", "D"] && leads.map(\.outputs) == [2, 2, 1, 1])
}

@Test func tallyStreamsManyRows() {
    let categories = ["strategy", "roadmap", "report", "white-paper", "assessment", "workshop", "meeting", "statement"]
    let leads: [String?] = ["NASA", nil, "ESA", "JAXA", nil]
    let dates = (2000...2024).map { date("\($0)-06") }
    var tally = OutputTally()
    for index in 0..<300_000 {
        tally.add(date: dates[index % dates.count], category: categories[index % categories.count], lead: leads[index % leads.count])
    }
    #expect(tally.total == 300_000)
    #expect(tally.countsByYearAndCategory.count == 25 * 8)
    #expect(tally.countsByYearAndLead.values.reduce(0, +) == 180_000)
    #expect(tally.intervalDateCounts.count == 25 && tally.intervalDateCounts.allSatisfy { $0.count == 1500 })
    #expect(tally.editionTotal == 75_000 && tally.distinctEditionCount == 50)
}
