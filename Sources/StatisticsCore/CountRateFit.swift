import RealModule

/// A model of yearly counts (joins or departures) as independent draws of one distribution: Poisson, or
/// negative binomial where the counts are overdispersed.
///
/// Fitted by maximum likelihood on the counts alone (an intercept-only count regression): the mean is the
/// sample mean under both models; the negative binomial's dispersion `α` maximises its likelihood. The
/// negative binomial is chosen when the likelihood-ratio test of `α = 0` rejects at 5 %: the statistic
/// `2 (ℓ_NB − ℓ_Poisson)` against the 50:50 mixture of χ²₀ and χ²₁ (α = 0 lies on the boundary), so
/// `p = P(χ²₁ > statistic) / 2`.
public struct CountRateFit: Hashable, Sendable {
    /// The model chosen.
    public enum Model: String, Hashable, Sendable {
        /// Poisson.
        case poisson = "Poisson"
        /// Negative binomial (NB2: variance `μ + α μ²`).
        case negativeBinomial = "negative binomial"
    }

    /// The model chosen.
    public var model: Model
    /// How many yearly counts were fitted.
    public var years: Int
    /// Their sum.
    public var total: Int
    /// The fitted mean per year (the sample mean).
    public var meanPerYear: Double
    /// The sample variance of the counts (divisor `years − 1`); nil with one year.
    public var variance: Double?
    /// The negative binomial's maximum-likelihood dispersion `α`; nil when it is 0 (no overdispersion:
    /// the variance does not exceed the mean) or for fewer than two years.
    public var dispersion: Double?
    /// The Poisson log-likelihood at the fitted mean.
    public var poissonLogLikelihood: Double
    /// The negative binomial log-likelihood at `(meanPerYear, dispersion)`; nil without a dispersion.
    public var negativeBinomialLogLikelihood: Double?
    /// The p-value of the likelihood-ratio test of `α = 0`; nil without a dispersion.
    public var overdispersionPValue: Double?

    /// The significance level at which the negative binomial is preferred.
    public static let overdispersionLevel = 0.05

    /// The distribution of one year's count under the chosen model.
    public var yearly: CountDistribution {
        switch model {
        case .poisson: .poisson(mean: meanPerYear)
        case .negativeBinomial: .negativeBinomial(mean: meanPerYear, alpha: dispersion!)
        }
    }

    /// Fits `counts` (each ≥ 0; at least one). Negative counts are a precondition failure.
    public init(counts: [Int]) {
        precondition(!counts.isEmpty && counts.allSatisfy { $0 >= 0 }, "counts must be non-empty and ≥ 0")
        let n = Double(counts.count)
        let total = counts.reduce(0, +)
        let mean = Double(total) / n
        self.years = counts.count
        self.total = total
        self.meanPerYear = mean
        self.variance = counts.count < 2 ? nil
            : counts.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / (n - 1)
        self.poissonLogLikelihood = counts.reduce(0.0) { $0 + CountDistribution.poisson(mean: mean).logProbability($1) }
        guard counts.count >= 2, let alpha = Self.dispersion(counts, mean: mean) else {
            model = .poisson
            return
        }
        let nb = CountDistribution.negativeBinomial(mean: mean, alpha: alpha)
        let logLikelihood = counts.reduce(0.0) { $0 + nb.logProbability($1) }
        let statistic = max(0, 2 * (logLikelihood - poissonLogLikelihood))
        // P(χ²₁ > s) = erfc(sqrt(s / 2)); halved for the boundary.
        let p = Double.erfc((statistic / 2).squareRoot()) / 2
        dispersion = alpha
        negativeBinomialLogLikelihood = logLikelihood
        overdispersionPValue = p
        model = p < Self.overdispersionLevel ? .negativeBinomial : .poisson
    }

    /// The maximum-likelihood `α` of a negative binomial with mean `mean`, or nil when the likelihood
    /// increases all the way to `α → 0` (the Poisson limit: no overdispersion).
    ///
    /// With `r = 1/α` and the mean at the sample mean, the score is
    /// `g(r) = Σᵢ Σ_{k<yᵢ} 1/(r + k) + n ln(r / (r + μ))` (the digamma differences written as sums, the
    /// counts being whole). It is positive for large `r` exactly when there is no overdispersion; otherwise
    /// its root is found by bisection on `ln r`, to full double precision.
    static func dispersion(_ counts: [Int], mean: Double) -> Double? {
        guard mean > 0 else { return nil }
        let n = Double(counts.count)
        // Occurrences of each count value, so that the inner sums are shared.
        var occurrences: [Int: Int] = [:]
        for count in counts where count > 0 { occurrences[count, default: 0] += 1 }
        let values = occurrences.sorted { $0.key < $1.key }
        func score(_ r: Double) -> Double {
            // Σᵢ Σ_{k<yᵢ} 1/(r+k) = Σ_k 1/(r+k) · #{i : yᵢ > k}
            var sum = 0.0, k = 0, remaining = values.reduce(0) { $0 + $1.value }, index = 0
            while remaining > 0 {
                while index < values.count, values[index].key <= k { remaining -= values[index].value; index += 1 }
                if remaining == 0 { break }
                sum += Double(remaining) / (r + Double(k))
                k += 1
            }
            return sum + n * Double.log(onePlus: -mean / (r + mean))
        }
        var low = Double.log(1e-8), high = Double.log(1e8)
        // No root below r = 1e8 (α = 1e-8): the Poisson limit.
        guard score(Double.exp(high)) < 0 else { return nil }
        guard score(Double.exp(low)) > 0 else { return 1e8 }
        for _ in 0..<200 {
            let middle = (low + high) / 2
            if middle == low || middle == high { break }
            if score(Double.exp(middle)) > 0 { low = middle } else { high = middle }
        }
        return 1 / Double.exp((low + high) / 2)
    }
}
