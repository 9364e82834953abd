import Foundation

/// Timelines in lanes (docs/chart-engine.md, "Timeline lanes"): the time axis is the panel's bottom line, with
/// the year labels right under it and a tick in the event's colour on it for each event; each event is a
/// marker in a lane above, over vertical year gridlines, its label (which carries the date) beside the marker.
/// No stems: a stem through the lanes below would cross their labels whenever editions are close.
///
/// Events are taken in date order (key events first if one would otherwise be left out). Lanes run from the
/// top, one event per lane while lanes last (a staircase), then wrapping. Each event takes the first lane,
/// from its preferred one, where its marker and its label (right of the marker where it fits, else left) clear
/// every placed text and marker. Where some event gets no marker, close events merge into one counted marker
/// (TimelineMerging.swift); an event still without one is left out and counted.
extension ChartDrawing {
    func drawTimeline(_ m: TimelineMark, _ f: PanelFrame) {
        guard let sx = f.x.linear else { return }
        let baseY = f.rect.maxY
        canvas.line(from: Point(f.rect.minX, baseY), to: Point(f.rect.maxX, baseY), style: StrokeStyle(width: theme.axisLineWidth, color: theme.axis))
        placer.addObstacle(polyline: [Point(f.rect.minX, baseY), Point(f.rect.maxX, baseY)])
        let events = m.events.enumerated().sorted { ($0.element.x, $0.offset) < ($1.element.x, $1.offset) }.map(\.element)
        guard !events.isEmpty else { return }
        labelJobs.append(LabelJob(priority: .timelineLabel) { [self] in
            // A tick at every event's own date, merged into another marker or left out as it may be.
            for e in events {
                let x = sx.map(e.x)
                canvas.line(from: Point(x, f.rect.maxY - 1), to: Point(x, f.rect.maxY - 7),
                            style: StrokeStyle(width: 1.5, color: theme.resolve(e.color)))
            }
            let (shown, layouts, plan) = planTimelineMerging(events, f, sx)
            for (i, e) in shown.enumerated() {
                guard let p = plan[i] else { placer.omit(layouts[i].text, .timelineLabel); continue }
                drawTimelineMarker(e, at: p.marker)
                placer.addMarker(p.markerRect)
                if let label = p.label { put(layouts[i], label, .timelineLabel) } else { placer.omit(layouts[i].text, .timelineLabel) }
            }
        })
    }

    /// The lanes' plan with full labels; where some find no room, compact labels for those; key events first if
    /// one is then left out; events without a marker first if that gives more events one. Returns the labels
    /// laid out as planned.
    func planTimelineLabels(_ events: [TimelineEvent], _ f: PanelFrame, _ sx: LinearScale) -> ([TextLayout], [TimelinePlacement?]) {
        /// `layouts` with the compact label (where there is one) for each event `plan` leaves unlabelled.
        func compacted(_ layouts: [TextLayout], where plan: [TimelinePlacement?]) -> [TextLayout] {
            events.indices.map { i in
                plan[i]?.label == nil ? events[i].compactLabel.map { canvas.layoutText($0, style: labelTextStyle) } ?? layouts[i] : layouts[i]
            }
        }
        var layouts = events.map { canvas.layoutText($0.label, style: labelTextStyle) }
        var plan = planTimeline(events, layouts, f, sx, keysFirst: false)
        if plan.contains(where: { $0?.label == nil }) {
            layouts = compacted(layouts, where: plan)
            plan = planTimeline(events, layouts, f, sx, keysFirst: false)
        }
        if zip(events, plan).contains(where: { $0.0.isKey && $0.1?.label == nil }) { plan = planTimeline(events, layouts, f, sx, keysFirst: true) }
        // Markers before labels: events without a marker are placed first (with their label where it fits) and
        // the other labels make way, compact where the full one no longer fits; kept if fewer events are then
        // without a marker and no key event loses its label.
        let unmarked = plan.indices.filter { plan[$0] == nil }
        guard !unmarked.isEmpty else { return (layouts, plan) }
        func better(_ retry: [TimelinePlacement?], than plan: [TimelinePlacement?]) -> Bool {
            events.indices.allSatisfy { !events[$0].isKey || plan[$0]?.label == nil || retry[$0]?.label != nil }
                && retry.filter { $0 == nil }.count < plan.filter { $0 == nil }.count
        }
        let retry = planTimeline(events, layouts, f, sx, keysFirst: true, first: unmarked)
        guard better(retry, than: plan) else { return (layouts, plan) }
        let shortened = compacted(layouts, where: retry)
        let shortRetry = planTimeline(events, shortened, f, sx, keysFirst: true, first: unmarked)
        if better(shortRetry, than: plan), shortRetry.filter({ $0 == nil }).count <= retry.filter({ $0 == nil }).count,
           shortRetry.filter({ $0?.label != nil }).count >= retry.filter({ $0?.label != nil }).count {
            return (shortened, shortRetry)
        }
        return (layouts, retry)
    }

