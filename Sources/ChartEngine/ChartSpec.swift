/// A position along an axis: a number (linear and time axes; time as fractional years) or a category (band axes).
public enum DataValue: Sendable, Hashable, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral, ExpressibleByStringLiteral {
    /// A number.
    case number(Double)
    /// A category name.
    case category(String)
    /// From a float literal.
    public init(floatLiteral v: Double) { self = .number(v) }
    /// From an integer literal.
    public init(integerLiteral v: Int) { self = .number(Double(v)) }
    /// From a string literal.
    public init(stringLiteral v: String) { self = .category(v) }
    var number: Double? { if case .number(let v) = self { return v } else { return nil } }
}

/// One data point of a mark.
public struct DataPoint: Sendable, Hashable {
    /// Horizontal value.
    public var x: DataValue
    /// Vertical value.
    public var y: DataValue
    /// Creates a point.
    public init(_ x: DataValue, _ y: DataValue) { self.x = x; self.y = y }
    /// Creates a point from numbers.
    public init(x: Double, y: Double) { self.x = .number(x); self.y = .number(y) }
}

/// An axis: its scale kind, label format, optional title and gridlines.
public struct AxisSpec: Sendable, Hashable {
    /// The kind of scale behind an axis.
    public enum Kind: Sendable, Hashable {
        /// Continuous numbers. `domain` nil = from the data; `includeZero` for bars and counts;
        /// `integerOnly` for counts (never 1.5 outputs); the domain is widened to nice ticks.
        case linear(domain: ClosedRange<Double>? = nil, includeZero: Bool = false, integerOnly: Bool = false)
        /// Fractional years with whole-year ticks inside the domain (labels like "2016").
        case time(domain: ClosedRange<Double>)
        /// Categories in order, in equal bands (labels between ticks).
        case band([String])
        /// No axis drawn (e.g. the vertical of a timeline).
        case hidden
    }

    /// Scale kind.
    public var kind: Kind
    /// How tick labels print numbers.
    public var format: NumberFormat
    /// Axis title (drawn horizontally above a y axis, or after the x axis labels).
    public var title: String?
    /// Whether gridlines are drawn at the ticks (horizontal for y axes, vertical for x axes).
    public var grid: Bool
    /// Explicit tick values instead of nice ticks.
    public var tickValues: [Double]?
    /// Band axes: the room kept between two rows' labels (their line boxes), in points. Rows shorter than a
    /// label line plus this gap are thinned (every k-th label kept); 0 keeps every label while a row is at
    /// least a line tall (the member timeline's tightened rows, docs/chart-engine.md).
    public var bandLabelGap: Double = 1

    /// Creates an axis.
    public init(_ kind: Kind, format: NumberFormat = .automatic, title: String? = nil, grid: Bool = false, tickValues: [Double]? = nil) {
        self.kind = kind; self.format = format; self.title = title; self.grid = grid; self.tickValues = tickValues
    }
}

/// One panel of a chart: a y axis and the marks drawn against it. Panels stack vertically and share the x axis.
public struct PanelSpec: Sendable, Hashable {
    /// Optional title shown above the panel (e.g. "Cumulative outputs").
    public var title: String?
    /// The panel's y axis.
    public var y: AxisSpec
    /// Marks in drawing order.
    public var marks: [Mark]
    /// Relative height when several panels share the chart.
    public var heightWeight: Double
    /// A note shown inside the panel, e.g. "No outputs in the datasets" for a panel without data, so an empty
    /// panel reads as "nothing to show" rather than a broken chart. Placed centred, clear of marks
    /// (role `.panelNote`).
    public var note: String?

    /// Creates a panel.
    public init(title: String? = nil, y: AxisSpec, marks: [Mark], heightWeight: Double = 1, note: String? = nil) {
        self.title = title; self.y = y; self.marks = marks; self.heightWeight = heightWeight; self.note = note
    }
}

/// A legend entry; entries are shown in the order given (keep it the data's order).
public struct LegendEntry: Sendable, Hashable {
    /// How the entry's key is drawn.
    public enum Symbol: Sendable, Hashable {
        /// A filled square (bars, areas).
        case swatch
        /// A short line (lines).
        case line
        /// A dot (points).
        case point
        /// A ring (hollow points).
        case hollowPoint
        /// A diamond (timeline events drawn as diamonds, e.g. supplements).
        case diamond
    }
    /// Entry text.
    public var label: String
    /// Entry colour.
    public var color: SeriesColor
    /// Key symbol.
    public var symbol: Symbol
    /// Creates an entry.
    public init(_ label: String, color: SeriesColor, symbol: Symbol = .swatch) {
        self.label = label; self.color = color; self.symbol = symbol
    }
}

/// A chart as plain data: texts, a shared x axis, stacked panels, legend, theme and alt text.
///
/// ```swift
/// var spec = ChartSpec(title: "Membership nearly doubled after 2018",
///                      x: AxisSpec(.time(domain: 2007...2025)),
///                      panels: [PanelSpec(y: AxisSpec(.linear(includeZero: true, integerOnly: true), grid: true),
///                                         marks: [.line(LineMark(points: members, interpolation: .stepAfter))])],
///                      altText: "Step chart of members …")
/// spec.subtitle = "Member agencies at year end, 2007–2024"
/// let png = try ChartRenderer.renderPNG(spec, scale: 2)
/// ```
public struct ChartSpec: Sendable, Hashable {
    /// Canvas size in points (960 × 540 by default).
    public var size: Size
    /// The finding, sentence case; bold 20 pt.
    public var title: String
    /// Statistic, unit, group and period; 13 pt muted.
    public var subtitle: String?
    /// Optional prefix such as "Figure 3:" drawn before the title.
    public var figureNumber: String?
    /// An optional note above the source line.
    public var caption: String?
    /// Source line, bottom-left, 9 pt muted.
    public var source: String?
    /// The x axis shared by all panels.
    public var x: AxisSpec
    /// Panels from top to bottom.
    public var panels: [PanelSpec]
    /// Legend entries in data order; empty for none (prefer direct labels).
    public var legend: [LegendEntry]
    /// Alt text describing the chart's data (SVG `<desc>`, PDF subject).
    public var altText: String
    /// Colours and type.
    public var theme: Theme

    /// Creates a chart spec.
    public init(size: Size = Size(960, 540), title: String, subtitle: String? = nil, figureNumber: String? = nil,
                caption: String? = nil, source: String? = nil, x: AxisSpec, panels: [PanelSpec],
                legend: [LegendEntry] = [], altText: String, theme: Theme = .light) {
        self.size = size; self.title = title; self.subtitle = subtitle; self.figureNumber = figureNumber
        self.caption = caption; self.source = source; self.x = x; self.panels = panels; self.legend = legend
        self.altText = altText; self.theme = theme
    }
}
