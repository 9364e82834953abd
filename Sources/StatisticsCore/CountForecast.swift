import RealModule

/// Why no count forecast is made.
public enum ForecastUnavailable: Hashable, Sendable {
    /// There is no membership year at all.
    case noMembers
    /// Fewer years after the first than the model needs (`years` of `required`).
    case tooFewYears(years: Int, required: Int)
    /// Every member came in the first year and nobody joined or left since: no rate to project.
    case singleBatch

    /// A plain sentence for a note in place of the forecast.
    public var explanation: String {
        switch self {
        case .noMembers:
            return "No forecast: there are no members."
        case .tooFewYears(let years, let required):
            let counted = years == 1 ? "one year" : "\(years) years"
            return "No forecast: the data cover \(counted) after the first, and a forecast needs at least \(required)."
        case .singleBatch:
            return "No forecast: every member joined in the first year and none joined or left since."
        }
    }
}

/// How a count forecast was made: the window, the fitted yearly rates and the interval.
public struct CountForecastMethod: Hashable, Sendable {
    /// The years whose joins and departures were fitted (the years after the first, to the report year).
    public var window: ClosedRange<Int>
    /// The model of yearly joins.
    public var joins: CountRateFit
    /// The model of yearly departures; nil when no member ever left (then the forecast never falls
    /// below the last count).
    public var departures: CountRateFit?
    /// The last observed year, where the forecast starts.
    public var startYear: Int
    /// Members at its end: the forecast's starting point.
    public var startMembers: Int
    /// The interval's probability (0.95).
    public var level: Double
    /// The lowest count the forecast can reach: `startMembers` when no member ever left, otherwise 0.
    public var floor: Int

    /// One line for a methodology: "Joins 2008–2024: negative binomial, 0.76 a year (α = 4.03); no departures".
    public var summary: String {
        let span = "\(window.lowerBound)–\(window.upperBound)"
        func describe(_ fit: CountRateFit) -> String {
            let rate = decimalText(fit.meanPerYear, digits: 2)
            switch fit.model {
            case .poisson: return "Poisson, \(rate) a year"
            case .negativeBinomial: return "negative binomial, \(rate) a year (α = \(decimalText(fit.dispersion!, digits: 2)))"
            }
        }
        let leaving = departures.map { "departures \(span): \(describe($0))" } ?? "no departures"
        return "Joins \(span): \(describe(joins)); \(leaving)"
    }
}

/// A forecast of year-end members from a count model of yearly joins and departures.
///
/// Method. Joins (and departures) per year over the window (every year after the first, to the report
/// year: the founding batch is not a join rate) are fitted as independent draws of a Poisson, or of a
/// negative binomial when overdispersed (`CountRateFit`). Year-end members `h` years after the last
/// observed year are `max(0, last + J_h − D_h)`, `J_h` and `D_h` the sums of `h` years of joins and
/// departures: Poisson or negative binomial again, in closed form. The value is that count's predictive
/// mean; the interval its 2.5 % and 97.5 % quantiles (from the exact distribution of `J_h − D_h`; beyond
/// about 2·10⁷ support pairs, from its normal approximation), widened to contain the mean should a very
/// skewed distribution put the mean outside them. The parameters are taken at their estimates: the
/// interval does not include their own uncertainty.
///
/// Properties: never below zero; never below the last count when no member ever left (then `D_h = 0`);
/// with no departures, value and bounds never decrease with the horizon (`J_{h+1} ≥ J_h`).
public enum CountForecast: Hashable, Sendable {
    /// The forecast: one entry per year after the last observed one, and how it was made.
    case forecast(entries: [ForecastEntry], method: CountForecastMethod)
    /// No forecast, and why.
    case unavailable(ForecastUnavailable)

    /// The fewest years after the first that a forecast needs.
    public static let minimumYears = 5

    /// The entries; empty when unavailable.
    public var entries: [ForecastEntry] {
        if case .forecast(let entries, _) = self { return entries }
        return []
    }

    /// The entries preceded by the last observation (value and both bounds at the last count), so that a
    /// line and its band start where the observed series ends, without a jump; empty when unavailable.
    public var entriesFromStart: [ForecastEntry] {
        guard case .forecast(let entries, let method) = self else { return [] }
        let start = Double(method.startMembers)
        return [ForecastEntry(year: method.startYear, value: start, lower: start, upper: start)] + entries
    }

    /// The method; nil when unavailable.
    public var method: CountForecastMethod? {
        if case .forecast(_, let method) = self { return method }
        return nil
    }

