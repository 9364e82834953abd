import Testing
import StatisticsCore

// References: scipy 1.17.1 `pearsonr`, `spearmanr` and `rankdata` (method "average").
@Test func pearsonAndSpearmanMatchScipy() {
    let result = Correlation.between(goldenYears.map(Double.init), goldenCounts)
    #expect(result.meaningful && result.n == 10)
    #expect(close(result.pearson, 0.9489544666420313, 1e-12))
    #expect(close(result.spearman, 0.9939209163101398, 1e-12))
}

@Test func spearmanUsesAverageRanksForTies() {
    #expect(Correlation.averageRanks([3, 1, 4, 1, 5, 9, 2, 6, 5]) == [4, 1.5, 5, 1.5, 6.5, 9, 3, 8, 6.5])
    let result = Correlation.between([1, 2, 2, 3, 4], [2, 1, 3, 3, 5])
    #expect(close(result.spearman, 0.7631578947368421, 1e-12))
    #expect(close(result.pearson, 0.7982717345852615, 1e-12))
}

@Test func correlationIsNotMeaningfulForFewPointsOrAConstant() {
    let two = Correlation.between([1, 2], [3, 4])
    #expect(!two.meaningful && two.pearson == nil && two.spearman == nil && two.n == 2)
    let constant = Correlation.between([1, 2, 3, 4], [0, 0, 0, 0])
    #expect(!constant.meaningful && constant.pearson == nil && constant.n == 4)
}
