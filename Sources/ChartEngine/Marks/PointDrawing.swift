import Foundation

/// Points, with labels tried above, beside and stacked with leaders.
extension ChartDrawing {
    func drawPoints(_ m: PointMark, _ f: PanelFrame) throws {
        let color = theme.resolve(m.color)
        var points = m.points
        var centers = try points.map { try point($0.point, f) }
        if let rule = m.cluster { (points, centers) = Self.clustered(points, centers, rule: rule, radius: m.radius) }
        for (p, c) in zip(points, centers) {
            let circle = Path.circle(center: c, radius: m.radius)
            if m.hollow || p.hollow {
                canvas.fill(circle, color: theme.background ?? Color(hex: 0xFFFFFF, alpha: 0),
                            outline: StrokeStyle(width: 1.5, color: color))
            } else if let bg = theme.background {
                canvas.fill(circle, color: color, outline: StrokeStyle(width: 1, color: bg))
            } else {
                canvas.fill(circle, color: color)
            }
            placer.addMarker(Rect(x: c.x - m.radius, y: c.y - m.radius, width: 2 * m.radius, height: 2 * m.radius))
        }
        let style = theme.style(theme.typeScale.label, theme.text)
        let labelledXs = zip(points, centers).filter { !($0.0.label ?? "").isEmpty }.map(\.1.x)
        let labelled = zip(points, centers).compactMap { p, c in
            p.label.flatMap { $0.isEmpty ? nil : (label: $0, compact: p.compactLabel, center: c) }
        }
        guard !labelled.isEmpty else { return }
        // Two passes over the mark's labels, in order: every label at the first candidate that fits, then the
        // compact label ("3 join") of each still without room, so names keep the room they find first.
        labelJobs.append(LabelJob(priority: .pointLabel) { [self] in
            var pending = Array(labelled.indices)
            for compact in [false, true] {
                pending = pending.filter { i in
                    guard let label = compact ? labelled[i].compact : labelled[i].label else { return true }
                    return !placePointLabel(label, at: labelled[i].center, m, style: style, labelledXs: labelledXs)
                }
            }
            for i in pending { placer.omit(labelled[i].label, .pointLabel) }
        })
    }

    /// Places `label` for the point at `c` at its first candidate that fits (a leader, when it needs one,
    /// crossing no label nor marker) and draws it; false when none fits.
    func placePointLabel(_ label: String, at c: Point, _ m: PointMark, style: TextStyle, labelledXs: [Double]) -> Bool {
        let t = canvas.layoutText(label, style: style)
        func leaderPath(_ rect: Rect) -> [Point] { Self.pointLeader(from: c, radius: m.radius, to: rect) }
        guard let (rect, leader) = pointLabelCandidates(t, at: c, m, labelledXs: labelledXs).first(where: { cand in
            guard placer.fits(cand.0, gap: 3) else { return false }
            // Without a leader a label must read as its own point's: every other marker clearly farther from it.
            guard cand.1 else {
                let own = Self.distance(cand.0, c)
                return !placer.markers.contains { hypot($0.rect.midX - c.x, $0.rect.midY - c.y) > 0.5 && Self.distance(cand.0, $0.rect.center) < own + 3 }
            }
            let path = leaderPath(cand.0)
            return !placer.segmentHitsText(path[0], path[1]) && !placer.segmentHitsMarker(path[0], path[1])
        }) else { return false }
        if leader {
            let path = leaderPath(rect)
            canvas.stroke(Path.polyline(path), style: StrokeStyle(width: 0.6, color: theme.muted))
            placer.addLeader(path[0], path[1], label: label)
        }
        put(t, rect, .pointLabel)
        return true
    }

    /// The distance from `p` to the nearest point of `r` (0 inside).
    static func distance(_ r: Rect, _ p: Point) -> Double {
        hypot(max(r.minX - p.x, 0, p.x - r.maxX), max(r.minY - p.y, 0, p.y - r.maxY))
    }

    /// The leader from a point (centre `c`) to its label's box: from the marker's top or bottom edge to the
    /// nearest point of the box's facing edge.
    static func pointLeader(from c: Point, radius: Double, to rect: Rect) -> [Point] {
        let x = min(max(c.x, rect.minX + 1), rect.maxX - 1)
        return rect.minY > c.y ? [Point(c.x, c.y + radius + 1), Point(x, rect.minY)]
                               : [Point(c.x, c.y - radius - 1), Point(x, rect.maxY)]
    }

