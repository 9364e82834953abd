import Testing
import StatisticsCore

@Test func goldenSeriesYearEndCountsAndGrowth() {
    let members = membersGrowing(from: 2015, counts: [3, 5, 8, 10, 12, 12, 13, 14, 14, 15])
    let years = YearEndMembership.years(2015...2024, members: members)
    #expect(years.map(\.members) == [3, 5, 8, 10, 12, 12, 13, 14, 14, 15])
    #expect(years.map(\.joined) == [3, 2, 3, 2, 2, 0, 1, 1, 0, 1])
    #expect(years.map(\.net) == [3, 2, 3, 2, 2, 0, 1, 1, 0, 1])
    #expect(years[0].growthPercent == nil, "the base before the first year is 0")
    #expect(close(years[1].growthPercent, 200.0 / 3))
    #expect(years[5].growthPercent == 0)
}

@Test func memberThatLeavesCountsUntilItsLeavingDay() {
    let members = [
        MemberSpan(id: "A", group: "Europe", joined: date("2010-03-01")),
        MemberSpan(id: "B", group: "Europe", joined: date("2010-03-01"), left: date("2012-12-31")),
        MemberSpan(id: "C", group: "Africa", joined: date("2010-03-01"), left: date("2013-06-30")),
    ]
    let years = YearEndMembership.years(2010...2014, members: members)
    // B left on 31 December 2012, so it is still in at the end of 2012 (left ≥ Y-12-31); C leaves in 2013.
    #expect(years.map(\.members) == [3, 3, 3, 1, 1])
    #expect(years.map(\.left) == [0, 0, 1, 1, 0])
    #expect(years.map(\.net) == [3, 0, 0, -2, 0])
    #expect(close(years[3].growthPercent, -200.0 / 3))
}

@Test func partialDatesCompareAtTheirFirstDay() {
    let members = [
        MemberSpan(id: "Y", group: "Europe", joined: date("2019")),
        MemberSpan(id: "M", group: "Europe", joined: date("2019-12")),
        // Left "2021" compares as 2021-01-01 < 2021-12-31: not in at the end of 2021.
        MemberSpan(id: "L", group: "Europe", joined: date("2019-05"), left: date("2021")),
    ]
    #expect(YearEndMembership.years(2019...2021, members: members).map(\.members) == [3, 3, 2])
}
