import Foundation

/// Data extents: the value range of the marks along each axis.
extension ChartDrawing {
    /// Value range of a panel's marks along y (numbers only).
    func yExtent(_ panel: PanelSpec) -> (min: Double, max: Double)? {
        var values: [Double] = []
        for mark in panel.marks {
            switch mark {
            case .line(let m): values += m.points.compactMap { $0.y.number }
            case .area(let m): values += m.lower + m.upper
            case .points(let m): values += m.points.compactMap { $0.point.y.number }
            // Horizontal bars put their values along x; their rows are bands.
            case .bars(let m): if m.orientation == .vertical { values += barExtents(m) }
            case .rule(let m): if case .horizontal(let v) = m.position, let n = v.number { values.append(n) }
            case .annotation(let m): if let n = m.target.y.number { values.append(n) }
            // Range bars sit in band rows, timeline events on one line: neither has a y value.
            case .ranges, .timeline: break
            }
        }
        guard let lo = values.min(), let hi = values.max() else { return nil }
        return (lo, hi)
    }

    /// Stack totals (positive and negative) or single values of bars.
    func barExtents(_ m: BarMark) -> [Double] {
        if !m.stacked { return m.series.flatMap { $0.values.map(\.value) } + [0] }
        var pos: [DataValue: Double] = [:], neg: [DataValue: Double] = [:]
        for s in m.series { for d in s.values { if d.value >= 0 { pos[d.position, default: 0] += d.value } else { neg[d.position, default: 0] += d.value } } }
        return Array(pos.values) + Array(neg.values) + [0]
    }

    /// X extent of every panel's marks (numbers only), widened for columns on a numeric axis.
    func xExtent() -> (min: Double, max: Double)? {
        var values: [Double] = []
        var barPad = 0.0
        for panel in spec.panels {
            for mark in panel.marks {
                switch mark {
                case .line(let m): values += m.points.compactMap { $0.x.number }; if let e = m.extendTo { values.append(e) }
                case .area(let m): values += m.x
                case .points(let m): values += m.points.compactMap { $0.point.x.number }
                case .bars(let m):
                    if m.orientation == .vertical {
                        values += m.series.flatMap { $0.values.compactMap { $0.position.number } }
                        barPad = max(barPad, m.thickness / 2 + 0.1)
                    } else { values += barExtents(m) }
                case .ranges(let m): values += m.bars.flatMap { [$0.start, $0.end] }
                case .timeline(let m): values += m.events.map(\.x)
                case .rule(let m): if case .vertical(let v) = m.position, let n = v.number { values.append(n) }
                case .annotation(let m): if let n = m.target.x.number { values.append(n) }
                }
            }
        }
        guard let lo = values.min(), let hi = values.max() else { return nil }
        return (lo - barPad, hi + barPad)
    }
}