    /// One event's place: marker centre and box, and label box (nil: the marker is drawn, its label left out
    /// and counted, when no lane has room for the label: an edition is never silently missing from the axis).
    struct TimelinePlacement: Equatable {
        var marker: Point
        var markerRect: Rect
        var label: Rect?
    }

    /// The lanes' plan: one placement per event (nil: left out), without drawing; the events `first` (in that
    /// order), then key events if `keysFirst`, then the rest in date order.
    func planTimeline(_ events: [TimelineEvent], _ layouts: [TextLayout], _ f: PanelFrame, _ sx: LinearScale,
                      keysFirst: Bool, first: [Int] = []) -> [TimelinePlacement?] {
        let r = TimelineLayout.markerRadius
        let tallest = layouts.map(\.size.height).max() ?? 0
        let laneHeight = max(tallest, 2 * r) + TimelineLayout.levelGap * 2
        let room = f.rect.height - TimelineLayout.firstOffset
        let lanes = max(1, Int(room / laneHeight))
        let area = Rect(x: placer.markLabelArea?.minX ?? f.rect.minX, y: f.rect.minY,
                        width: (placer.markLabelArea?.maxX ?? f.rect.maxX) - (placer.markLabelArea?.minX ?? f.rect.minX),
                        height: f.rect.height - 8)
        // Labels go right of their markers where they fit, else left. Right-labelled events descend from the top
        // lane in date order, left-labelled ones (near the end of the axis) from the top in reverse date order.
        let labelsRight = events.indices.map { sx.map(events[$0].x) + r + 4 + layouts[$0].size.width <= area.maxX }
        let rights = events.indices.filter { labelsRight[$0] }, lefts = events.indices.filter { !labelsRight[$0] }
        let needed = max(rights.count, lefts.count, 1)
        // Lanes spread over the whole panel while there are more than needed.
        let laneCount = min(lanes, needed)
        let spacing = lanes >= needed ? room / Double(needed) : laneHeight
        func laneY(_ lane: Int) -> Double {
            f.rect.maxY - TimelineLayout.firstOffset - spacing * Double(laneCount - 1 - lane) - spacing / 2
        }
        var texts: [Rect] = [], markers: [Rect] = []
        func clear(_ label: Rect, _ markerRect: Rect) -> Bool {
            guard area.contains(label), clear(markerRect), placer.fits(label, gap: 4) else { return false }
            let padded = label.outset(dx: 3, dy: 1)
            return !texts.contains { $0.intersects(padded) } && !markers.contains { $0.intersects(padded) }
        }
        func clear(_ markerRect: Rect) -> Bool {
            area.contains(markerRect) && placer.fits(markerRect, gap: 2) && !texts.contains { $0.intersects(markerRect) }
                && !markers.contains { $0.outset(dx: 1, dy: 1).intersects(markerRect) }
        }
        var plan = [TimelinePlacement?](repeating: nil, count: events.count)
        let ahead = first + (keysFirst ? events.indices.filter { events[$0].isKey && !first.contains($0) } : [])
        let order = ahead + events.indices.filter { !ahead.contains($0) }
        var preferred = [Int](repeating: 0, count: events.count)
        for (rank, i) in rights.enumerated() { preferred[i] = rank % laneCount }
        for (rank, i) in lefts.reversed().enumerated() { preferred[i] = rank % laneCount }
        for i in order {
            // A marker at the very end of the axis is drawn just inside the label area (its tick marks the date).
            let extent = events[i].shape == .diamond ? TimelineLayout.diamondScale * r : r
            let x = min(max(sx.map(events[i].x), area.minX + extent), area.maxX - extent), t = layouts[i].size
            var markerOnly: TimelinePlacement?
            for k in 0..<laneCount {
                let lane = (preferred[i] + k) % laneCount
                let c = Point(x, laneY(lane))
                let markerRect = Rect(x: x - extent, y: c.y - extent, width: 2 * extent, height: 2 * extent)
                let right = Rect(x: x + r + 4, y: c.y - t.height / 2, width: t.width, height: t.height)
                let left = Rect(x: x - r - 4 - t.width, y: c.y - t.height / 2, width: t.width, height: t.height)
                let sides = labelsRight[i] ? [right, left] : [left, right]
                guard let label = sides.first(where: { clear($0, markerRect) }) else {
                    if markerOnly == nil, clear(markerRect) { markerOnly = TimelinePlacement(marker: c, markerRect: markerRect, label: nil) }
                    continue
                }
                plan[i] = TimelinePlacement(marker: c, markerRect: markerRect, label: label)
                texts.append(label); markers.append(markerRect)
                break
            }
            if plan[i] == nil, let placement = markerOnly { plan[i] = placement; markers.append(placement.markerRect) }
        }
        return plan
    }

