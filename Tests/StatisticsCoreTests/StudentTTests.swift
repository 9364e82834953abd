import Testing
@testable import StatisticsCore

// Reference quantiles: scipy 1.17.1, `scipy.stats.t.ppf(p, df)` (also in printed t tables:
// t(0.975, 8) = 2.306, t(0.975, 1) = 12.706, t(0.975, 30) = 2.042).
@Test(arguments: [
    (0.975, 8.0, 2.306004135204166),
    (0.975, 1.0, 12.706204736174694),
    (0.975, 30.0, 2.0422724563012378),
    (0.975, 2.0, 4.302652729749462),
    (0.995, 3.0, 5.840909309733355),
    (0.9, 5.0, 1.4758840488244815),
    (0.025, 8.0, -2.3060041352041662),
    (0.999999, 4.0, 41.5778541501515),
    (0.975, 1e6, 1.959966356814107),
    (0.975, 0.5, 164.55767348048818),
])
func studentTQuantileMatchesScipy(p: Double, degreesOfFreedom: Double, expected: Double) {
    let value = StudentT.quantile(p, degreesOfFreedom: degreesOfFreedom)
    #expect(abs(value - expected) <= 1e-9 * max(1, abs(expected)), "t(\(p), \(degreesOfFreedom)) = \(value)")
}

// Reference: scipy 1.17.1, `scipy.stats.t.cdf(t, df)`.
@Test func studentTCDFMatchesScipy() {
    #expect(close(StudentT.cdf(1.5, degreesOfFreedom: 3), 0.8847080673775886, 1e-12))
    #expect(close(StudentT.cdf(-2, degreesOfFreedom: 7), 0.042809664281488025, 1e-12))
    #expect(close(StudentT.cdf(0.3, degreesOfFreedom: 100), 0.6176000598498482, 1e-12))
    #expect(StudentT.cdf(0, degreesOfFreedom: 4) == 0.5)
}

@Test func studentTQuantileInvertsCDF() {
    for df in [1.0, 2, 3, 7, 19, 120] {
        for p in [0.6, 0.9, 0.95, 0.99, 0.9999] {
            #expect(close(StudentT.cdf(StudentT.quantile(p, degreesOfFreedom: df), degreesOfFreedom: df), p, 1e-12))
        }
    }
}
