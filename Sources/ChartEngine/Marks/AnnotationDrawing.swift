import Foundation

/// Annotations: a text near its target with a leader line.
extension ChartDrawing {
    func drawAnnotation(_ m: AnnotationMark, _ f: PanelFrame) throws {
        let target = try point(m.target, f)
        labelJobs.append(LabelJob(priority: .annotation) { [self] in
            let style = theme.style(theme.typeScale.annotation, theme.text)
            let t = canvas.layoutText(m.text, style: style, width: nil)
            var layout = t
            if t.size.width > m.maxWidth {
                // Wrap, then shrink the box to the widest line so the leader meets the text.
                let wrapped = canvas.layoutText(m.text, style: style, width: m.maxWidth)
                layout = canvas.layoutText(m.text, style: style, width: wrapped.contentWidth + 0.5)
            }
            let w = layout.size.width, h = layout.size.height
            func box(_ dx: Double, _ dy: Double) -> Rect {
                // The corner nearest the target sits at (dx, dy) from it.
                let x = dx >= 0 ? target.x + dx : target.x + dx - w
                let y = dy >= 0 ? target.y + dy : target.y + dy - h
                return Rect(x: x, y: y, width: w, height: h)
            }
            var candidates = [box(m.dx, m.dy)]
            for scale in [1.0, 1.6, 2.4, 3.4] {
                let d = 24 * scale
                for (dx, dy) in [(d, -d), (-d, -d), (d, d), (-d, d), (d, -4), (-d, -4), (4, -d), (4, d)] {
                    candidates.append(box(dx, dy))
                }
            }
            guard let r = placer.firstFit(candidates, gap: 4) else { placer.omit(m.text, .annotation); return }
            let near = Point(min(max(target.x, r.minX), r.maxX), min(max(target.y, r.minY), r.maxY))
            let dist = hypot(near.x - target.x, near.y - target.y)
            if dist > 6 {
                let ux = (near.x - target.x) / dist, uy = (near.y - target.y) / dist
                let from = Point(target.x + ux * 4, target.y + uy * 4), to = Point(near.x - ux * 2, near.y - uy * 2)
                canvas.stroke(Path.polyline([from, to]), style: StrokeStyle(width: 0.75, color: theme.muted))
                placer.addLeader(from, to, label: m.text)
            }
            put(layout, r, .annotation)
        })
    }
}
