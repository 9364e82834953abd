import Foundation
import PartialDates
import ReportBuilder
import StatisticsCore
import Testing

@Test func statsJSONHasEveryDocumentedPath() throws {
    let text = try StatsFixture.goldenDocument().jsonText()
    let json = try JSONSerialization.jsonObject(with: Data(text.utf8))
    let paths = [
        "reportYear", "firstYear", "definitions.yearEndMembers", "definitions.trend", "definitions.reconciliation",
        "membership.years[0].year", "membership.years[0].members", "membership.years[0].joined", "membership.years[0].left",
        "membership.years[0].net", "membership.years[0].growthPercent", "membership.cagrPercent",
        "membership.trend.slope", "membership.trend.intercept", "membership.trend.r2", "membership.trend.slopeStandardError",
        "membership.trend.interceptStandardError", "membership.trend.residualStandardError", "membership.trend.valueAtFirstYear",
        "membership.trend.method", "membership.trend.n", "membership.logLinearGrowthPercent", "membership.forecastMethod",
        "membership.forecast[0].year", "membership.forecast[0].value", "membership.forecast[0].lower",
        "membership.forecast[0].upper", "membership.forecast[0].interval", "membership.byRegion[0].region",
        "membership.byRegion[0].members", "membership.byRegion[0].sharePercent", "outputs.types",
        "outputs.years[0].year", "outputs.years[0].total", "outputs.years[0].byType", "outputs.years[0].cumulative",
        "outputs.roadmapIntervalDays.mean", "outputs.roadmapIntervalDays.median", "outputs.roadmapIntervalDays.count",
        "outputs.roadmapIntervalDays.impreciseDates", "outputs.roadmapIntervalDays.daysSinceLast",
        "outputs.roadmapIntervalDays.dates", "outputs.editions[0].date", "outputs.editions[0].type",
        "outputs.editions[0].count",
        "outputs.byLead[0].lead", "outputs.byLead[0].outputs", "outputs.perMemberYear", "correlation.pearson",
        "correlation.spearman", "correlation.n", "correlation.meaningful", "correlation.between",
        "reconciliation[0].date", "reconciliation[0].reported", "reconciliation[0].roster", "reconciliation[0].rosterLow",
        "reconciliation[0].rosterHigh", "reconciliation[0].difference", "reconciliation[0].status",
        "inputs[0].file", "inputs[0].sha256", "inputs[0].rows",
    ]
    for path in paths { #expect(StatsFixture.value(json, path) != nil, "missing \(path)") }
}

// Golden values: scipy 1.17.1 / numpy 2.4.6 for the series 3, 5, 8, 10, 12, 12, 13, 14, 14, 15 (2015–2024).
@Test func statsJSONKeepsFullPrecisionAndGoldenValues() throws {
    let document = StatsFixture.goldenDocument()
    let text = try document.jsonText()
    let json = try JSONSerialization.jsonObject(with: Data(text.utf8))
    func number(_ path: String) -> Double? { (StatsFixture.value(json, path) as? NSNumber)?.doubleValue }
    // Full precision: the shortest text that reads back as the same double.
    let cagr = try #require(document.membership.cagrPercent)
    #expect(text.contains("\"cagrPercent\" : \(cagr)"))
    #expect(abs(cagr - 19.581317450040192) < 1e-12)
    #expect(abs(number("membership.trend.slope")! - 1.2727272727272727) < 1e-12)
    #expect(abs(number("membership.trend.valueAtFirstYear")! - 4.8727272727273885) < 1e-9)
    #expect(abs(number("membership.trend.r2")! - 0.9005145797598625) < 1e-12)
    // The line's extrapolation keeps the old linear forecast's values (scipy t.ppf, numpy polyfit).
    #expect(abs(number("membership.trend.extrapolation[0].lower")! - 13.806173471668238) < 1e-9)
    #expect(abs(number("membership.trend.extrapolation[0].upper")! - 21.39382652833158) < 1e-9)
    #expect(StatsFixture.value(json, "membership.trend.extrapolation[0].interval") as? String == "95 % prediction interval")
    // The count forecast: joins 2016–2024 are 2, 3, 2, 2, 0, 1, 1, 0, 1 (mean 4/3, variance 1: not overdispersed),
    // so Poisson; 2025 = 15 + Poisson(4/3): mean 16.3333…, scipy.stats.poisson.ppf(0.025, 4/3) = 0, ppf(0.975) = 4.
    #expect(StatsFixture.value(json, "membership.forecastMethod.joins.model") as? String == "Poisson")
    #expect(StatsFixture.value(json, "membership.forecastMethod.departures") is NSNull)
    #expect(abs(number("membership.forecast[0].value")! - (15 + 4.0 / 3)) < 1e-12)
    #expect(number("membership.forecast[0].lower") == 15 && number("membership.forecast[0].upper") == 19)
    #expect(StatsFixture.value(json, "membership.forecast[0].interval") as? String == "95 % predictive interval")
    #expect(number("membership.forecastMethod.floor") == 15)
    // Editions only: the 2020-08 supplement is listed beside the two roadmap editions, never counted.
    #expect(number("outputs.roadmapIntervalDays.count") == 1 && number("outputs.roadmapIntervalDays.editions") == 2)
    #expect(StatsFixture.value(json, "outputs.supplements[0].date") as? String == "2020-08")
    #expect(number("correlation.changes.n") == 9)
    #expect(number("reconciliationSummary.beforeRoster") == 1 && number("reconciliationSummary.total") == 4)
    let byType = try #require(StatsFixture.value(json, "outputs.years[0].byType") as? [String: Any])
    #expect(Set(byType.keys) == Set(StatsDocument.outputTypes))
    #expect(StatsFixture.value(json, "reconciliation[0].status") as? String == "before roster")
    #expect(StatsFixture.value(json, "reconciliation[2].status") as? String == "consistent within date precision")
    #expect(StatsFixture.value(json, "reconciliation[3].difference") as? Int == 1)
}

@Test func statsJSONWritesNullWhereNotAvailable() throws {
    let text = try StatsFixture.membersOnlyDocument().jsonText()
    let json = try JSONSerialization.jsonObject(with: Data(text.utf8))
    for path in ["membership.cagrPercent", "membership.years[0].growthPercent", "membership.trend.slope",
                 "membership.trend.r2", "membership.logLinearGrowthPercent", "outputs.roadmapIntervalDays.mean",
                 "outputs.roadmapIntervalDays.median", "outputs.roadmapIntervalDays.daysSinceLast",
                 "correlation.pearson", "correlation.spearman"] {
        #expect(StatsFixture.value(json, path) is NSNull, "\(path) should be null")
    }
    #expect(text.contains("\"cagrPercent\" : null"))
    #expect(StatsFixture.value(json, "correlation.meaningful") as? Bool == false)
    #expect((StatsFixture.value(json, "membership.forecast") as? [Any])?.isEmpty == true)
    #expect((StatsFixture.value(json, "reconciliation") as? [Any])?.isEmpty == true)
}

@Test func statsJSONIsDeterministic() throws {
    #expect(try StatsFixture.goldenDocument().jsonText() == StatsFixture.goldenDocument().jsonText())
}

@Test func editionsAreDistinctDatesAndTypesWithCounts() throws {
    let day = StatsFixture.day
    var tally = OutputTally()
    for _ in 0..<4 { tally.add(date: day("2019-05"), category: "roadmap", lead: nil) }
    tally.add(date: day("2019-05"), category: "strategy", lead: nil)
    tally.add(date: day("2017"), category: "roadmap", lead: nil)
    let members = [MemberSpan(id: "A", group: "Europe", joined: day("2016"))]
    let document = StatsDocument(statistics: GroupStatistics(members: members, tally: tally, categories: StatsDocument.outputTypes),
                                 inputs: [])
    let json = try JSONSerialization.jsonObject(with: Data(try document.jsonText().utf8))
    let editions = try #require(StatsFixture.value(json, "outputs.editions") as? [[String: Any]])
    #expect(editions.map { $0["date"] as? String } == ["2017", "2019-05", "2019-05"])
    #expect(editions.map { $0["type"] as? String } == ["roadmap", "roadmap", "strategy"])
    #expect(editions.map { $0["count"] as? Int } == [1, 4, 1])
    #expect(StatsFixture.value(json, "outputs.roadmapIntervalDays.dates") as? [String] == ["2017", "2019-05"])
    #expect(StatsFixture.value(json, "outputs.roadmapIntervalDays.count") as? Int == 4)
    #expect(StatsFixture.value(json, "outputs.roadmapIntervalDays.median") as? Double == 0)
    let csv = document.csvText()
    #expect(csv.contains("outputs.editions,roadmap,2019-05,type,roadmap\noutputs.editions,roadmap,2019-05,count,4\n"))
    #expect(csv.contains("outputs.editions,strategy,2019-05,count,1\n"))
}

/// Thousands of distinct edition dates: the lists hold the latest `listLimit`, the counts stay whole.
@Test func longEditionListsAreCutToTheLatestWithFullCounts() throws {
    // One roadmap a day for 2,500 days, a strategy on each tenth day and a supplement on each hundredth.
    var events: [OutputEvent] = []
    for day in 0..<2_500 {
        let date = DayNumber(daysSince1970: 20_000 + day).date
        events.append(OutputEvent(date: date, category: "roadmap"))
        if day % 10 == 0 { events.append(OutputEvent(date: date, category: "strategy")) }
    }
    let tally = OutputTally(events, intervalCategories: ["roadmap"], editionCategories: ["strategy", "roadmap", "supplement"])
    let members = [MemberSpan(id: "A", group: "Europe", joined: StatsFixture.day("2024-01-01"))]
    let statistics = GroupStatistics(members: members, tally: tally, categories: StatsDocument.outputTypes)
    let document = StatsDocument(statistics: statistics, inputs: [])
    let json = try JSONSerialization.jsonObject(with: Data(try document.jsonText().utf8))
    let limit = StatsDocument.Outputs.listLimit
    #expect((StatsFixture.value(json, "outputs.roadmapIntervalDays.dates") as? [Any])?.count == limit)
    #expect((StatsFixture.value(json, "outputs.roadmapIntervalDays.intervals") as? [Any])?.count == limit)
    #expect((StatsFixture.value(json, "outputs.editions") as? [Any])?.count == limit)
    #expect(StatsFixture.value(json, "outputs.roadmapIntervalDays.editions") as? Int == 2_500)
    #expect(StatsFixture.value(json, "outputs.roadmapIntervalDays.count") as? Int == 2_499)
    // The latest are kept: the last listed interval ends on the last day.
    let last = try #require((StatsFixture.value(json, "outputs.roadmapIntervalDays.intervals") as? [[String: Any]])?.last)
    #expect(last["to"] as? String == DayNumber(daysSince1970: 22_499).description)
    let csvEditions = document.csvText().split(separator: "\n").filter { $0.hasPrefix("outputs.editions,") }
    #expect(csvEditions.count == 2 * limit, "two rows per listed edition")
}

/// The roster is listed up to `rosterLimit` members and written as null above it (not recorded).
@Test func aRosterAboveTheLimitIsNotRecorded() throws {
    var document = StatsFixture.goldenDocument()
    let entry = StatsDocument.RosterEntry(acronym: "A", joined: StatsFixture.day("2020-01-01"), left: nil)
    document.roster = Array(repeating: entry, count: StatsDocument.rosterLimit)
    let listed = try JSONSerialization.jsonObject(with: Data(try document.jsonText().utf8)) as? [String: Any]
    #expect((listed?["roster"] as? [Any])?.count == StatsDocument.rosterLimit)
    document.roster.append(entry)
    let text = try document.jsonText()
    let cut = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    #expect(cut?["roster"] is NSNull)
    #expect(text.utf8.count < 20_000, "\(text.utf8.count) bytes")
}