    /// Forecasts year-end members for `horizon` years after the last row of `membership` (one row per
    /// year, consecutive, first year first, as ``YearEndMembership/years(_:members:)`` gives them), with
    /// intervals of probability `level` (strictly between 0 and 1).
    public static func make(membership: [MembershipYear], horizon: Int = 5, level: Double = 0.95,
                            minimumYears: Int = minimumYears) -> CountForecast {
        precondition(level > 0 && level < 1, "level must be in (0, 1)")
        guard let last = membership.last else { return .unavailable(.noMembers) }
        let window = Array(membership.dropFirst())
        guard window.count >= max(1, minimumYears) else {
            return .unavailable(.tooFewYears(years: window.count, required: max(1, minimumYears)))
        }
        // Rows built by hand might carry negative counts; a count model cannot, so they count as none.
        let joins = window.map { max(0, $0.joined) }, departures = window.map { max(0, $0.left) }
        guard joins.contains(where: { $0 > 0 }) || departures.contains(where: { $0 > 0 }) else {
            return .unavailable(.singleBatch)
        }
        let anyoneLeft = membership.contains { $0.left > 0 }
        let joinFit = CountRateFit(counts: joins)
        let departureFit = anyoneLeft ? CountRateFit(counts: departures) : nil
        let method = CountForecastMethod(
            window: window.first!.year...last.year, joins: joinFit, departures: departureFit,
            startYear: last.year, startMembers: last.members, level: level, floor: anyoneLeft ? 0 : last.members)
        let tail = (1 - level) / 2
        let entries = (1...max(1, horizon)).map { h in
            entry(year: last.year + h, start: last.members, joins: joinFit.yearly.sum(of: h),
                  departures: departureFit.map { $0.yearly.sum(of: h) }, tail: tail)
        }
        return .forecast(entries: entries, method: method)
    }

    /// One year's entry: the predictive mean and quantiles of `max(0, start + J − D)`.
    static func entry(year: Int, start: Int, joins: CountDistribution, departures: CountDistribution?,
                      tail: Double) -> ForecastEntry {
        guard let departures, departures.mean > 0 else {
            let value = Double(start) + joins.mean
            return contained(year: year, value: value, lower: Double(start + joins.quantile(tail)),
                             upper: Double(start + joins.quantile(1 - tail)))
        }
        // The supports' likely sizes (mean + 12 sd), to choose the method before listing them.
        func width(_ d: CountDistribution) -> Double { d.mean + 12 * d.variance.squareRoot() + 10 }
        guard width(joins) * width(departures) <= 20_000_000 else {
            return normalApproximation(year: year, start: start, joins: joins, departures: departures, tail: tail)
        }
        let joinProbabilities = joins.probabilities(), departureProbabilities = departures.probabilities()
        // P(J − D = d), d from −(departure support) to +(join support).
        let offset = departureProbabilities.count - 1
        var net = [Double](repeating: 0, count: joinProbabilities.count + offset)
        net.withUnsafeMutableBufferPointer { net in
            joinProbabilities.withUnsafeBufferPointer { joins in
                for (d, pd) in departureProbabilities.enumerated() {
                    // net[j − d + offset] += P(J = j) P(D = d), a contiguous run for each d
                    let base = offset - d
                    for j in 0..<joins.count { net[base + j] += joins[j] * pd }
                }
            }
        }
        let total = net.reduce(0, +)
        var mean = 0.0, cumulative = 0.0
        var lower: Int?, upper: Int?
        for (index, p) in net.enumerated() {
            let count = max(0, start + index - offset)
            mean += Double(count) * p / total
            cumulative += p / total
            if lower == nil, cumulative >= tail * (1 - 1e-12) { lower = count }
            if upper == nil, cumulative >= (1 - tail) * (1 - 1e-12) { upper = count }
        }
        let highest = max(0, start + net.count - 1 - offset)
        return contained(year: year, value: mean, lower: Double(lower ?? highest), upper: Double(upper ?? highest))
    }

    /// The entry from the normal approximation of `J − D` (for distributions too wide to convolve).
    private static func normalApproximation(year: Int, start: Int, joins: CountDistribution,
                                            departures: CountDistribution, tail: Double) -> ForecastEntry {
        let mean = Double(start) + joins.mean - departures.mean
        let sd = (joins.variance + departures.variance).squareRoot()
        let z = NormalQuantile.upper(tail)
        return contained(year: year, value: max(0, mean), lower: max(0, (mean - z * sd).rounded()),
                         upper: max(0, (mean + z * sd).rounded()))
    }

    /// The entry with its interval widened, if need be, to contain the value.
    private static func contained(year: Int, value: Double, lower: Double, upper: Double) -> ForecastEntry {
        ForecastEntry(year: year, value: value, lower: min(lower, value), upper: max(upper, value))
    }
}

/// `value` rounded to `digits` decimals, without a trailing zero beyond the first: 0.7647 → "0.76", 4 → "4.0".
func decimalText(_ value: Double, digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    return "\((value * scale).rounded() / scale)"
}

/// The standard normal's upper quantiles, for the normal approximation.
enum NormalQuantile {
    /// `z` with `P(Z > z) = tail`, by bisection on `erfc` (full precision, cannot fail to converge).
    static func upper(_ tail: Double) -> Double {
        var low = -40.0, high = 40.0
        for _ in 0..<200 {
            let middle = (low + high) / 2
            if middle == low || middle == high { break }
            if Double.erfc(middle / Double(2).squareRoot()) / 2 > tail { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }
}
