/// One year of a projection (a count forecast or a trend's extrapolation): the value and its 95 % interval.
public struct ForecastEntry: Hashable, Sendable {
    /// The calendar year.
    public var year: Int
    /// The projected value (for a count forecast, the predictive mean).
    public var value: Double
    /// Lower bound of the interval.
    public var lower: Double
    /// Upper bound of the interval.
    public var upper: Double

    /// Creates an entry.
    public init(year: Int, value: Double, lower: Double, upper: Double) {
        self.year = year
        self.value = value
        self.lower = lower
        self.upper = upper
    }
}
