import RealModule

/// A distribution of a whole count ≥ 0 (Poisson or negative binomial), with its probabilities and quantiles.
///
/// The negative binomial is the NB2 form of count regression: mean `μ`, variance `μ + α μ²`, that is
/// scipy's `nbinom(n = 1/α, p = 1/(1 + α μ))`. A sum of `k` independent draws of either distribution with
/// the same `α` is again one of the same family (`Poisson(k μ)`, `NB(n = k/α, p)`), which gives the
/// predictive distribution of several years' counts in closed form.
public enum CountDistribution: Hashable, Sendable {
    /// Poisson with mean `mean` (≥ 0).
    case poisson(mean: Double)
    /// Negative binomial with mean `mean` (≥ 0) and dispersion `alpha` (> 0): variance `mean + alpha · mean²`.
    case negativeBinomial(mean: Double, alpha: Double)

    /// The mean.
    public var mean: Double {
        switch self {
        case .poisson(let mean), .negativeBinomial(let mean, _): mean
        }
    }

    /// The variance.
    public var variance: Double {
        switch self {
        case .poisson(let mean): mean
        case .negativeBinomial(let mean, let alpha): mean + alpha * mean * mean
        }
    }

    /// The distribution of the sum of `count` independent draws of this one.
    public func sum(of count: Int) -> CountDistribution {
        let k = Double(count)
        switch self {
        case .poisson(let mean): return .poisson(mean: k * mean)
        // NB(n, p) summed k times is NB(k n, p): the mean scales by k, α = 1/n by 1/k.
        case .negativeBinomial(let mean, let alpha): return .negativeBinomial(mean: k * mean, alpha: alpha / k)
        }
    }

    /// `ln P(X = k)`; −∞ for `k < 0`.
    public func logProbability(_ k: Int) -> Double {
        guard k >= 0 else { return -.infinity }
        let x = Double(k)
        switch self {
        case .poisson(let mean):
            if mean == 0 { return k == 0 ? 0 : -.infinity }
            return x * Double.log(mean) - mean - Double.logGamma(x + 1)
        case .negativeBinomial(let mean, let alpha):
            if mean == 0 { return k == 0 ? 0 : -.infinity }
            let n = 1 / alpha
            // ln p = −ln(1 + αμ), ln(1 − p) = ln(αμ) − ln(1 + αμ)
            let logOnePlus = Double.log(onePlus: alpha * mean)
            return Double.logGamma(x + n) - Double.logGamma(n) - Double.logGamma(x + 1)
                - n * logOnePlus + x * (Double.log(alpha * mean) - logOnePlus)
        }
    }

    /// `P(X = k)`.
    public func probability(_ k: Int) -> Double { Double.exp(logProbability(k)) }

    /// `ln P(X = k + 1) − ln P(X = k)`, for listing probabilities by recurrence.
    private func logRatio(after k: Int) -> Double {
        let x = Double(k)
        switch self {
        case .poisson(let mean):
            return Double.log(mean / (x + 1))
        case .negativeBinomial(let mean, let alpha):
            let n = 1 / alpha
            return Double.log((x + n) / (x + 1)) + Double.log(alpha * mean) - Double.log(onePlus: alpha * mean)
        }
    }

    /// The probabilities `P(X = 0), P(X = 1), …` up to the first `k` past the mean where `P(X ≤ k) ≥ 1 − tail`
    /// or the next probability is negligible (below `tail / 100`), at most `limit` values.
    ///
    /// Listed by the recurrence of consecutive probabilities in logarithms, restarted from the exact
    /// `logProbability` every 1024 values so that rounding cannot accumulate.
    public func probabilities(tail: Double = 1e-11, limit: Int = 50_000_000) -> [Double] {
        var result: [Double] = []
        var cumulative = 0.0
        var k = 0
        var logP = logProbability(0)
        while k < limit {
            if k % 1024 == 0 { logP = logProbability(k) }
            let p = Double.exp(logP)
            result.append(p)
            cumulative += p
            if Double(k) >= mean, cumulative >= 1 - tail || p < tail / 100 { break }
            if mean == 0 { break }
            logP += logRatio(after: k)
            k += 1
        }
        return result
    }

    /// The `q`-quantile for `0 < q < 1`: the smallest `k` with `P(X ≤ k) ≥ q` (scipy's `ppf`).
    public func quantile(_ q: Double) -> Int {
        precondition(q > 0 && q < 1, "q must be in (0, 1)")
        // Relative slack, as scipy's ppf allows, so that a CDF equal to q up to rounding counts as reaching it.
        let target = q * (1 - 1e-12)
        var cumulative = 0.0
        var k = 0
        var logP = logProbability(0)
        while true {
            if k % 1024 == 0 { logP = logProbability(k) }
            let p = Double.exp(logP)
            cumulative += p
            if cumulative >= target || mean == 0 { return k }
            if Double(k) > mean, p == 0 { return k }
            logP += logRatio(after: k)
            k += 1
        }
    }
}
