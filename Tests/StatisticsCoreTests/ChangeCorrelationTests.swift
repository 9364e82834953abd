import StatisticsCore
import Testing

// References: scipy 1.17.1 (numpy 2.4.6) over ISECG's year-end members 2007–2024 and outputs per year
// (Datasets/outputs.csv): stats.pearsonr / stats.spearmanr on the levels and on np.diff of both.
let isecgOutputsPerYear: [Double] = [3, 2, 4, 3, 4, 2, 3, 3, 2, 4, 3, 2, 2, 3, 2, 1, 1, 2]

@Test func isecgLevelsCorrelateButChangesDoNot() {
    let result = ChangeCorrelation(isecgYearEnd, isecgOutputsPerYear)
    #expect(close(result.levels.pearson, -0.5816065955340869, 1e-12))
    #expect(close(result.levels.spearman, -0.5897645907849027, 1e-12))
    #expect(result.changes.n == 17 && result.levels.n == 18)
    #expect(close(result.changes.pearson, 0.136568156368123, 1e-12))
    #expect(close(result.changes.spearman, -0.0207021208144807, 1e-12))
    #expect(close(result.changesPValue, 0.601214626249166, 1e-9))
    #expect(result.verdict == .trendOnly)
}

@Test func verdictNeedsLevelsAndChangesToAgree() {
    // y follows x's every move: levels and changes agree (positive); negated, negative.
    let x: [Double] = [1, 3, 2, 6, 5, 9, 8, 12, 10, 15]
    #expect(ChangeCorrelation(x, x.map { 2 * $0 + 1 }).verdict == .positive)
    #expect(ChangeCorrelation(x, x.map { 40 - $0 }).verdict == .negative)
    // Too few years, or a constant series.
    #expect(ChangeCorrelation([1, 2], [3, 4]).verdict == .notMeaningful)
    #expect(ChangeCorrelation([1, 2, 3, 4], [5, 5, 5, 5]).verdict == .notMeaningful)
    // Three years: levels meaningful, two changes are not: a trend only, never a relation.
    #expect(ChangeCorrelation([1, 2, 3], [2, 4, 7]).verdict == .trendOnly)
    // Unrelated noise around no trend.
    #expect(ChangeCorrelation([1, 2, 1, 2, 1, 2, 1, 2], [3, 3, 4, 4, 3, 3, 4, 4]).verdict == .none)
    #expect(ChangeCorrelation.differences([1, 4, 9]) == [3, 5])
}
