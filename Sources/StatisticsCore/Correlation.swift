/// Pearson and Spearman correlation of two paired series.
public struct CorrelationResult: Hashable, Sendable {
    /// Pearson's product-moment correlation; nil when not meaningful.
    public var pearson: Double?
    /// Spearman's rank correlation (Pearson on average ranks, so ties are handled); nil when not meaningful.
    public var spearman: Double?
    /// Number of pairs.
    public var n: Int
    /// False when `n < 3` or either series is constant: then both coefficients are nil.
    public var meaningful: Bool
}

/// Pearson and Spearman correlation.
public enum Correlation {
    /// Pearson's and Spearman's coefficients for the pairs `(x[i], y[i])`.
    ///
    /// "Not meaningful" (coefficients nil) when there are fewer than three pairs or either series is constant.
    public static func between(_ x: [Double], _ y: [Double]) -> CorrelationResult {
        let n = min(x.count, y.count)
        let xs = Array(x.prefix(n)), ys = Array(y.prefix(n))
        guard n >= 3, let r = pearson(xs, ys), let rho = pearson(averageRanks(xs), averageRanks(ys)) else {
            return CorrelationResult(pearson: nil, spearman: nil, n: n, meaningful: false)
        }
        return CorrelationResult(pearson: r, spearman: rho, n: n, meaningful: true)
    }

    /// Pearson's product-moment correlation; nil when fewer than two pairs or either series is constant.
    public static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count, x.count >= 2 else { return nil }
        let count = Double(x.count)
        let meanX = x.reduce(0, +) / count, meanY = y.reduce(0, +) / count
        var sxx = 0.0, syy = 0.0, sxy = 0.0
        for (xi, yi) in zip(x, y) {
            let dx = xi - meanX, dy = yi - meanY
            sxx += dx * dx
            syy += dy * dy
            sxy += dx * dy
        }
        let product = sxx * syy
        if product.isNormal, product.isFinite, sxy.isFinite {
            return max(-1, min(1, sxy / product.squareRoot()))
        }
        return scaledPearson(x, y, meanX: meanX, meanY: meanY)
    }

    /// Pearson's coefficient with the deviations scaled by their largest magnitude (which does not change
    /// the coefficient), for series whose squared deviations overflow (values beyond about 1e154) or
    /// underflow: there the plain sums give 0 or nothing where the correlation is, say, 1.
    private static func scaledPearson(_ x: [Double], _ y: [Double], meanX: Double, meanY: Double) -> Double? {
        let scaleX = x.reduce(0.0) { max($0, abs($1 - meanX)) }, scaleY = y.reduce(0.0) { max($0, abs($1 - meanY)) }
        guard scaleX > 0, scaleY > 0, scaleX.isFinite, scaleY.isFinite else { return nil }
        var sxx = 0.0, syy = 0.0, sxy = 0.0
        for (xi, yi) in zip(x, y) {
            let dx = (xi - meanX) / scaleX, dy = (yi - meanY) / scaleY
            sxx += dx * dx
            syy += dy * dy
            sxy += dx * dy
        }
        guard sxx > 0, syy > 0 else { return nil }
        return max(-1, min(1, sxy / (sxx.squareRoot() * syy.squareRoot())))
    }

    /// Ranks 1...n of `values`, tied values sharing the average of their ranks.
    public static func averageRanks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
            let average = Double(start + end) / 2 + 1
            for position in start...end { ranks[order[position]] = average }
            start = end + 1
        }
        return ranks
    }
}
