import Foundation

/// Timelines: markers on one line, labels on alternating sides with stems.
extension ChartDrawing {
    func drawTimeline(_ m: TimelineMark, _ f: PanelFrame) {
        guard let sx = f.x.linear else { return }
        let baseY = f.rect.midY
        canvas.line(from: Point(f.rect.minX, baseY), to: Point(f.rect.maxX, baseY), style: StrokeStyle(width: theme.axisLineWidth, color: theme.axis))
        let events = m.events.sorted { $0.x < $1.x }
        let radius = TimelineLayout.markerRadius
        for e in events {
            let c = Point(sx.map(e.x), baseY)
            let color = theme.resolve(e.color)
            canvas.fill(Path.circle(center: c, radius: radius), color: color,
                        outline: StrokeStyle(width: 1.5, color: theme.background ?? theme.text.withAlpha(0)))
            placer.addMarker(Rect(x: c.x - radius, y: c.y - radius, width: 2 * radius, height: 2 * radius))
        }
        placer.addObstacle(polyline: [Point(f.rect.minX, baseY), Point(f.rect.maxX, baseY)])
        let style = theme.style(theme.typeScale.label, theme.text)
        for (i, e) in events.enumerated() {
            labelJobs.append(LabelJob(priority: .timelineLabel) { [self] in
                let t = canvas.layoutText(e.label, style: style)
                let x = sx.map(e.x)
                let preferAbove = i % 2 == 0
                var candidates: [(Rect, Bool)] = []
                for level in 0..<8 {
                    let offset = radius + TimelineLayout.firstOffset + Double(level) * (t.size.height + TimelineLayout.levelGap)
                    for above in [preferAbove, !preferAbove] {
                        let y = above ? baseY - offset : baseY + offset
                        for h in [HorizontalAnchor.center, .leading, .trailing] {
                            var r = canvas.box(for: t, anchor: Point(x + (h == .leading ? -4 : h == .trailing ? 4 : 0), y),
                                               horizontal: h, vertical: above ? .bottom : .top)
                            if r.minX < f.rect.minX - 4 { r.x = f.rect.minX - 4 }
                            if r.maxX > placer.bounds.maxX { r.x = placer.bounds.maxX - r.width }
                            if r.minX <= x && r.maxX >= x { candidates.append((r, above)) }
                        }
                    }
                }
                func stem(_ rect: Rect, _ above: Bool) -> [Point] {
                    [Point(x, above ? baseY - radius - 1 : baseY + radius + 1), Point(x, above ? rect.maxY + 1 : rect.minY - 1)]
                }
                // The label fits, and its stem crosses no other label or marker.
                guard let (rect, above) = candidates.first(where: { r, above in
                    guard placer.fits(r, gap: 4), f.rect.outset(dx: 8, dy: 6).contains(r) else { return false }
                    let s = stem(r, above)
                    return !placer.segmentHitsText(s[0], s[1]) && !placer.segmentHitsMarker(s[0], s[1])
                })
                else { placer.omit(e.label, .timelineLabel); return }
                let stem = stem(rect, above)
                canvas.stroke(Path.polyline(stem), style: StrokeStyle(width: 0.75, color: theme.muted))
                placer.addLeader(stem[0], stem[1], label: e.label)
                put(t, rect, .timelineLabel)
            })
        }
    }

    /// Whether a panel is a timeline alone (hidden y axis, only timeline marks).
    func isTimeline(_ panel: PanelSpec) -> Bool {
        guard case .hidden = panel.y.kind, !panel.marks.isEmpty else { return false }
        return panel.marks.allSatisfy { if case .timeline = $0 { return true } else { return false } }
    }

    /// The height a timeline panel needs: the line, and two levels of its tallest label on each side.
    func timelineHeight(_ panel: PanelSpec) -> Double? {
        guard isTimeline(panel) else { return nil }
        var tallest = 0.0
        for case .timeline(let m) in panel.marks {
            guard !m.events.isEmpty else { return nil }
            for e in m.events { tallest = max(tallest, canvas.layoutText(e.label, style: labelTextStyle).size.height) }
        }
        let side = TimelineLayout.markerRadius + TimelineLayout.firstOffset + 2 * tallest + TimelineLayout.levelGap + 4
        return 2 * side
    }
}

/// Timeline geometry shared by drawing and layout (the compact timeline panel's height).
enum TimelineLayout {
    /// Marker radius.
    static let markerRadius = 5.0
    /// Distance from the marker's edge to the first label level.
    static let firstOffset = 12.0
    /// Gap between stacked label levels.
    static let levelGap = 3.0
}
