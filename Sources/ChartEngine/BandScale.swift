/// Places categories in equal bands along a range, with inner and outer padding as fractions of the step.
///
/// A category's position is a dictionary lookup (built once, when the categories are set), so placing n
/// rows costs O(n), not O(n²).
public struct BandScale: Sendable, Hashable {
    /// Categories in display order. A category listed twice keeps its first band.
    public var categories: [String] { didSet { indices = Self.indices(of: categories) } }
    /// Canvas start of the range.
    public var rangeStart: Double
    /// Canvas end of the range.
    public var rangeEnd: Double
    /// Gap between bands as a fraction of the step (0...1).
    public var paddingInner: Double
    /// Space before the first and after the last band, as a fraction of the step.
    public var paddingOuter: Double
    /// Each category's index in `categories` (its first occurrence).
    private var indices: [String: Int]

    /// Creates a band scale.
    public init(categories: [String], rangeStart: Double, rangeEnd: Double, paddingInner: Double = 0.2, paddingOuter: Double = 0.1) {
        self.categories = categories; self.rangeStart = rangeStart; self.rangeEnd = rangeEnd
        self.paddingInner = paddingInner; self.paddingOuter = paddingOuter
        self.indices = Self.indices(of: categories)
    }

    private static func indices(of categories: [String]) -> [String: Int] {
        var indices: [String: Int] = [:]
        indices.reserveCapacity(categories.count)
        for (i, category) in categories.enumerated() where indices[category] == nil { indices[category] = i }
        return indices
    }

    /// Distance from one band's start to the next's (signed like the range).
    public var step: Double {
        let n = Double(max(categories.count, 1))
        return (rangeEnd - rangeStart) / (n - paddingInner + 2 * paddingOuter)
    }
    /// Width of one band (absolute).
    public var bandwidth: Double { abs(step) * (1 - paddingInner) }

    /// The index of a category's band, or `nil` if unknown (O(1)).
    public func index(of category: String) -> Int? { indices[category] }

    /// Canvas start (towards `rangeStart`) of a category's band, or `nil` if unknown.
    public func start(of category: String) -> Double? {
        guard let i = indices[category] else { return nil }
        let s = step
        let begin = rangeStart + s * paddingOuter + s * Double(i)
        return s >= 0 ? begin : begin - bandwidth
    }
    /// Canvas centre of a category's band, or `nil` if unknown.
    public func center(of category: String) -> Double? { start(of: category).map { $0 + bandwidth / 2 } }
}
