import Testing
import StatisticsCore

let outputTypes = ["strategy", "roadmap", "report", "white-paper", "assessment", "workshop", "meeting", "statement"]

// References: an independent Python (numpy 2.4.6, scipy 1.17.1) computation over Datasets/*.csv:
// year-end counts by the definition, linregress, pearsonr, spearmanr, roadmap intervals by first days.
@Test func bundledISECGDatasetAsPlainValues() throws {
    let stats = GroupStatistics(members: ISECGFixture.members, tally: OutputTally(ISECGFixture.outputs),
                                statements: ISECGFixture.totals, categories: outputTypes)
    #expect(stats.reportYear == 2024 && stats.firstYear == 2007)
    #expect(stats.membership.map(\.members) == Array(repeating: 14, count: 8) + [15, 15, 15, 15, 20, 26, 27, 27, 27, 27])
    #expect(close(stats.cagrPercent, 3.939009122212944, 1e-9))
    let trend = try #require(stats.trend)
    #expect(close(trend.slope, 0.9143446852425181, 1e-12) && close(trend.r2, 0.7288069292406877, 1e-12))
    #expect(close(stats.logLinearGrowthPercent, 4.796699204227561, 1e-9))
    #expect(stats.forecast.map(\.year) == Array(2025...2029))
    #expect(close(stats.forecast[0].value, 26.797385620915065, 1e-8))
    #expect(close(stats.forecast[0].lower, 19.546727340434522, 1e-8) && close(stats.forecast[0].upper, 34.04804390139561, 1e-8))
    #expect(stats.byGroup.map(\.group) == ["Europe", "Asia-Pacific", "Latin America", "North America", "Eurasia", "Middle East"])
    #expect(stats.byGroup.map(\.members) == [12, 9, 2, 2, 1, 1])
    #expect(close(stats.byGroup.reduce(0) { $0 + $1.sharePercent }, 100, 1e-9))
    #expect(stats.outputs.map(\.total) == [3, 2, 4, 3, 4, 2, 3, 3, 2, 4, 3, 2, 2, 3, 2, 1, 1, 2])
    #expect(stats.outputs.last?.cumulative == 46)
    #expect(stats.outputs.allSatisfy { Set($0.byCategory.keys) == Set(outputTypes) })
    let intervals = try #require(stats.editionIntervals)
    #expect(intervals.count == 5 && intervals.mean == 939.4 && intervals.median == 943)
    #expect(intervals.impreciseDates == 4 && intervals.daysSinceLast == 152)
    #expect(stats.byLead.map(\.lead) == ["NASA", "ESA", "JAXA", "CSA", "DLR", "KARI"])
    #expect(close(stats.outputsPerMemberYear, 46.0 / 326, 1e-12))
    #expect(stats.correlation.n == 18 && stats.correlation.meaningful)
    #expect(close(stats.correlation.pearson, -0.5816065955340869, 1e-12))
    #expect(close(stats.correlation.spearman, -0.5897645907849027, 1e-12))
    #expect(stats.reconciliation.count == 22)
}

@Test func explicitReportYearLimitsTheRange() {
    let stats = GroupStatistics(members: ISECGFixture.members, tally: OutputTally(ISECGFixture.outputs),
                                statements: ISECGFixture.totals, reportYear: 2015, categories: outputTypes)
    #expect(stats.membership.map(\.year) == Array(2007...2015))
    #expect(stats.forecast.first?.year == 2016)
    #expect(stats.reconciliation.last?.statement.date == date("2015-10-05"))
    #expect(stats.editionIntervals?.count == 1 && stats.editionIntervals?.daysSinceLast == 863)
    #expect(stats.byLead.reduce(0) { $0 + $1.outputs } == 12)
}

@Test func reportYearDefaultsToLatestJoinOutputOrCountNotLeft() {
    let members = [
        MemberSpan(id: "A", group: "Europe", joined: date("2018-03-01"), left: date("2030")),
        MemberSpan(id: "B", group: "Europe", joined: date("2019")),
    ]
    #expect(ReportYear.resolve(explicit: nil, members: members, latestOutputYear: nil, statements: []) == 2019)
    #expect(ReportYear.resolve(explicit: nil, members: members, latestOutputYear: 2021, statements: []) == 2021)
    #expect(ReportYear.resolve(explicit: nil, members: members, latestOutputYear: nil,
                               statements: [CountStatement(date: date("2022-05"), reported: 2)]) == 2022)
    #expect(ReportYear.resolve(explicit: 2010, members: members, latestOutputYear: 2021, statements: []) == 2010)
    #expect(ReportYear.range(members: members, reportYear: 2017) == nil)
    #expect(ReportYear.range(members: members, reportYear: 2020) == 2018...2020)
}

