import Testing
import StatisticsCore

@Test func exactDatesMatchOrDiffer() {
    let members = membersGrowing(from: 2010, counts: [3, 5])  // joins on 2010-06-01 and 2011-06-01
    let rows = Reconciliation.reconcile([
        CountStatement(date: date("2011-07-01"), reported: 5),
        CountStatement(date: date("2011-05-31"), reported: 5),
        CountStatement(date: date("2011-06-01"), reported: 4),
    ], members: members)
    #expect(rows.map(\.status) == [.discrepancy, .discrepancy, .match])
    #expect(rows[0].statement.date == date("2011-05-31") && rows[0].roster == 3 && rows[0].difference == 2)
    #expect(rows[1].statement.date == date("2011-06-01") && rows[1].roster == 5 && rows[1].difference == -1)
    #expect(rows[2].roster == 5 && rows[2].difference == 0)
}

@Test func impreciseDatesMakeARange() {
    let members = [
        MemberSpan(id: "A", group: "Europe", joined: date("2010-01-15")),
        MemberSpan(id: "B", group: "Europe", joined: date("2020")),
        MemberSpan(id: "C", group: "Europe", joined: date("2020-08")),
    ]
    // On 2020-08-15: A certainly, C possibly (August), B possibly (2020). Range 1...3.
    let day = Reconciliation.row(for: CountStatement(date: date("2020-08-15"), reported: 2), members: members)
    #expect(day.rosterLow == 1 && day.rosterHigh == 3 && day.roster == nil)
    #expect(day.status == .consistentWithinDatePrecision && day.difference == 0)
    // The statement itself known to the year: any day of 2020.
    let year = Reconciliation.row(for: CountStatement(date: date("2020"), reported: 4), members: members)
    #expect(year.rosterLow == 1 && year.rosterHigh == 3 && year.status == .discrepancy && year.difference == 1)
    // In 2021 everyone is certainly in.
    let after = Reconciliation.row(for: CountStatement(date: date("2021"), reported: 3), members: members)
    #expect(after.status == .match && after.roster == 3)
}

@Test func departureWithinTheStatementPeriodUsesTheExtremesOverItsDays() {
    let members = [
        MemberSpan(id: "A", group: "Europe", joined: date("2010-01-01"), left: date("2020-03-31")),
        MemberSpan(id: "B", group: "Europe", joined: date("2020-06-01")),
    ]
    // Any day of 2020 has one member (A until March, B from June) or none (April, May).
    let row = Reconciliation.row(for: CountStatement(date: date("2020"), reported: 2), members: members)
    #expect(row.rosterLow == 0 && row.rosterHigh == 1 && row.difference == 1 && row.status == .discrepancy)
}

@Test func statementBeforeTheRosterStarts() {
    let row = Reconciliation.row(for: CountStatement(date: date("2007-05-31"), reported: 14), members: ISECGFixture.members)
    #expect(row.status == .beforeRoster && row.difference == nil && row.roster == 0)
}

// Reference: an independent Python implementation over Datasets/*.csv (lowest = members whose join
// period ends by the statement's first day, highest = members whose join period begins by its last day;
// nobody has left, so that is the same range).
@Test func bundledISECGTotalsReconcile() {
    let rows = Reconciliation.reconcile(ISECGFixture.totals, members: ISECGFixture.members)
    let expected: [(String, Int, Int, Int, ReconciliationStatus)] = [
        ("2007-05-31", 14, 0, 0, .beforeRoster), ("2007-11-06", 14, 14, 14, .match),
        ("2009-12-02", 14, 14, 14, .match), ("2010-09-30", 14, 14, 14, .match),
        ("2015-10-05", 15, 15, 15, .match), ("2017-06-07", 15, 15, 15, .match),
        ("2017-10-16", 15, 15, 15, .match), ("2017-12", 15, 15, 15, .match),
        ("2018-02-02", 15, 15, 15, .match), ("2019", 20, 15, 20, .consistentWithinDatePrecision),
        ("2020", 22, 20, 26, .consistentWithinDatePrecision), ("2020", 22, 20, 26, .consistentWithinDatePrecision),
        ("2020", 24, 20, 26, .consistentWithinDatePrecision), ("2020-08", 22, 20, 26, .consistentWithinDatePrecision),
        ("2020-08-31", 24, 22, 26, .consistentWithinDatePrecision), ("2021", 26, 26, 27, .consistentWithinDatePrecision),
        ("2021", 27, 26, 27, .consistentWithinDatePrecision), ("2021", 27, 26, 27, .consistentWithinDatePrecision),
        ("2021-12-02", 27, 26, 27, .consistentWithinDatePrecision), ("2022", 27, 27, 27, .match),
        ("2023-12-07", 27, 27, 27, .match), ("2024-09-04", 27, 27, 27, .match),
    ]
    #expect(rows.count == expected.count)
    for (row, (text, reported, low, high, status)) in zip(rows, expected) {
        #expect(row.statement.date == date(text) && row.statement.reported == reported, "\(text)")
        #expect(row.rosterLow == low && row.rosterHigh == high && row.status == status, "\(text)")
    }
}
