/// The linear trend's extrapolation beyond the data, with its 95 % prediction interval: a description of
/// where the straight line goes, kept apart from the count model's forecast (``CountForecast``).
///
/// A straight line through a step series is not a forecast: its Durbin–Watson statistic
/// (``LinearFit/durbinWatson``) tells how far the residuals run in streaks, which makes the interval too
/// narrow. Values may fall below the last count or below zero; that is what the line does.
public enum TrendExtrapolation {
    /// The fit's values at `years`, each with the prediction interval at `level`
    /// (`ŷ ± t(1 − α/2, n − 2) · s · sqrt(1 + 1/n + (x₀ − x̄)² / Sxx)`); empty when the fit has fewer than
    /// three points (no residual variance, so no interval).
    public static func entries(_ fit: LinearFit, years: [Int], level: Double = 0.95) -> [ForecastEntry] {
        guard fit.residualStandardError != nil else { return [] }
        return Forecast.linear(fit, years: years, level: level).map {
            ForecastEntry(year: $0.year, value: $0.value, lower: $0.lower!, upper: $0.upper!)
        }
    }
}