    /// A circle, or a diamond for ``TimelineEvent/Shape/diamond``, outlined in the background colour; a ring
    /// for ``TimelineEvent/Shape/ring``, open so that it reads as no one type of the legend's filled keys.
    func drawTimelineMarker(_ e: TimelineEvent, at c: Point) {
        let r = TimelineLayout.markerRadius
        let color = theme.resolve(e.color)
        let path: Path
        switch e.shape {
        case .ring:
            canvas.fill(Path.circle(center: c, radius: r - 0.9), color: theme.background ?? color.withAlpha(0),
                        outline: StrokeStyle(width: 1.8, color: color))
            return
        case .circle: path = Path.circle(center: c, radius: r)
        case .diamond:
            let d = r * TimelineLayout.diamondScale
            path = Path.polygon([Point(c.x, c.y - d), Point(c.x + d, c.y), Point(c.x, c.y + d), Point(c.x - d, c.y)])
        }
        // Outlined in the page colour to stand off the grid; a pale fill gets a dark outline instead.
        let outline = theme.outline(for: e.color).map { StrokeStyle(width: 0.75, color: $0) }
            ?? StrokeStyle(width: 1.5, color: theme.background ?? theme.text.withAlpha(0))
        canvas.fill(path, color: color, outline: outline)
    }

    /// Whether a panel is a timeline alone (hidden y axis, only timeline marks).
    func isTimeline(_ panel: PanelSpec) -> Bool {
        guard case .hidden = panel.y.kind, !panel.marks.isEmpty else { return false }
        return panel.marks.allSatisfy { if case .timeline = $0 { return true } else { return false } }
    }
}

/// Timeline geometry.
enum TimelineLayout {
    /// Marker radius.
    static let markerRadius = 5.0
    /// A diamond's half-diagonal, in marker radii (it looks as big as the circle).
    static let diamondScale = 1.3
    /// Room between the lowest lane and the axis line.
    static let firstOffset = 10.0
    /// Gap above and below a lane's label.
    static let levelGap = 3.0
    /// How close (centre to centre, in points) events around one left without a marker must be to merge with it
    /// at first: two markers of the larger shape touching, plus 2 pt. Doubled each further round.
    static let mergeDistance = 2 * diamondScale * markerRadius + 2
    /// The most rounds of merging (distance 15, 30, 60 pt); an event still without a marker is left out.
    static let mergeRounds = 3
}
