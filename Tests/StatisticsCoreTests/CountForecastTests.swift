import Testing
import StatisticsCore

// Golden values: statsmodels 0.15.0, scipy 1.17.1, numpy 2.4.6 (Python 3.11), computed by
//   nb = sm.NegativeBinomial(y, np.ones((n, 1)), loglike_method='nb2').fit(method='newton', maxiter=200, tol=1e-14)
//   mu, alpha = np.exp(nb.params[0]), nb.params[1]
//   po = sm.GLM(y, np.ones((n, 1)), family=sm.families.Poisson()).fit()
//   lr = 2 * (nb.llf - po.llf); p = 0.5 * scipy.stats.chi2.sf(lr, 1)
//   scipy.stats.nbinom(h / alpha, 1 / (1 + alpha * mu)).ppf([0.025, 0.975]) + start   # NB forecast, h = 1…5
//   scipy.stats.poisson(h * mu).ppf([0.025, 0.975]) + start                            # Poisson forecast

/// ISECG's joins per year 2008–2024 (Datasets/members.csv): overdispersed.
let lumpyJoins = [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 5, 6, 1, 0, 0, 0]
/// Joins with variance below the mean: no overdispersion.
let steadyJoins = [2, 1, 3, 0, 2, 4, 1, 2]

/// Membership rows: `start` members in `firstYear`, then the yearly `joins` (and `departures`).
func membership(firstYear: Int = 2007, start: Int, joins: [Int], departures: [Int]? = nil) -> [MembershipYear] {
    var rows = [MembershipYear(year: firstYear, members: start, joined: start, left: 0, net: start, growthPercent: nil)]
    var members = start
    for (offset, joined) in joins.enumerated() {
        let left = departures?[offset] ?? 0
        let previous = members
        members = max(0, members + joined - left)
        rows.append(MembershipYear(year: firstYear + offset + 1, members: members, joined: joined, left: left,
                                   net: members - previous, growthPercent: nil))
    }
    return rows
}

@Test func negativeBinomialFitMatchesStatsmodels() throws {
    let fit = CountRateFit(counts: lumpyJoins)
    #expect(fit.model == .negativeBinomial)
    #expect(close(fit.meanPerYear, 0.764705882352941, 1e-12))
    #expect(close(fit.dispersion, 6.71256689297071, 1e-7))
    #expect(close(fit.negativeBinomialLogLikelihood, -17.3034627741265, 1e-9))
    #expect(close(fit.poissonLogLikelihood, -27.854174780523, 1e-9))
    #expect(close(fit.overdispersionPValue, 2.17802148996254e-06, 1e-12))
}

