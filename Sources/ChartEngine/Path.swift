/// A vector path in canvas units, built from move/line/curve/close elements.
public struct Path: Sendable, Hashable {
    /// One element of a path.
    public enum Element: Sendable, Hashable {
        /// Start a new sub-path.
        case move(Point)
        /// Straight line to a point.
        case line(Point)
        /// Cubic Bézier curve.
        case curve(Point, Point, Point)
        /// Circular arc around a centre, angles in radians, clockwise in canvas space.
        case arc(center: Point, radius: Double, start: Double, end: Double)
        /// Close the current sub-path.
        case close
    }

    /// The elements in drawing order.
    public private(set) var elements: [Element] = []

    /// An empty path.
    public init() {}

    /// Starts a new sub-path at `p`.
    public mutating func move(to p: Point) { elements.append(.move(p)) }
    /// Adds a straight segment to `p`.
    public mutating func line(to p: Point) { elements.append(.line(p)) }
    /// Adds a cubic Bézier curve.
    public mutating func curve(to p: Point, control1: Point, control2: Point) { elements.append(.curve(control1, control2, p)) }
    /// Adds an arc.
    public mutating func arc(center: Point, radius: Double, start: Double, end: Double) {
        elements.append(.arc(center: center, radius: radius, start: start, end: end))
    }
    /// Closes the current sub-path.
    public mutating func close() { elements.append(.close) }

    /// A closed rectangle.
    public static func rect(_ r: Rect) -> Path {
        var p = Path()
        p.move(to: Point(r.minX, r.minY)); p.line(to: Point(r.maxX, r.minY))
        p.line(to: Point(r.maxX, r.maxY)); p.line(to: Point(r.minX, r.maxY)); p.close()
        return p
    }
    /// A full circle.
    public static func circle(center: Point, radius: Double) -> Path {
        var p = Path()
        p.move(to: Point(center.x + radius, center.y))
        p.arc(center: center, radius: radius, start: 0, end: 2 * Double.pi)
        p.close()
        return p
    }
    /// An open polyline through the points.
    public static func polyline(_ points: [Point]) -> Path {
        var p = Path()
        for (i, pt) in points.enumerated() { if i == 0 { p.move(to: pt) } else { p.line(to: pt) } }
        return p
    }
    /// A closed polygon through the points.
    public static func polygon(_ points: [Point]) -> Path {
        var p = polyline(points); if !points.isEmpty { p.close() }; return p
    }
}

/// How a line end is drawn.
public enum LineCap: Sendable, Hashable {
    /// Ends exactly at the end point.
    case butt
    /// A half-disc past the end point.
    case round
    /// A half-square past the end point.
    case square
}

/// How segments meet.
public enum LineJoin: Sendable, Hashable {
    /// Sharp corners.
    case miter
    /// Rounded corners.
    case round
    /// Cut-off corners.
    case bevel
}

/// Stroke parameters: width in points, colour, optional dash pattern (points on/off), cap and join.
public struct StrokeStyle: Sendable, Hashable {
    /// Line width in points.
    public var width: Double
    /// Stroke colour (alpha respected).
    public var color: Color
    /// Alternating on/off lengths in points; empty for a solid line.
    public var dash: [Double]
    /// Line cap.
    public var cap: LineCap
    /// Line join.
    public var join: LineJoin

    /// Creates a stroke style.
    public init(width: Double, color: Color, dash: [Double] = [], cap: LineCap = .butt, join: LineJoin = .miter) {
        self.width = width; self.color = color; self.dash = dash; self.cap = cap; self.join = join
    }
}
