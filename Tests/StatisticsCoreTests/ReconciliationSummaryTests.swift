import StatisticsCore
import Testing

@Test func isecgReconciliationCountsEachCategorySeparately() {
    let rows = Reconciliation.reconcile(ISECGFixture.totals, members: ISECGFixture.members, reportYear: 2024)
    let summary = ReconciliationSummary(rows)
    #expect(summary.total == 22 && summary.beforeRoster == 1 && summary.compared == 21)
    #expect(summary.differing == 0 && summary.noneDiffers)
    #expect(summary.exactMatches + summary.consistentWithinDatePrecision == 21)
    #expect(summary.exactMatches == rows.count { $0.status == .match && $0.rosterLow == $0.rosterHigh })
}

@Test func reconciliationSummaryCountsADifferingTotal() {
    let members = membersGrowing(from: 2010, counts: [3, 3, 5])
    let statements = [CountStatement(date: date("2009"), reported: 3), CountStatement(date: date("2010-12-31"), reported: 3),
                      CountStatement(date: date("2012"), reported: 4), CountStatement(date: date("2012-12-31"), reported: 9)]
    let summary = ReconciliationSummary(Reconciliation.reconcile(statements, members: members))
    #expect(summary.total == 4 && summary.beforeRoster == 1 && summary.exactMatches == 1)
    #expect(summary.consistentWithinDatePrecision == 1 && summary.differing == 1 && !summary.noneDiffers)
    #expect(ReconciliationSummary([]).total == 0 && ReconciliationSummary([]).noneDiffers)
}
