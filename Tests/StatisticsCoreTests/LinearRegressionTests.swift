import Testing
import StatisticsCore

// The golden series: year-end members 2015–2024. Reference values from scipy 1.17.1 / numpy 2.4.6:
// `scipy.stats.linregress(years, members)` (slope, intercept, rvalue², stderr, intercept_stderr);
// residual standard error sqrt(SSE / (n − 2)); prediction interval ŷ ± t.ppf(0.975, 8)·s·sqrt(1 + 1/n + (x₀ − x̄)²/Sxx).
let goldenYears = Array(2015...2024)
let goldenCounts: [Double] = [3, 5, 8, 10, 12, 12, 13, 14, 14, 15]

@Test func linearLeastSquaresMatchesScipy() throws {
    let fit = try #require(LinearFit(x: goldenYears.map(Double.init), y: goldenCounts))
    #expect(fit.n == 10)
    #expect(close(fit.slope, 1.2727272727272727, 1e-12))
    #expect(close(fit.intercept, -2559.672727272727, 1e-8))
    #expect(close(fit.value(at: 2015), 4.8727272727273885, 1e-9))
    #expect(close(fit.r2, 0.9005145797598625, 1e-12))
    #expect(close(fit.slopeStandardError, 0.14956318399094648, 1e-12))
    #expect(close(fit.interceptStandardError, 302.0431555650479, 1e-7))
    #expect(close(fit.residualStandardError, 1.358475080910414, 1e-12))
}

@Test func forecastHasPredictionIntervalFromStudentT() throws {
    let fit = try #require(LinearFit(x: goldenYears.map(Double.init), y: goldenCounts))
    let forecast = Forecast.linear(fit, years: Array(2025...2029))
    #expect(forecast.map(\.year) == [2025, 2026, 2027, 2028, 2029])
    #expect(close(forecast[0].value, 17.60, 1e-9))
    #expect(close(forecast[0].lower, 13.806173471668238, 1e-9))
    #expect(close(forecast[0].upper, 21.39382652833158, 1e-9))
    #expect(close(forecast[4].value, 22.690909090909372, 1e-9))
    #expect(close(forecast[4].lower, 18.050844017092178, 1e-9))
    #expect(close(forecast[4].upper, 27.330974164726566, 1e-9))
    #expect(Forecast.intervalLabel == "95 % prediction interval")
}

@Test func twoPointsFitExactlyWithoutStandardErrorsOrInterval() throws {
    let fit = try #require(LinearFit(x: [2020, 2021], y: [4, 6]))
    #expect(fit.slope == 2)
    #expect(fit.r2 == 1)
    #expect(fit.slopeStandardError == nil && fit.residualStandardError == nil)
    let forecast = Forecast.linear(fit, years: [2022])
    #expect(forecast[0].value == 8 && forecast[0].lower == nil && forecast[0].upper == nil)
}

@Test func singlePointOrEqualYearsHaveNoFit() {
    #expect(LinearFit(x: [2020], y: [4]) == nil)
    #expect(LinearFit(x: [2020, 2020], y: [4, 5]) == nil)
}

@Test func constantSeriesHasZeroSlopeAndUndefinedR2() throws {
    let fit = try #require(LinearFit(x: [2020, 2021, 2022, 2023], y: [5, 5, 5, 5]))
    #expect(fit.slope == 0 && fit.r2 == nil)
    #expect(fit.residualStandardError == 0)
    let forecast = Forecast.linear(fit, years: [2024])
    #expect(forecast[0].lower == 5 && forecast[0].upper == 5)
}
