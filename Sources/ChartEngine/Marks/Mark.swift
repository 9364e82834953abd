/// Everything a panel can draw. Each case carries a plain-data mark description.
public enum Mark: Sendable, Hashable {
    /// A line or post-step line through points.
    case line(LineMark)
    /// A filled area or band between a lower and an upper curve.
    case area(AreaMark)
    /// Bars: vertical or horizontal, grouped or stacked, negatives below zero.
    case bars(BarMark)
    /// Points with optional labels.
    case points(PointMark)
    /// A vertical or horizontal reference line with a label.
    case rule(RuleMark)
    /// Range bars (Gantt rows) on a band y axis.
    case ranges(RangeMark)
    /// Markers on a time axis with labels alternating above and below.
    case timeline(TimelineMark)
    /// A text callout with a leader line to a data point.
    case annotation(AnnotationMark)
}

/// How a line joins its points.
public enum Interpolation: Sendable, Hashable {
    /// Straight segments.
    case linear
    /// Post-step: the value holds until the next point's x, then jumps.
    case stepAfter
}

/// A line through points in x order.
public struct LineMark: Sendable, Hashable {
    /// Points (sorted by x when drawn).
    public var points: [DataPoint]
    /// Line colour.
    public var color: SeriesColor
    /// Width in points (nil: the theme's data width).
    public var width: Double?
    /// Dash pattern in points; empty for solid.
    public var dash: [Double]
    /// Straight or stepped.
    public var interpolation: Interpolation
    /// For step lines: extend the last value to this x (e.g. the report year).
    public var extendTo: Double?
    /// Direct label drawn at the line's end.
    public var label: String?

    /// Creates a line.
    public init(points: [DataPoint], color: SeriesColor = .palette(.blue), width: Double? = nil, dash: [Double] = [],
                interpolation: Interpolation = .linear, extendTo: Double? = nil, label: String? = nil) {
        self.points = points; self.color = color; self.width = width; self.dash = dash
        self.interpolation = interpolation; self.extendTo = extendTo; self.label = label
    }
}

/// A band between `lower` and `upper` (both at `x`), e.g. a prediction interval; lower = 0 gives an area.
public struct AreaMark: Sendable, Hashable {
    /// X values.
    public var x: [Double]
    /// Lower bound at each x.
    public var lower: [Double]
    /// Upper bound at each x.
    public var upper: [Double]
    /// Fill colour.
    public var color: SeriesColor
    /// Fill opacity.
    public var opacity: Double
    /// Direct label placed inside or next to the band.
    public var label: String?

    /// Creates a band.
    public init(x: [Double], lower: [Double], upper: [Double], color: SeriesColor = .palette(.vermillion),
                opacity: Double = 0.18, label: String? = nil) {
        self.x = x; self.lower = lower; self.upper = upper; self.color = color; self.opacity = opacity; self.label = label
    }
}

/// One bar's position and value.
public struct BarDatum: Sendable, Hashable {
    /// Category (band axis) or number (linear axis) along the bar axis.
    public var position: DataValue
    /// Bar value (negative values extend below/left of zero).
    public var value: Double
    /// Text printed at the bar end; nil = none (or the value if the mark asks for value labels).
    public var label: String?
    /// Creates a bar datum.
    public init(_ position: DataValue, _ value: Double, label: String? = nil) {
        self.position = position; self.value = value; self.label = label
    }
}

/// One series of bars.
public struct BarSeries: Sendable, Hashable {
    /// Series name (for legends and omitted-label messages).
    public var name: String
    /// Fill colour.
    public var color: SeriesColor
    /// Bars.
    public var values: [BarDatum]
    /// Creates a series.
    public init(name: String, color: SeriesColor, values: [BarDatum]) { self.name = name; self.color = color; self.values = values }
}

/// Bars: vertical (columns) or horizontal, several series grouped side by side or stacked.
public struct BarMark: Sendable, Hashable {
    /// Bar direction.
    public enum Orientation: Sendable, Hashable {
        /// Columns: positions on x, values on y.
        case vertical
        /// Bars: positions on y (usually a band axis), values on x.
        case horizontal
    }
    /// Direction.
    public var orientation: Orientation
    /// Series in stacking (or grouping) order.
    public var series: [BarSeries]
    /// Stack series (positives up, negatives down separately) instead of grouping them.
    public var stacked: Bool
    /// Bar thickness: a fraction of the band on band axes, or data units on linear axes.
    public var thickness: Double
    /// Print each stack's total (or each bar's value) at the bar end when the datum has no label.
    public var valueLabels: NumberFormat?

