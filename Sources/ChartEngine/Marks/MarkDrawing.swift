import Foundation

/// Drawing of each mark kind (one file per kind); labels are queued as jobs so they can avoid every
/// mark's footprint.
extension ChartDrawing {
    func drawMark(_ mark: Mark, in f: PanelFrame) throws {
        switch mark {
        case .line(let m): try drawLine(m, f)
        case .area(let m): drawArea(m, f)
        case .bars(let m): try drawBars(m, f)
        case .points(let m): try drawPoints(m, f)
        case .rule(let m): drawRule(m, f)
        case .ranges(let m): try drawRanges(m, f)
        case .timeline(let m): drawTimeline(m, f)
        case .annotation(let m): try drawAnnotation(m, f)
        }
    }

    func point(_ p: DataPoint, _ f: PanelFrame) throws -> Point {
        guard let x = f.x.position(p.x), let y = f.y.position(p.y) else {
            throw ChartEngineError.invalidSpec("point \(p) does not fit the chart's scales")
        }
        return Point(x, y)
    }
}