@Test func membersOnlyDirectoryHasEmptyOutputStatistics() {
    let members = membersGrowing(from: 2018, counts: [2, 4, 5])
    let stats = GroupStatistics(members: members, categories: outputTypes)
    #expect(stats.reportYear == 2020 && stats.membership.map(\.members) == [2, 4, 5])
    #expect(stats.outputs.map(\.total) == [0, 0, 0] && stats.outputs[0].byCategory.count == 8)
    #expect(stats.byLead.isEmpty && stats.outputsPerMemberYear == 0)
    #expect(!stats.correlation.meaningful && stats.correlation.pearson == nil && stats.correlation.n == 3)
    #expect(stats.reconciliation.isEmpty)
    #expect(stats.editionIntervals?.count == 0 && stats.editionIntervals?.daysSinceLast == nil)
}

@Test func singleYearGroup() {
    let stats = GroupStatistics(members: membersGrowing(from: 2024, counts: [3]))
    #expect(stats.membership.count == 1 && stats.cagrPercent == nil && stats.trend == nil)
    #expect(stats.logLinearGrowthPercent == nil && stats.forecast.isEmpty)
    #expect(!stats.correlation.meaningful && stats.correlation.n == 1)
}

@Test func zeroBaseYearHasNoGrowthOrLogLinearRate() {
    // The only founder leaves on 2019-06-30; the group is empty at the end of 2019, then grows again.
    let members = [
        MemberSpan(id: "F", group: "Europe", joined: date("2018-01-10"), left: date("2019-06-30")),
        MemberSpan(id: "G", group: "Europe", joined: date("2020-02")),
        MemberSpan(id: "H", group: "Africa", joined: date("2020-04-01")),
    ]
    let stats = GroupStatistics(members: members)
    #expect(stats.membership.map(\.members) == [1, 0, 2])
    #expect(stats.membership.map(\.growthPercent) == [nil, -100, nil])
    #expect(close(stats.cagrPercent, (2.0.squareRoot() - 1) * 100, 1e-12))
    #expect(stats.logLinearGrowthPercent == nil)
}

// A group other than ISECG: Artemis-Accords-like signatories (dates written for the test, signatories
// of 2020-10-13 and after), regions not including Europe first.
@Test func anotherGroupArtemisLike() throws {
    let members = [
        ("US", "North America", "2020-10-13"), ("AU", "Asia-Pacific", "2020-10-13"), ("CA", "North America", "2020-10-13"),
        ("JP", "Asia-Pacific", "2020-10-13"), ("LU", "Europe", "2020-10-13"), ("IT", "Europe", "2020-10-13"),
        ("GB", "Europe", "2020-10-13"), ("AE", "Middle East", "2020-10-13"), ("UA", "Europe", "2020-11"),
        ("KR", "Asia-Pacific", "2021-05-24"), ("NZ", "Asia-Pacific", "2021-05"), ("BR", "Latin America", "2021-06-14"),
        ("PL", "Europe", "2021-10"), ("MX", "Latin America", "2021-12-09"), ("IL", "Middle East", "2022-01-26"),
        ("RO", "Europe", "2022-03"), ("BH", "Middle East", "2022"), ("SG", "Asia-Pacific", "2022"),
        ("CO", "Latin America", "2022-05"), ("FR", "Europe", "2022-06-07"), ("SA", "Middle East", "2022-07"),
        ("RW", "Africa", "2022-12"), ("NG", "Africa", "2022-12"),
    ].map { MemberSpan(id: $0.0, group: $0.1, joined: date($0.2)) }
    let stats = GroupStatistics(members: members, tally: OutputTally([
        OutputEvent(date: date("2021"), category: "statement", lead: "US"),
        OutputEvent(date: date("2022-09"), category: "workshop", lead: "AE"),
    ]), statements: [CountStatement(date: date("2022-12"), reported: 23)], categories: outputTypes)
    #expect(stats.firstYear == 2020 && stats.reportYear == 2022)
    #expect(stats.membership.map(\.members) == [9, 14, 23])
    // Reference: (23/9)^(1/2) − 1 (numpy).
    #expect(close(stats.cagrPercent, 59.86105077709065, 1e-9))
    #expect(stats.byGroup.first?.group == "Europe" && stats.byGroup.first?.members == 7)
    #expect(stats.reconciliation.first?.status == .consistentWithinDatePrecision)
    #expect(stats.correlation.n == 3 && stats.correlation.meaningful)
}

@Test func twoYearGroupHasATrendButNoIntervalOrCorrelation() throws {
    let stats = GroupStatistics(members: membersGrowing(from: 2023, counts: [4, 6]),
                                tally: OutputTally([OutputEvent(date: date("2024-03"), category: "meeting")]))
    let trend = try #require(stats.trend)
    #expect(trend.slope == 2 && trend.slopeStandardError == nil)
    #expect(close(stats.cagrPercent, 50, 1e-12))
    #expect(stats.forecast.count == 5 && stats.forecast[0].value == 8 && stats.forecast[0].lower == nil)
    #expect(!stats.correlation.meaningful && stats.correlation.n == 2)
    #expect(stats.outputs.map(\.total) == [0, 1])
}
