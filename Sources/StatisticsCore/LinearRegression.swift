import RealModule

/// A linear least squares fit `y = intercept + slope · x`, with its standard errors.
///
/// Method: "linear least squares" (ordinary least squares with one regressor). Standard errors use the
/// residual variance with `n − 2` degrees of freedom, so they are nil when `n < 3`.
public struct LinearFit: Hashable, Sendable {
    /// Number of points.
    public var n: Int
    /// Change in `y` per unit of `x`.
    public var slope: Double
    /// Value of the fit at `x = 0`.
    public var intercept: Double
    /// Coefficient of determination; nil when `y` is constant (0/0).
    public var r2: Double?
    /// Standard error of the slope; nil when `n < 3`.
    public var slopeStandardError: Double?
    /// Standard error of the intercept; nil when `n < 3`.
    public var interceptStandardError: Double?
    /// Residual standard error `sqrt(SSE / (n − 2))`; nil when `n < 3`.
    public var residualStandardError: Double?
    /// Mean of `x`.
    public var meanX: Double
    /// Sum of squared deviations of `x` from its mean.
    public var sxx: Double
    /// The Durbin–Watson statistic of the residuals in the order of the points,
    /// `Σ (eₜ − eₜ₋₁)² / Σ eₜ²`: near 2 without autocorrelation, near 0 for residuals that run in long
    /// streaks (a step series, a structural break). Nil when the fit is exact (no residual).
    public var durbinWatson: Double?

    /// Fits `y` on `x` by linear least squares; nil when there are fewer than two points,
    /// the arrays differ in length, or all `x` are equal.
    ///
    /// Sums are taken around the means, so calendar years (≈ 2000) lose no precision.
    public init?(x: [Double], y: [Double]) {
        guard x.count == y.count, x.count >= 2 else { return nil }
        let count = Double(x.count)
        let meanX = x.reduce(0, +) / count
        let meanY = y.reduce(0, +) / count
        var sxx = 0.0, sxy = 0.0, syy = 0.0
        for (xi, yi) in zip(x, y) {
            let dx = xi - meanX, dy = yi - meanY
            sxx += dx * dx
            sxy += dx * dy
            syy += dy * dy
        }
        guard sxx > 0 else { return nil }
        let slope = sxy / sxx
        let intercept = meanY - slope * meanX
        var sse = 0.0, successive = 0.0
        var previousResidual: Double?
        for (xi, yi) in zip(x, y) {
            let residual = yi - (intercept + slope * xi)
            sse += residual * residual
            if let previousResidual { successive += (residual - previousResidual) * (residual - previousResidual) }
            previousResidual = residual
        }
        self.durbinWatson = sse > 0 ? successive / sse : nil
        self.n = x.count
        self.slope = slope
        self.intercept = intercept
        self.meanX = meanX
        self.sxx = sxx
        self.r2 = syy > 0 ? max(0, min(1, 1 - sse / syy)) : nil
        if x.count >= 3 {
            let residualSE = (sse / (count - 2)).squareRoot()
            self.residualStandardError = residualSE
            self.slopeStandardError = residualSE / sxx.squareRoot()
            self.interceptStandardError = residualSE * (1 / count + meanX * meanX / sxx).squareRoot()
        } else {
            self.residualStandardError = nil
            self.slopeStandardError = nil
            self.interceptStandardError = nil
        }
    }

    /// The fitted value at `x`.
    public func value(at x: Double) -> Double { intercept + slope * x }
}
