import Testing
import StatisticsCore

// Golden values: statsmodels 0.15.0 (numpy 2.4.6), ISECG's year-end members 2007–2024:
//   m = sm.OLS(y, sm.add_constant(years)).fit(); statsmodels.stats.stattools.durbin_watson(m.resid)
//   m.get_prediction(sm.add_constant(np.arange(2025, 2030), has_constant='add')).summary_frame(alpha=0.05)
//   → mean, obs_ci_lower, obs_ci_upper
let isecgYearEnd: [Double] = Array(repeating: 14, count: 8) + Array(repeating: 15, count: 4) + [20, 26] + Array(repeating: 27, count: 4)

@Test func durbinWatsonAndExtrapolationMatchStatsmodels() throws {
    let fit = try #require(LinearFit(x: (2007...2024).map(Double.init), y: isecgYearEnd))
    #expect(close(fit.slope, 0.91434468524245, 1e-11))
    #expect(close(fit.durbinWatson, 0.354554079286105, 1e-12))
    let entries = TrendExtrapolation.entries(fit, years: Array(2025...2029))
    let expected: [(Double, Double, Double)] = [
        (26.797385620915, 19.546727340433, 34.048043901396),
        (27.711730306157, 20.341547627339, 35.081912984976),
        (28.626074991400, 21.126615366874, 36.125534615925),
        (29.540419676642, 21.902425743514, 37.178413609771),
        (30.454764361885, 22.669472928225, 38.240055795544),
    ]
    #expect(entries.map(\.year) == Array(2025...2029))
    for (entry, (value, lower, upper)) in zip(entries, expected) {
        #expect(close(entry.value, value, 1e-8) && close(entry.lower, lower, 1e-8) && close(entry.upper, upper, 1e-8))
    }
    // The line's 2025 value is below the 27 observed: why it is a description, not the forecast.
    #expect(entries[0].value < 27)
}

@Test func durbinWatsonIsNilForAnExactFitAndTwoPointsHaveNoExtrapolationInterval() throws {
    let exact = try #require(LinearFit(x: [1, 2, 3, 4], y: [2, 4, 6, 8]))
    #expect(exact.durbinWatson == nil)
    let two = try #require(LinearFit(x: [2020, 2021], y: [3, 5]))
    #expect(TrendExtrapolation.entries(two, years: [2022]).isEmpty)
    // Alternating residuals: DW near 4 (x = 1…6, y = 0, 1, 0, 1, 0, 1).
    let zigzag = try #require(LinearFit(x: [1, 2, 3, 4, 5, 6], y: [0, 1, 0, 1, 0, 1]))
    #expect(zigzag.durbinWatson! > 3)
}
