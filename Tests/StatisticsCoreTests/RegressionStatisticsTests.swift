import StatisticsCore
import Testing

/// Regressions found by the property tests and the fuzzer (docs/robustness.md lists each finding).
@Suite("Regressions: statistics")
struct RegressionStatisticsTests {
    /// Property finding: Pearson's r of a series with huge values (squared deviations overflow to infinity)
    /// was 0, and with tiny ones (they underflow to 0) nil, instead of 1 for a series with itself.
    @Test func pearsonSurvivesHugeAndTinyMagnitudes() throws {
        for scale in [1e200, 1e-200, 1e300, 1e-300] {
            let x = [1.0, 2.0, 4.0, 3.0].map { $0 * scale }
            #expect(abs(try #require(Correlation.pearson(x, x)) - 1) < 1e-12, "scale \(scale)")
            #expect(abs(try #require(Correlation.pearson(x, x.map { -$0 })) + 1) < 1e-12, "scale \(scale)")
            #expect(Correlation.between(x, x).meaningful)
        }
        // Unchanged for ordinary values, to the last bit.
        #expect(Correlation.pearson([1, 2, 3], [2, 4, 7]) == 0.9933992677987828)
        #expect(Correlation.pearson([1, 1, 1], [1, 2, 3]) == nil)
    }
}
