/// Maps a continuous domain linearly onto a range of canvas positions (the range may be inverted, as on y axes).
public struct LinearScale: Sendable, Hashable {
    /// Data interval.
    public var domain: ClosedRange<Double>
    /// Canvas position of `domain.lowerBound`.
    public var rangeStart: Double
    /// Canvas position of `domain.upperBound`.
    public var rangeEnd: Double

    /// Creates a scale.
    public init(domain: ClosedRange<Double>, rangeStart: Double, rangeEnd: Double) {
        self.domain = domain; self.rangeStart = rangeStart; self.rangeEnd = rangeEnd
    }

    /// Canvas position of a data value (extrapolates outside the domain).
    public func map(_ v: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        guard span != 0 else { return (rangeStart + rangeEnd) / 2 }
        return rangeStart + (v - domain.lowerBound) / span * (rangeEnd - rangeStart)
    }

    /// Data value at a canvas position.
    public func invert(_ p: Double) -> Double {
        let r = rangeEnd - rangeStart
        guard r != 0 else { return domain.lowerBound }
        return domain.lowerBound + (p - rangeStart) / r * (domain.upperBound - domain.lowerBound)
    }

    /// Canvas units per data unit (absolute).
    public var unitLength: Double {
        let span = domain.upperBound - domain.lowerBound
        return span == 0 ? 0 : abs(rangeEnd - rangeStart) / span
    }
}
