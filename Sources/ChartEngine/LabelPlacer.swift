/// What a piece of chart text is, for the placement record and tests.
public enum TextRole: String, Sendable, Hashable {
    case title, subtitle, caption, source, note, legend, panelTitle, axisTitle, axisLabel
    case directLabel, valueLabel, pointLabel, annotation, timelineLabel, ruleLabel
    /// A panel's own note, e.g. "No outputs in the datasets".
    case panelNote
}

/// A text box the renderer drew: its text, its box in canvas points and its role.
public struct PlacedText: Sendable, Hashable {
    /// The text.
    public var text: String
    /// Its logical box.
    public var rect: Rect
    /// What it is.
    public var role: TextRole
    /// Its lines as drawn (``TextLayout/lines``): `[text]` for one line.
    public var lines: [String]
}

/// A label the renderer could not place without overlap or clipping, and so did not draw.
public struct OmittedLabel: Sendable, Hashable {
    /// The text that was left out.
    public var text: String
    /// What it would have been.
    public var role: TextRole
}

/// A leader line or stem the renderer drew from a mark to its label.
public struct PlacedLeader: Sendable, Hashable {
    /// The label it leads to.
    public var label: String
    /// Where it starts (at the mark).
    public var from: Point
    /// Where it ends (at the label's box).
    public var to: Point
}

/// A marker the renderer drew at a data point (a dot, a ring, a timeline marker), in canvas points.
public struct PlacedMarker: Sendable, Hashable {
    /// The marker's bounding box.
    public var rect: Rect
}

/// Records every placed text box and every mark footprint and finds room for new labels.
///
/// Rules (docs/chart-engine.md): a label is accepted only if its box lies inside the canvas (minus a
/// 1 pt safety edge), does not come within `gap` of an already placed text and does not cross a registered
/// mark (bar, point, line segment, marker). Candidates are tried in order; the first that fits wins.
final class LabelPlacer {
    let bounds: Rect
    private(set) var placed: [PlacedText] = []
    private(set) var omitted: [OmittedLabel] = []
    private(set) var leaders: [PlacedLeader] = []
    private(set) var markers: [PlacedMarker] = []
    /// Where mark labels may go once the axes are drawn: above the lowest x axis line and inside the
    /// content margins (nil while the chart's fixed texts are placed).
    var markLabelArea: Rect?
    private var obstacleRects: [Rect] = []
    private var obstacleSegments: [(Point, Point)] = []

    init(bounds: Rect) { self.bounds = bounds }

    func addObstacle(_ r: Rect) { obstacleRects.append(r) }
    func addObstacle(polyline: [Point]) {
        guard polyline.count > 1 else { return }
        for i in 1..<polyline.count { obstacleSegments.append((polyline[i - 1], polyline[i])) }
    }

    /// Whether a box is free: inside bounds, clear of text by `gap`, and of marks.
    func fits(_ r: Rect, gap: Double = 2, avoidMarks: Bool = true) -> Bool {
        guard bounds.contains(r) else { return false }
        if let area = markLabelArea, !area.contains(r) { return false }
        let padded = r.outset(dx: gap, dy: gap / 2)
        for p in placed where p.rect.intersects(padded) { return false }
        if avoidMarks {
            let inner = r.outset(dx: 1, dy: 0.5)
            for o in obstacleRects where o.intersects(inner) { return false }
            for (a, b) in obstacleSegments where inner.intersectsSegment(a, b) { return false }
        }
        return true
    }

    /// Whether a segment (a leader or stem) would cross any placed text.
    func segmentHitsText(_ a: Point, _ b: Point) -> Bool {
        placed.contains { $0.rect.outset(dx: 1, dy: 1).intersectsSegment(a, b) }
    }

    /// Whether a segment would cross a recorded marker (other than one it starts or ends inside).
    func segmentHitsMarker(_ a: Point, _ b: Point) -> Bool {
        markers.contains { m in
            let inner = m.rect.insetBy(0.5)
            return !inner.contains(a) && !inner.contains(b) && inner.intersectsSegment(a, b)
        }
    }

    /// Records a marker: an obstacle for labels, and an entry of the layout record.
    func addMarker(_ r: Rect) { markers.append(PlacedMarker(rect: r)); obstacleRects.append(r) }
    /// Records a leader to `label`: an obstacle for labels, and an entry of the layout record.
    func addLeader(_ a: Point, _ b: Point, label: String) {
        leaders.append(PlacedLeader(label: label, from: a, to: b)); obstacleSegments.append((a, b))
    }

    /// The first candidate that fits, or nil.
    func firstFit(_ candidates: [Rect], gap: Double = 2, avoidMarks: Bool = true) -> Rect? {
        candidates.first { fits($0, gap: gap, avoidMarks: avoidMarks) }
    }

    func record(_ text: String, _ rect: Rect, _ role: TextRole, lines: [String]? = nil) {
        placed.append(PlacedText(text: text, rect: rect, role: role, lines: lines ?? [text]))
    }
    func omit(_ text: String, _ role: TextRole) { omitted.append(OmittedLabel(text: text, role: role)) }
}
