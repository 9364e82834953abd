import RealModule

/// Growth rates of a yearly series: compound annual growth and log-linear OLS growth.
public enum GrowthRate {
    /// Compound annual growth rate in percent: `(last / first)^(1/n) − 1` with `n = lastYear − firstYear`.
    ///
    /// Nil when the base is not positive, the last value is negative, or the range is a single year.
    public static func cagrPercent(first: Double, last: Double, firstYear: Int, lastYear: Int) -> Double? {
        let years = lastYear - firstYear
        guard years > 0, first > 0, last >= 0 else { return nil }
        return (Double.pow(last / first, 1 / Double(years)) - 1) * 100
    }

    /// Growth per year in percent by log-linear OLS: fit `ln(value)` on the year by linear least squares,
    /// rate = `e^slope − 1`.
    ///
    /// Nil when any value is not positive, there are fewer than two points or all years are equal.
    public static func logLinearPercent(years: [Int], values: [Double]) -> Double? {
        guard years.count == values.count, years.count >= 2, values.allSatisfy({ $0 > 0 }) else { return nil }
        guard let fit = LinearFit(x: years.map(Double.init), y: values.map { Double.log($0) }) else { return nil }
        return (Double.exp(fit.slope) - 1) * 100
    }
}