    /// Creates bars.
    public init(orientation: Orientation = .vertical, series: [BarSeries], stacked: Bool = false,
                thickness: Double = 0.8, valueLabels: NumberFormat? = nil) {
        self.orientation = orientation; self.series = series; self.stacked = stacked
        self.thickness = thickness; self.valueLabels = valueLabels
    }
}

/// How point labels are placed.
public enum PointLabelPlacement: Sendable, Hashable {
    /// Best of above, right, left, below; then stacked upward.
    case auto
    /// Above the point, stacked upward with a leader when taken.
    case stackAbove
}

/// One labelled point.
public struct LabeledPoint: Sendable, Hashable {
    /// Position.
    public var point: DataPoint
    /// Optional label.
    public var label: String?
    /// How many things the point stands for (e.g. members joining on its date), for cluster labels.
    public var weight: Int
    /// What the things are, for cluster labels ("join", "leave"); nil: the cluster rule's noun.
    public var noun: String?
    /// Drawn as a ring whatever the mark's `hollow` (e.g. departures among joins).
    public var hollow: Bool
    /// A shorter label drawn when `label` finds no room (a count, "3 join"); nil: none. A cluster rule sets it
    /// for a label listing several things.
    public var compactLabel: String?
    /// Creates a point.
    public init(_ point: DataPoint, label: String? = nil, weight: Int = 1, noun: String? = nil, hollow: Bool = false,
                compactLabel: String? = nil) {
        self.point = point; self.label = label; self.weight = weight; self.noun = noun; self.hollow = hollow
        self.compactLabel = compactLabel
    }
}

/// How points too close to draw apart merge (docs/chart-engine.md, "Point clusters"): scanning from the
/// right, a point joins the cluster of the nearest point on its right while it is within two radii plus 1 pt
/// (or `distance`, when larger) of that cluster's rightmost point; the cluster draws one marker there (a ring only if all its points are
/// rings), labelled with its points' labels (joined by ", ") while they stand for at most `maxListed` things,
/// else with a count per noun in order of appearance ("40 join", "12 join, 2 leave"). A listed label that
/// finds no room falls back to the count (``LabeledPoint/compactLabel``), as does a single point's list.
public struct PointCluster: Sendable, Hashable {
    /// The word after the count ("join", "leave").
    public var noun: String
    /// The most things a cluster's label lists by name.
    public var maxListed: Int
    /// How close (in points, centre to centre) points must be to merge, when more than two radii plus 1 pt:
    /// points closer than a label is tall cannot each keep a label beside the others.
    public var distance: Double
    /// Creates a cluster rule.
    public init(noun: String, maxListed: Int = 3, distance: Double = 0) {
        self.noun = noun; self.maxListed = maxListed; self.distance = distance
    }
}

/// Dots, optionally labelled.
public struct PointMark: Sendable, Hashable {
    /// The points.
    public var points: [LabeledPoint]
    /// Colour.
    public var color: SeriesColor
    /// Radius in points.
    public var radius: Double
    /// Hollow (ring) instead of filled.
    public var hollow: Bool
    /// Label placement rule.
    public var labelPlacement: PointLabelPlacement
    /// Merge points whose markers would touch (nil: draw every point, however close).
    public var cluster: PointCluster?

    /// Creates points.
    public init(points: [LabeledPoint], color: SeriesColor = .palette(.vermillion), radius: Double = 3.5,
                hollow: Bool = false, labelPlacement: PointLabelPlacement = .auto, cluster: PointCluster? = nil) {
        self.points = points; self.color = color; self.radius = radius; self.hollow = hollow; self.labelPlacement = labelPlacement
        self.cluster = cluster
    }
}

/// A reference line across the panel.
public struct RuleMark: Sendable, Hashable {
    /// Direction and position.
    public enum Position: Sendable, Hashable {
        /// A vertical line at an x value.
        case vertical(DataValue)
        /// A horizontal line at a y value.
        case horizontal(DataValue)
    }
    /// Where.
    public var position: Position
    /// Label drawn at the line's top (vertical) or right end (horizontal).
    public var label: String?
    /// Colour.
    public var color: SeriesColor
    /// Dash pattern.
    public var dash: [Double]
    /// Creates a rule.
    public init(_ position: Position, label: String? = nil, color: SeriesColor = .muted, dash: [Double] = [4, 3]) {
        self.position = position; self.label = label; self.color = color; self.dash = dash
    }
}

