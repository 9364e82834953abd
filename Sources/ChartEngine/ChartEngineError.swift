/// Errors raised by the chart engine.
public enum ChartEngineError: Error, Equatable, CustomStringConvertible {
    /// A required font family is missing from the system.
    case fontNotFound(family: String, hint: String)
    /// Cairo reported an error.
    case cairo(String)
    /// A caller passed an impossible value.
    case invalidArgument(String)
    /// A chart spec cannot be drawn (e.g. a mark refers to an unknown category).
    case invalidSpec(String)
    /// The chart's texts leave no room for its plots at `size`. `minimum` is the smallest size, in whole
    /// points at the same aspect ratio, at which they fit (`nil` if none up to 20,000 points wide does).
    case canvasTooSmall(size: Size, minimum: Size?)

    /// One clear message.
    public var description: String {
        switch self {
        case .fontNotFound(let family, let hint): return "font '\(family)' not found; \(hint)"
        case .cairo(let m): return "cairo: \(m)"
        case .invalidArgument(let m): return "invalid argument: \(m)"
        case .invalidSpec(let m): return "invalid chart spec: \(m)"
        case .canvasTooSmall(let size, let minimum):
            let fits = minimum.map { "the smallest size that fits is \(Self.points($0)) pt" } ?? "no size up to 20000 pt fits"
            return "a \(Self.points(size)) pt chart is too small for its texts; \(fits)"
        }
    }

    private static func points(_ size: Size) -> String {
        func whole(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e9 ? String(Int(v)) : String(v) }
        return "\(whole(size.width))x\(whole(size.height))"
    }
}