@Test func negativeBinomialForecastIntervalMatchesScipy() throws {
    let forecast = CountForecast.make(membership: membership(start: 14, joins: lumpyJoins))
    let entries = forecast.entries
    #expect(entries.map(\.year) == [2025, 2026, 2027, 2028, 2029])
    #expect(forecast.method?.startMembers == 27 && forecast.method?.floor == 27)
    let means = [27.7647058823529, 28.5294117647059, 29.2941176470588, 30.0588235294118, 30.8235294117647]
    for (entry, mean) in zip(entries, means) { #expect(close(entry.value, mean, 1e-10)) }
    #expect(entries.map(\.lower) == [27, 27, 27, 27, 27])
    #expect(entries.map(\.upper) == [34, 37, 40, 42, 44])
    #expect(forecast.method?.window == 2008...2024)
    #expect(forecast.method?.summary == "Joins 2008–2024: negative binomial, 0.76 a year (α = 6.71); no departures")
    // The band starts at the last observation: 2024 at 27 with no width.
    #expect(forecast.entriesFromStart.first == ForecastEntry(year: 2024, value: 27, lower: 27, upper: 27))
    #expect(forecast.entriesFromStart.count == 6)
}

@Test func poissonForecastIntervalMatchesScipy() throws {
    let fit = CountRateFit(counts: steadyJoins)
    #expect(fit.model == .poisson && fit.dispersion == nil && fit.overdispersionPValue == nil)
    #expect(close(fit.poissonLogLikelihood, -12.6201249499202, 1e-9))
    #expect(close(fit.variance, 1.55357142857143, 1e-12))
    // Two founders and 15 joins: the forecast starts at 17.
    let forecast = CountForecast.make(membership: membership(start: 2, joins: steadyJoins))
    let entries = forecast.entries
    #expect(forecast.method?.startMembers == 17)
    for (h, entry) in entries.enumerated() { #expect(close(entry.value, 17 + 1.875 * Double(h + 1), 1e-10)) }
    #expect(entries.map(\.lower) == [17, 18, 19, 20, 21])
    #expect(entries.map(\.upper) == [22, 25, 28, 30, 33])
}

@Test func countDistributionsMatchScipy() {
    // scipy.stats.poisson(3.2).pmf(4), nbinom(0.5, 1/(1+2*1.5)).pmf(3), .ppf(0.9)
    #expect(abs(CountDistribution.poisson(mean: 3.2).probability(4) - 0.17809278666174716) < 1e-12)
    let nb = CountDistribution.negativeBinomial(mean: 1.5, alpha: 2)
    #expect(abs(nb.probability(3) - 0.06591796874999999) < 1e-12)
    #expect(nb.quantile(0.9) == 4)
    #expect(abs(nb.variance - 6) < 1e-12)
    #expect(CountDistribution.poisson(mean: 0).quantile(0.975) == 0)
}

@Test func forecastIsUnavailableWhereMeaningless() {
    #expect(CountForecast.make(membership: []) == .unavailable(.noMembers))
    #expect(CountForecast.make(membership: membership(start: 3, joins: [1, 0, 2, 0]))
        == .unavailable(.tooFewYears(years: 4, required: 5)))
    #expect(CountForecast.make(membership: membership(start: 14, joins: [0, 0, 0, 0, 0, 0]))
        == .unavailable(.singleBatch))
    #expect(ForecastUnavailable.tooFewYears(years: 1, required: 5).explanation
        == "No forecast: the data cover one year after the first, and a forecast needs at least 5.")
    #expect(!CountForecast.make(membership: membership(start: 3, joins: [1, 0, 2, 0, 0])).entries.isEmpty)
}

@Test func departuresAmongFoundersLowerTheFloorToZero() throws {
    // 60 founders, departures every year, no joins: the forecast may fall, never below zero.
    let rows = membership(start: 60, joins: [0, 0, 0, 0, 0, 0], departures: [5, 9, 7, 12, 8, 10])
    let forecast = CountForecast.make(membership: rows)
    let method = try #require(forecast.method)
    #expect(method.floor == 0 && method.departures != nil && method.startMembers == 9)
    for entry in forecast.entries {
        #expect(entry.lower >= 0 && entry.lower <= entry.value && entry.value <= entry.upper)
    }
    #expect(forecast.entries.last!.lower == 0)
    // Departures: mean 8.5, variance 5.9 (no overdispersion, so Poisson); no joins. One year ahead the
    // value is E[max(0, 9 − D)], D ~ Poisson(8.5).
    var expected = 0.0
    for d in 0...9 { expected += Double(9 - d) * CountDistribution.poisson(mean: 8.5).probability(d) }
    #expect(abs(forecast.entries[0].value - expected) < 1e-9)
}

@Test func skellamCaseMatchesScipy() throws {
    // Joins 2 a year and departures 5/6 a year, both Poisson (no variance): one year ahead J − D is Skellam.
    let rows = membership(start: 15, joins: [2, 2, 2, 2, 2, 2], departures: [1, 1, 1, 1, 1, 0])
    let forecast = CountForecast.make(membership: rows)
    let method = try #require(forecast.method)
    #expect(method.joins.model == .poisson && method.departures?.model == .poisson)
    let first = forecast.entries[0]
    #expect(close(first.value, Double(method.startMembers) + 2 - 5.0 / 6, 1e-9))
    // Skellam(2, 5/6) quantiles: scipy.stats.skellam(2, 5/6).ppf([0.025, 0.975]) = [-2, 5]
    #expect(first.lower == Double(method.startMembers - 2) && first.upper == Double(method.startMembers + 5))
}
