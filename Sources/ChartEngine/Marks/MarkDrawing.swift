import Foundation

/// Drawing of each mark kind; labels are queued as jobs so they can avoid every mark's footprint.
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
            labelJobs.append(LabelJob(priority: 0) { [self] in
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
            labelJobs.append(LabelJob(priority: 3) { [self] in
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

    // MARK: Bars

    func drawBars(_ m: BarMark, _ f: PanelFrame) throws {
        let vertical = m.orientation == .vertical
        let posScale = vertical ? f.x : f.y
        guard let valueScale = (vertical ? f.y : f.x).linear else {
            throw ChartEngineError.invalidSpec("bar values need a linear axis")
        }
        let thickness: Double
        switch posScale {
        case .band(let b): thickness = b.bandwidth * m.thickness / (m.bandwidthFraction)
        case .linear(let s): thickness = s.unitLength * m.thickness
        }
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
            labelJobs.append(LabelJob(priority: 1) { [self] in
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

    // MARK: Points

    func drawPoints(_ m: PointMark, _ f: PanelFrame) throws {
        let color = theme.resolve(m.color)
        var centers: [Point] = []
        for p in m.points {
            let c = try point(p.point, f)
            centers.append(c)
            let circle = Path.circle(center: c, radius: m.radius)
            if m.hollow {
                canvas.fill(circle, color: theme.background ?? Color(hex: 0xFFFFFF, alpha: 0),
                            outline: StrokeStyle(width: 1.5, color: color))
            } else if let bg = theme.background {
                canvas.fill(circle, color: color, outline: StrokeStyle(width: 1, color: bg))
            } else {
                canvas.fill(circle, color: color)
            }
            placer.addObstacle(Rect(x: c.x - m.radius, y: c.y - m.radius, width: 2 * m.radius, height: 2 * m.radius))
        }
        let style = theme.style(theme.typeScale.label, theme.text)
        let labelledXs = zip(m.points, centers).filter { !($0.0.label ?? "").isEmpty }.map(\.1.x)
        for (p, c) in zip(m.points, centers) {
            guard let label = p.label, !label.isEmpty else { continue }
            labelJobs.append(LabelJob(priority: 2) { [self] in
                let t = canvas.layoutText(label, style: style)
                let r = m.radius + 3
                let lineH = t.size.height + 1
                var candidates: [(Rect, Bool)] = []
                let above = canvas.box(for: t, anchor: Point(c.x, c.y - r), horizontal: .center, vertical: .bottom)
                // A labelled point close on the right (under this label's right half) would lose the room above
                // itself: lean this label left first, so crowded batches (several joins in one year) all fit.
                let crowdedRight = labelledXs.contains { $0 > c.x + 0.5 && $0 < c.x + above.width / 2 + 8 }
                if m.labelPlacement == .stackAbove && crowdedRight {
                    candidates.append((above.offsetBy(dx: -above.width / 2 + 2, dy: 0), false))
                }
                candidates.append((above, false))
                if m.labelPlacement == .auto {
                    candidates.append((canvas.box(for: t, anchor: Point(c.x + r, c.y), horizontal: .leading, vertical: .middle), false))
                    candidates.append((canvas.box(for: t, anchor: Point(c.x - r, c.y), horizontal: .trailing, vertical: .middle), false))
                    candidates.append((canvas.box(for: t, anchor: Point(c.x, c.y + r), horizontal: .center, vertical: .top), false))
                }
                // Stack upward (with a leader), centred, then leaning right or left.
                for level in 1...14 {
                    let dy = Double(level) * lineH
                    for dx in [0, above.width / 2 - 2, -above.width / 2 + 2] {
                        candidates.append((above.offsetBy(dx: dx, dy: -dy), true))
                    }
                }
                // Beside the point, then stacked downward (for crowded tops).
                if m.labelPlacement == .stackAbove {
                    let right = canvas.box(for: t, anchor: Point(c.x + r, c.y), horizontal: .leading, vertical: .middle)
                    let left = canvas.box(for: t, anchor: Point(c.x - r, c.y), horizontal: .trailing, vertical: .middle)
                    candidates.append((left, false)); candidates.append((right, false))
                    for level in 1...8 {
                        let below = canvas.box(for: t, anchor: Point(c.x, c.y + r + Double(level - 1) * lineH), horizontal: .center, vertical: .top)
                        candidates.append((below, level > 1))
                    }
                }
                func leaderPath(_ rect: Rect) -> [Point] {
                    let x = min(max(c.x, rect.minX + 1), rect.maxX - 1)
                    return rect.minY > c.y ? [Point(c.x, c.y + m.radius + 1), Point(x, rect.minY)]
                                           : [Point(c.x, c.y - m.radius - 1), Point(x, rect.maxY)]
                }
                guard let (rect, leader) = candidates.first(where: { cand in
                    guard placer.fits(cand.0, gap: 3) else { return false }
                    // A leader must not cross another label.
                    guard cand.1 else { return true }
                    let path = leaderPath(cand.0)
                    return !placer.segmentHitsText(path[0], path[1])
                }) else {
                    placer.omit(label, .pointLabel); return
                }
                if leader {
                    let path = leaderPath(rect)
                    canvas.stroke(Path.polyline(path), style: StrokeStyle(width: 0.6, color: theme.muted))
                    placer.addObstacle(polyline: path)
                }
                put(t, rect, .pointLabel)
            })
        }
    }

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
                labelJobs.append(LabelJob(priority: 5) { [self] in
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
                labelJobs.append(LabelJob(priority: 5) { [self] in
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
        let h = min(b.bandwidth * m.thickness / 0.75, abs(b.step) - 1)
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

    // MARK: Timeline

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
            placer.addObstacle(Rect(x: c.x - radius, y: c.y - radius, width: 2 * radius, height: 2 * radius))
        }
        placer.addObstacle(polyline: [Point(f.rect.minX, baseY), Point(f.rect.maxX, baseY)])
        let style = theme.style(theme.typeScale.label, theme.text)
        for (i, e) in events.enumerated() {
            labelJobs.append(LabelJob(priority: 4) { [self] in
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
                guard let (rect, above) = candidates.first(where: { placer.fits($0.0, gap: 4) && f.rect.outset(dx: 8, dy: 6).contains($0.0) })
                else { placer.omit(e.label, .timelineLabel); return }
                let stem = [Point(x, above ? baseY - radius - 1 : baseY + radius + 1), Point(x, above ? rect.maxY + 1 : rect.minY - 1)]
                canvas.stroke(Path.polyline(stem), style: StrokeStyle(width: 0.75, color: theme.muted))
                placer.addObstacle(polyline: stem)
                put(t, rect, .timelineLabel)
            })
        }
    }

    // MARK: Annotations

    func drawAnnotation(_ m: AnnotationMark, _ f: PanelFrame) throws {
        let target = try point(m.target, f)
        labelJobs.append(LabelJob(priority: 3) { [self] in
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
                placer.addObstacle(polyline: [from, to])
            }
            put(layout, r, .annotation)
        })
    }
}

extension BarMark {
    /// The reference fraction `thickness` is measured against on band axes (bands are already padded).
    var bandwidthFraction: Double { 0.8 }
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
