/// One forecast year: the linear trend's value and its prediction interval.
public struct ForecastPoint: Hashable, Sendable {
    /// The calendar year forecast.
    public var year: Int
    /// The trend's value in that year.
    public var value: Double
    /// Lower bound of the prediction interval; nil when the fit has fewer than three points.
    public var lower: Double?
    /// Upper bound of the prediction interval; nil when the fit has fewer than three points.
    public var upper: Double?
}

/// Forecast from a linear least squares trend, with a prediction interval from Student's t.
public enum Forecast {
    /// The name of the interval, for labels: a prediction interval (for a new observation), not a
    /// confidence interval for the mean.
    public static let intervalLabel = "95 % prediction interval"

    /// Values of `fit` at `years`, each with its prediction interval at `level` (0.95 by default):
    /// `ŷ ± t(1 − α/2, n − 2) · s · sqrt(1 + 1/n + (x₀ − x̄)² / Sxx)`.
    public static func linear(_ fit: LinearFit, years: [Int], level: Double = 0.95) -> [ForecastPoint] {
        var quantile: Double?
        if let _ = fit.residualStandardError {
            quantile = StudentT.quantile(1 - (1 - level) / 2, degreesOfFreedom: Double(fit.n - 2))
        }
        return years.map { year in
            let x = Double(year)
            let value = fit.value(at: x)
            guard let quantile, let s = fit.residualStandardError else {
                return ForecastPoint(year: year, value: value, lower: nil, upper: nil)
            }
            let deviation = x - fit.meanX
            let halfWidth = quantile * s * (1 + 1 / Double(fit.n) + deviation * deviation / fit.sxx).squareRoot()
            return ForecastPoint(year: year, value: value, lower: value - halfWidth, upper: value + halfWidth)
        }
    }
}
