/// Whether two yearly series are related, judged on their levels and on their year-over-year changes.
///
/// Two series that both trend with time correlate in their levels whether or not they are related. Their
/// year-over-year changes take the common trend out: a relation is claimed only when the levels and the
/// changes agree in sign and both reach at least a moderate strength (|r| ≥ 0.3), and the changes'
/// correlation is significant at 5 % (two-sided t test, `n − 2` degrees of freedom).
public struct ChangeCorrelation: Hashable, Sendable {
    /// What the two correlations together support, for a sentence.
    public enum Verdict: String, Hashable, Sendable {
        /// Too few years, or a constant series: nothing can be said.
        case notMeaningful = "not meaningful"
        /// Levels and changes agree in sign and strength, the changes significantly: the series move together.
        case positive
        /// As `positive`, with opposite signs: one rises when the other falls.
        case negative
        /// The levels correlate but the changes do not agree: both move with time, and show no relation
        /// once that is taken out.
        case trendOnly = "trend only"
        /// Neither levels nor changes show a relation of at least moderate strength.
        case none
    }

    /// The correlation of the levels (n = years).
    public var levels: CorrelationResult
    /// The correlation of the year-over-year changes (n = years − 1).
    public var changes: CorrelationResult
    /// The two-sided p-value of the changes' Pearson coefficient; nil when not meaningful.
    public var changesPValue: Double?
    /// What they support.
    public var verdict: Verdict

    /// The strength from which a coefficient counts as a relation (Cohen's "moderate").
    public static let moderate = 0.3
    /// The significance level for the changes.
    public static let level = 0.05

    /// Correlates `x` and `y` (one value per consecutive year, same length) and their first differences.
    public init(_ x: [Double], _ y: [Double]) {
        let n = min(x.count, y.count)
        let xs = Array(x.prefix(n)), ys = Array(y.prefix(n))
        let levels = Correlation.between(xs, ys)
        let changes = Correlation.between(Self.differences(xs), Self.differences(ys))
        let p = changes.pearson.map { Self.pValue($0, n: changes.n) }
        self.levels = levels
        self.changes = changes
        self.changesPValue = p
        self.verdict = Self.verdict(levels: levels, changes: changes, changesPValue: p)
    }

    /// `v[i] − v[i − 1]` for `i` from 1.
    public static func differences(_ values: [Double]) -> [Double] {
        zip(values.dropFirst(), values).map { $0 - $1 }
    }

    /// Two-sided p-value of Pearson's `r` from `n` pairs: `t = r sqrt((n − 2) / (1 − r²))`, Student's t.
    public static func pValue(_ r: Double, n: Int) -> Double {
        guard n > 2 else { return 1 }
        if abs(r) >= 1 { return 0 }
        let t = abs(r) * (Double(n - 2) / (1 - r * r)).squareRoot()
        return 2 * (1 - StudentT.cdf(t, degreesOfFreedom: Double(n - 2)))
    }

    private static func verdict(levels: CorrelationResult, changes: CorrelationResult, changesPValue: Double?) -> Verdict {
        guard let level = levels.pearson else { return .notMeaningful }
        let levelNotable = abs(level) >= moderate
        guard let change = changes.pearson, let p = changesPValue else { return levelNotable ? .trendOnly : .none }
        let changeNotable = abs(change) >= moderate && p < Self.level
        if levelNotable, changeNotable, (level > 0) == (change > 0) { return level > 0 ? .positive : .negative }
        return levelNotable ? .trendOnly : .none
    }
}
