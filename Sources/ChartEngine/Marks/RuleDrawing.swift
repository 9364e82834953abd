import Foundation

/// Reference rules (vertical or horizontal) with their labels, and range bars (a Gantt).
extension ChartDrawing {
    // MARK: Rules

    func drawRule(_ m: RuleMark, _ f: PanelFrame) {
        let color = theme.resolve(m.color)
        let style = StrokeStyle(width: 1, color: color, dash: m.dash)
        let textStyle = theme.style(theme.typeScale.annotation, theme.muted)
        switch m.position {
        case .vertical(let v):
            guard let x = f.x.position(v) else { return }
            canvas.line(from: Point(x, f.rect.minY), to: Point(x, f.rect.maxY), style: style)
            placer.addObstacle(polyline: [Point(x, f.rect.minY), Point(x, f.rect.maxY)])
            if let label = m.label {
                labelJobs.append(LabelJob(priority: .ruleLabel) { [self] in
                    let t = canvas.layoutText(label, style: textStyle)
                    let cands = [canvas.box(for: t, anchor: Point(x + 4, f.rect.minY), horizontal: .leading, vertical: .top),
                                 canvas.box(for: t, anchor: Point(x - 4, f.rect.minY), horizontal: .trailing, vertical: .top),
                                 canvas.box(for: t, anchor: Point(x + 4, f.rect.minY + t.size.height + 2), horizontal: .leading, vertical: .top),
                                 canvas.box(for: t, anchor: Point(x - 4, f.rect.minY + t.size.height + 2), horizontal: .trailing, vertical: .top)]
                    if let r = placer.firstFit(cands) { put(t, r, .ruleLabel) } else { placer.omit(label, .ruleLabel) }
                })
            }
        case .horizontal(let v):
            guard let y = f.y.position(v) else { return }
            canvas.line(from: Point(f.rect.minX, y), to: Point(f.rect.maxX, y), style: style)
            placer.addObstacle(polyline: [Point(f.rect.minX, y), Point(f.rect.maxX, y)])
            if let label = m.label {
                labelJobs.append(LabelJob(priority: .ruleLabel) { [self] in
                    let t = canvas.layoutText(label, style: textStyle)
                    let cands = [canvas.box(for: t, anchor: Point(f.rect.maxX, y - 3), horizontal: .trailing, vertical: .bottom),
                                 canvas.box(for: t, anchor: Point(f.rect.maxX, y + 3), horizontal: .trailing, vertical: .top),
                                 canvas.box(for: t, anchor: Point(f.rect.minX + 4, y - 3), horizontal: .leading, vertical: .bottom)]
                    if let r = placer.firstFit(cands) { put(t, r, .ruleLabel) } else { placer.omit(label, .ruleLabel) }
                })
            }
        }
    }

    // MARK: Ranges (Gantt)

    func drawRanges(_ m: RangeMark, _ f: PanelFrame) throws {
        guard case .band(let b) = f.y, let sx = f.x.linear else {
            throw ChartEngineError.invalidSpec("range bars need a band y axis and a continuous x axis")
        }
        // A row is at most 24 pt thick (and a tenth of the plot at most beyond that), so one member is a bar,
        // not a slab filling the plot.
        let h = min(b.bandwidth * m.thickness / 0.75, abs(b.step) - 1, max(24, f.rect.height / 10))
        for bar in m.bars {
            guard let c = b.center(of: bar.category) else { throw ChartEngineError.invalidSpec("unknown row \(bar.category)") }
            let x0 = sx.map(bar.start), x1 = sx.map(bar.end)
            let rect = Rect(x: min(x0, x1), y: c - h / 2, width: max(abs(x1 - x0), 1), height: max(h, 1))
            let color = theme.resolve(bar.color)
            if let o = theme.outline(for: bar.color) { canvas.fill(Path.rect(rect), color: color, outline: StrokeStyle(width: 0.5, color: o)) }
            else { canvas.fill(rect, color: color) }
            placer.addObstacle(rect)
        }
    }
}