    /// A point label's candidate boxes in order of preference, each with whether it needs a leader: above
    /// (leaning left first when another labelled point is close on the right); beside and below (`.auto`), or
    /// beside and right below, centred or leaning (`.stackAbove`); then stacked upward with a leader, and for
    /// `.stackAbove` stacked downward.
    func pointLabelCandidates(_ t: TextLayout, at c: Point, _ m: PointMark, labelledXs: [Double]) -> [(Rect, Bool)] {
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
        // `.stackAbove`: next to the point before any leader: beside it, then right below it, centred, leaning
        // right (the room under a rising staircase) or left.
        func below(_ level: Int) -> [(Rect, Bool)] {
            let box = canvas.box(for: t, anchor: Point(c.x, c.y + r + Double(level - 1) * lineH), horizontal: .center, vertical: .top)
            return [0, box.width / 2 - 2, -box.width / 2 + 2].map { (box.offsetBy(dx: $0, dy: 0), level > 1) }
        }
        if m.labelPlacement == .stackAbove {
            candidates.append((canvas.box(for: t, anchor: Point(c.x - r, c.y), horizontal: .trailing, vertical: .middle), false))
            candidates.append((canvas.box(for: t, anchor: Point(c.x + r, c.y), horizontal: .leading, vertical: .middle), false))
            candidates += below(1)
        }
        // Stacked upward with a leader, centred, then leaning right or left; for `.stackAbove` then downward.
        for level in 1...14 {
            let dy = Double(level) * lineH
            for dx in [0, above.width / 2 - 2, -above.width / 2 + 2] {
                candidates.append((above.offsetBy(dx: dx, dy: -dy), true))
            }
        }
        if m.labelPlacement == .stackAbove {
            for level in 2...8 { candidates += below(level) }
        }
        return candidates
    }

    /// Points merged by `rule` (see ``PointCluster``), in their original order, with their canvas centres.
    static func clustered(_ points: [LabeledPoint], _ centers: [Point], rule: PointCluster,
                          radius: Double) -> ([LabeledPoint], [Point]) {
        let order = centers.indices.sorted { (centers[$0].x, $0) > (centers[$1].x, $1) }
        var clusters: [[Int]] = []
        for i in order {
            if let anchor = clusters.last?.first,
               hypot(centers[anchor].x - centers[i].x, centers[anchor].y - centers[i].y) <= max(2 * radius + 1, rule.distance) {
                clusters[clusters.count - 1].append(i)
            } else {
                clusters.append([i])
            }
        }
        var merged: [(index: Int, point: LabeledPoint, center: Point)] = []
        for members in clusters {
            let anchor = members[0]
            guard members.count > 1 else {
                var single = points[anchor]
                if single.compactLabel == nil, single.weight > 1, single.label?.contains(",") == true {
                    single.compactLabel = "\(single.weight) \(single.noun ?? rule.noun)"
                }
                merged.append((anchor, single, centers[anchor])); continue
            }
            let inOrder = members.sorted()
            let weight = inOrder.reduce(0) { $0 + points[$1].weight }
            let labels = inOrder.compactMap { points[$0].label }.filter { !$0.isEmpty }
            var counts: [(noun: String, count: Int)] = []
            for i in inOrder {
                let noun = points[i].noun ?? rule.noun
                if let k = counts.firstIndex(where: { $0.noun == noun }) { counts[k].count += points[i].weight }
                else { counts.append((noun, points[i].weight)) }
            }
            let counted = counts.map { "\($0.count) \($0.noun)" }.joined(separator: ", ")
            let listed = weight <= rule.maxListed && labels.count == inOrder.count
            let hollow = inOrder.allSatisfy { points[$0].hollow }
            merged.append((anchor, LabeledPoint(points[anchor].point, label: listed ? labels.joined(separator: ", ") : counted,
                                                weight: weight, noun: points[anchor].noun, hollow: hollow,
                                                compactLabel: listed ? counted : nil), centers[anchor]))
        }
        merged.sort { $0.index < $1.index }
        return (merged.map(\.point), merged.map(\.center))
    }
}
