import Foundation

/// Lines (with a direct label at the end) and areas (bands).
extension ChartDrawing {
    // MARK: Line

    func drawLine(_ m: LineMark, _ f: PanelFrame) throws {
        var pts = try m.points.map { try point($0, f) }
        if case .linear = f.x { pts.sort { $0.x < $1.x } }
        guard !pts.isEmpty else { return }
        var path: [Point] = [pts[0]]
        for p in pts.dropFirst() {
            if m.interpolation == .stepAfter { path.append(Point(p.x, path.last!.y)) }
            path.append(p)
        }
        if let e = m.extendTo, let x = f.x.position(.number(e)), x > path.last!.x { path.append(Point(x, path.last!.y)) }
        let color = theme.resolve(m.color)
        if path.count == 1 {
            // A line through one point has no length: draw the point, so the value is not lost.
            let width = m.width ?? theme.dataLineWidth
            canvas.fill(Path.circle(center: path[0], radius: width * 1.6), color: color)
        }
        canvas.stroke(Path.polyline(path), style: StrokeStyle(width: m.width ?? theme.dataLineWidth, color: color, dash: m.dash,
                                                             cap: .butt, join: m.interpolation == .stepAfter ? .miter : .round))
        placer.addObstacle(polyline: path)
        if let label = m.label, let end = path.last {
            labelJobs.append(LabelJob(priority: .directLabel) { [self] in
                let t = canvas.layoutText(label, style: theme.style(theme.typeScale.label,
                                                                    color.alpha < 1 ? theme.text : theme.readableText(color), bold: true))
                var candidates: [Rect] = []
                for k in 0..<12 {
                    let dy = Double((k + 1) / 2) * (k % 2 == 0 ? 1 : -1) * (t.size.height * 0.6)
                    candidates.append(canvas.box(for: t, anchor: Point(end.x + 6, end.y + dy), horizontal: .leading, vertical: .middle))
                }
                if let r = placer.firstFit(candidates) { put(t, r, .directLabel) } else { placer.omit(label, .directLabel) }
            })
        }
    }

    // MARK: Area / band

    func drawArea(_ m: AreaMark, _ f: PanelFrame) {
        guard let sx = f.x.linear, let sy = f.y.linear else { return }
        let n = min(m.x.count, m.lower.count, m.upper.count)
        guard n > 1 else { return }
        let upper = (0..<n).map { Point(sx.map(m.x[$0]), sy.map(m.upper[$0])) }
        let lower = (0..<n).map { Point(sx.map(m.x[$0]), sy.map(m.lower[$0])) }
        let color = theme.resolve(m.color)
        canvas.fill(Path.polygon(upper + lower.reversed()), color: color.withAlpha(m.opacity))
        if let label = m.label {
            labelJobs.append(LabelJob(priority: .annotation) { [self] in
                let style = theme.style(theme.typeScale.annotation, theme.text)
                let t = canvas.layoutText(label, style: style)
                var candidates: [Rect] = []
                // Inside the band where it is widest, from the right end inwards; then above the upper edge.
                for i in stride(from: n - 1, through: 0, by: -1) {
                    let mid = Point(upper[i].x, (upper[i].y + lower[i].y) / 2)
                    if lower[i].y - upper[i].y > t.size.height + 4 {
                        candidates.append(canvas.box(for: t, anchor: Point(mid.x - 4, mid.y), horizontal: .trailing, vertical: .middle))
                    }
                }
                for i in stride(from: n - 1, through: 0, by: -1) {
                    candidates.append(canvas.box(for: t, anchor: Point(upper[i].x - 4, upper[i].y - 4), horizontal: .trailing, vertical: .bottom))
                }
                if let r = placer.firstFit(candidates.filter { f.rect.outset(dx: 2, dy: 2).contains($0) }) { put(t, r, .annotation) }
                else { placer.omit(label, .annotation) }
            })
        }
    }
}
