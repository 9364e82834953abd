import Foundation

extension ChartRenderer {
    /// The widest canvas the search for a minimum size tries, in points.
    static let largestProbedWidth = 20_000

    /// The smallest size at which a chart's texts leave room for its plots: whole points wide, at the
    /// aspect ratio of `spec.size` (height rounded up), or `nil` if none up to 20,000 points wide does.
    ///
    /// Found by laying the chart out (on a scratch surface of a few pixels: text metrics do not depend on
    /// the surface) at doubling widths, then by bisection between the last width that failed and the first
    /// that fitted: about 15 layouts, deterministic. A wider canvas only adds room, so the width found is the
    /// smallest; the size returned is always one that was laid out and fitted.
    public static func minimumSize(for spec: ChartSpec) throws -> Size? {
        let aspect = spec.size.height / spec.size.width
        guard aspect.isFinite, aspect > 0 else { return nil }
        // Multiply before dividing: for whole sizes the product is exact, so the asked size maps to itself
        // (419 × (236 / 419) is 236.00000000000003, which would round up to 237).
        func size(_ width: Int) -> Size {
            Size(Double(width), (Double(width) * spec.size.height / spec.size.width).rounded(.up))
        }
        // Narrower than both paddings plus the least plot width can never fit.
        var failing = Int(2 * ChartMetrics.innerPadding(canvasWidth: 0) + ChartDrawing.minimumPlotExtent)
        var fitting = max(failing + 1, Int(spec.size.width.rounded(.up)))
        while try !fits(spec, at: size(fitting)) {
            guard fitting < largestProbedWidth else { return nil }
            failing = fitting
            fitting = min(fitting * 2, largestProbedWidth)
        }
        while fitting - failing > 1 {
            let middle = failing + (fitting - failing) / 2
            if try fits(spec, at: size(middle)) { fitting = middle } else { failing = middle }
        }
        return size(fitting)
    }

    /// Whether the chart's texts leave room for its plots at `size`.
    static func fits(_ spec: ChartSpec, at size: Size) throws -> Bool {
        var probe = spec
        probe.size = size
        do {
            try Canvas.probe(size: size) { try ChartDrawing(spec: probe, canvas: $0).run() }
            return true
        } catch is CanvasTooSmall {
            return false
        }
    }
}