/// One Gantt row.
public struct RangeBar: Sendable, Hashable {
    /// Row category on the band y axis.
    public var category: String
    /// Start x.
    public var start: Double
    /// End x.
    public var end: Double
    /// Fill colour.
    public var color: SeriesColor
    /// Creates a row.
    public init(category: String, start: Double, end: Double, color: SeriesColor) {
        self.category = category; self.start = start; self.end = end; self.color = color
    }
}

/// Range bars (Gantt rows); row labels come from the band y axis.
public struct RangeMark: Sendable, Hashable {
    /// Rows.
    public var bars: [RangeBar]
    /// Bar thickness as a fraction of the band.
    public var thickness: Double
    /// Creates range bars.
    public init(bars: [RangeBar], thickness: Double = 0.7) { self.bars = bars; self.thickness = thickness }
}

/// One timeline event.
public struct TimelineEvent: Sendable, Hashable {
    /// A marker's shape.
    public enum Shape: Sendable, Hashable {
        /// A filled circle.
        case circle
        /// A filled diamond (e.g. a supplement to an edition).
        case diamond
        /// An open circle: close events of several kinds merged into one marker (its colour is theirs only when
        /// they share one, so a filled muted dot would read as one of the legend's types).
        case ring
    }
    /// Position on the x (time) axis.
    public var x: Double
    /// Label text.
    public var label: String
    /// Marker colour.
    public var color: SeriesColor
    /// Marker shape.
    public var shape: Shape
    /// A key event (e.g. the one the title names) is placed first when not every event fits, so it is never
    /// the one left out.
    public var isKey: Bool
    /// A shorter label (e.g. the date alone) used where `label` finds no room.
    public var compactLabel: String?
    /// What the event is ("edition"), for the label of a marker that close events merge into ("3 editions,
    /// 1 supplement"); nil: "event".
    public var noun: Noun?
    /// How many things the event stands for (e.g. a year's 12 editions), counted in a merged marker's label.
    public var weight: Int
    /// Creates an event.
    public init(x: Double, label: String, color: SeriesColor = .palette(.orange), shape: Shape = .circle, isKey: Bool = false,
                compactLabel: String? = nil, noun: Noun? = nil, weight: Int = 1) {
        self.x = x; self.label = label; self.color = color; self.shape = shape; self.isKey = isKey; self.compactLabel = compactLabel
        self.noun = noun; self.weight = weight
    }

    /// A noun in its singular and plural forms ("edition", "editions").
    public struct Noun: Sendable, Hashable {
        /// The form after 1.
        public var singular: String
        /// The form after any other count.
        public var plural: String
        /// Creates a noun.
        public init(_ singular: String, plural: String) { self.singular = singular; self.plural = plural }
        /// The form for `count` things.
        public func form(_ count: Int) -> String { count == 1 ? singular : plural }
    }
}

/// Events on a time axis in lanes, each labelled beside its marker; close events without room merge into one
/// counted marker (docs/chart-engine.md, "Timeline lanes").
public struct TimelineMark: Sendable, Hashable {
    /// Events (sorted by x when drawn).
    public var events: [TimelineEvent]
    /// Creates a timeline.
    public init(events: [TimelineEvent]) { self.events = events }
}

/// A callout: text near a data point, joined by a thin leader line.
public struct AnnotationMark: Sendable, Hashable {
    /// The point the text is about.
    public var target: DataPoint
    /// The text (10 pt); may wrap to `maxWidth`.
    public var text: String
    /// Preferred offset of the text box's nearest corner from the target, in points.
    public var dx: Double
    /// Preferred vertical offset (negative = above).
    public var dy: Double
    /// Wrapping width in points.
    public var maxWidth: Double
    /// Creates an annotation.
    public init(target: DataPoint, text: String, dx: Double = 24, dy: Double = -28, maxWidth: Double = 180) {
        self.target = target; self.text = text; self.dx = dx; self.dy = dy; self.maxWidth = maxWidth
    }
}
