import Foundation

/// Bars: grouped or stacked, vertical or horizontal, with value labels at the ends.
extension ChartDrawing {
    func drawBars(_ m: BarMark, _ f: PanelFrame) throws {
        let vertical = m.orientation == .vertical
        let posScale = vertical ? f.x : f.y
        guard let valueScale = (vertical ? f.y : f.x).linear else {
            throw ChartEngineError.invalidSpec("bar values need a linear axis")
        }
        var thickness: Double
        switch posScale {
        case .band(let b): thickness = b.bandwidth * m.thickness / (m.bandwidthFraction)
        case .linear(let s): thickness = s.unitLength * m.thickness
        }
        // A bar is at most an eighth of the plot thick, within 28–56 pt, so one bar is not a slab filling the plot.
        let extent = vertical ? f.rect.width : f.rect.height
        thickness = min(thickness, min(56, max(28, extent / 8)) * Double(m.stacked ? 1 : max(m.series.count, 1)))
        let groups = m.stacked ? 1 : max(m.series.count, 1)
        let barThickness = thickness / Double(groups)
        var posTop: [DataValue: Double] = [:], negTop: [DataValue: Double] = [:]
        var ends: [String: (rect: Rect, value: Double, label: String?, negative: Bool)] = [:]
        var order: [String] = []
        for (si, series) in m.series.enumerated() {
            let color = theme.resolve(series.color)
            let outline = theme.outline(for: series.color)
            for d in series.values {
                guard let center = posScale.position(d.position) else {
                    throw ChartEngineError.invalidSpec("bar position \(d.position) is not on the axis")
                }
                let base: Double
                if m.stacked { base = d.value >= 0 ? posTop[d.position, default: 0] : negTop[d.position, default: 0] } else { base = 0 }
                let top = base + d.value
                if m.stacked { if d.value >= 0 { posTop[d.position] = top } else { negTop[d.position] = top } }
                let offset = m.stacked ? 0 : (Double(si) - Double(groups - 1) / 2) * barThickness
                let a = valueScale.map(base), b = valueScale.map(top)
                let lo = center + offset - barThickness / 2
                let rect = vertical ? Rect(x: lo, y: min(a, b), width: barThickness, height: abs(b - a))
                                    : Rect(x: min(a, b), y: lo, width: abs(b - a), height: barThickness)
                if rect.width > 0 && rect.height > 0 {
                    if let outline { canvas.fill(Path.rect(rect), color: color, outline: StrokeStyle(width: 0.75, color: outline)) }
                    else { canvas.fill(rect, color: color) }
                    placer.addObstacle(rect)
                    // A segment stacked on another is set off by a thin gap in the page colour, so neighbouring
                    // greys (or any two close fills) stay apart.
                    if m.stacked && base != 0 {
                        let gap = StrokeStyle(width: 1, color: theme.pageColor)
                        if vertical { canvas.line(from: Point(rect.minX, a), to: Point(rect.maxX, a), style: gap) }
                        else { canvas.line(from: Point(a, rect.minY), to: Point(a, rect.maxY), style: gap) }
                    }
                }
                // One label per stack end (positive and negative stacks separately), or per bar when grouped.
                let key = m.stacked ? "\(d.position)|\(d.value >= 0 ? "+" : "-")" : "\(si)|\(d.position)"
                let previous = ends[key]
                if previous == nil { order.append(key) }
                let total = m.stacked ? (d.value >= 0 ? posTop[d.position]! : negTop[d.position]!) : d.value
                ends[key] = (previous.map { $0.rect.union(rect) } ?? rect, total, d.label ?? previous?.label, d.value < 0)
            }
        }
        guard m.valueLabels != nil || m.series.contains(where: { $0.values.contains { $0.label != nil } }) else { return }
        let style = theme.style(theme.typeScale.label, theme.text)
        for key in order {
            guard let end = ends[key] else { continue }
            // Zero stacks get no automatic label: an empty year reads as a gap, not as "0".
            guard let text = end.label ?? (end.value == 0 ? nil : m.valueLabels?.format(end.value)) else { continue }
            labelJobs.append(LabelJob(priority: .valueLabel) { [self] in
                let t = canvas.layoutText(text, style: style)
                let r = end.rect
                let candidate: Rect
                if vertical {
                    candidate = end.negative
                        ? canvas.box(for: t, anchor: Point(r.midX, r.maxY + 3), horizontal: .center, vertical: .top)
                        : canvas.box(for: t, anchor: Point(r.midX, r.minY - 3), horizontal: .center, vertical: .bottom)
                } else {
                    candidate = end.negative
                        ? canvas.box(for: t, anchor: Point(r.minX - 5, r.midY), horizontal: .trailing, vertical: .middle)
                        : canvas.box(for: t, anchor: Point(r.maxX + 5, r.midY), horizontal: .leading, vertical: .middle)
                }
                if let fit = placer.firstFit([candidate]) { put(t, fit, .valueLabel) } else { placer.omit(text, .valueLabel) }
            })
        }
    }
}

extension BarMark {
    /// The reference fraction `thickness` is measured against on band axes (bands are already padded).
    var bandwidthFraction: Double { 0.8 }
}
