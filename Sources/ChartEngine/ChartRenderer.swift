import Foundation

/// The text record of a drawn chart: every placed text box, and the labels left out.
public struct ChartLayoutResult: Sendable, Hashable {
    /// Every text drawn, with its box in chart coordinates.
    public var placedTexts: [PlacedText]
    /// Labels that could not be placed without overlap or clipping (also counted in a note on the chart).
    public var omittedLabels: [OmittedLabel]
}

/// A rendered chart file plus its text record.
public struct RenderedChart: Sendable, Hashable {
    /// PNG, PDF or SVG bytes.
    public var data: Data
    /// Every text drawn, with its box.
    public var placedTexts: [PlacedText]
    /// Labels left out (never silently: the chart shows "+N labels not shown").
    public var omittedLabels: [OmittedLabel]
}

/// Lays out and draws a ``ChartSpec`` through ``Canvas``, on any surface.
public enum ChartRenderer {
    /// Renders a PNG at `scale` × the spec size (pHYs = 72 × scale dpi).
    public static func renderPNG(_ spec: ChartSpec, scale: Double = 1) throws -> RenderedChart {
        var result: ChartLayoutResult?
        let data = try Canvas.renderPNG(size: spec.size, scale: scale) { result = try draw(spec, on: $0) }
        return RenderedChart(data: data, placedTexts: result!.placedTexts, omittedLabels: result!.omittedLabels)
    }

    /// Renders a one-page PDF; title and alt text go into the document metadata.
    public static func renderPDF(_ spec: ChartSpec, createDate: PDFDate, author: String? = nil,
                                 creator: String? = nil) throws -> RenderedChart {
        var result: ChartLayoutResult?
        let meta = PDFMetadata(title: spec.title, author: author, subject: spec.altText, creator: creator, createDate: createDate)
        // No "Figure" structure element: Cairo 1.16 rejects it around clipped, transformed drawing.
        let data = try Canvas.renderPDF(size: spec.size, metadata: meta) { result = try draw(spec, on: $0) }
        return RenderedChart(data: data, placedTexts: result!.placedTexts, omittedLabels: result!.omittedLabels)
    }

    /// Renders an SVG with the title and alt text as `<title>`/`<desc>`.
    public static func renderSVG(_ spec: ChartSpec) throws -> RenderedChart {
        var result: ChartLayoutResult?
        let title = [spec.figureNumber, spec.title].compactMap { $0 }.joined(separator: " ")
        let data = try Canvas.renderSVG(size: spec.size, title: title, description: spec.altText) { result = try draw(spec, on: $0) }
        return RenderedChart(data: data, placedTexts: result!.placedTexts, omittedLabels: result!.omittedLabels)
    }

    /// Draws a chart onto an existing canvas (e.g. a report page) with its top-left corner at `origin`,
    /// occupying `spec.size` points. Returns the text record in chart coordinates.
    @discardableResult
    public static func draw(_ spec: ChartSpec, on canvas: Canvas, at origin: Point = Point(0, 0)) throws -> ChartLayoutResult {
        try canvas.withTransform(translateX: origin.x, y: origin.y) {
            let drawing = ChartDrawing(spec: spec, canvas: canvas)
            try drawing.run()
            return ChartLayoutResult(placedTexts: drawing.placer.placed, omittedLabels: drawing.placer.omitted)
        }
    }
}

/// A scale resolved to canvas coordinates.
enum ResolvedScale {
    case linear(LinearScale)
    case band(BandScale)

    func position(_ v: DataValue) -> Double? {
        switch (self, v) {
        case (.linear(let s), .number(let n)): return s.map(n)
        case (.band(let b), .category(let c)): return b.center(of: c)
        default: return nil
        }
    }
    var bandwidth: Double { if case .band(let b) = self { return b.bandwidth } else { return 0 } }
    var linear: LinearScale? { if case .linear(let s) = self { return s } else { return nil } }
}

/// One laid-out panel.
struct PanelFrame {
    var spec: PanelSpec
    var rect: Rect
    var x: ResolvedScale
    var y: ResolvedScale
    var yTicks: [(value: Double, label: String)]
    var titleRow: Rect?
    /// Style of the y axis labels (band labels may be smaller than the label size to fit their rows).
    var yLabelStyle: TextStyle
}

/// Label work deferred until every mark has registered its footprint.
struct LabelJob {
    var priority: Int
    var run: () -> Void
}

/// The state of drawing one chart.
final class ChartDrawing {
    let spec: ChartSpec
    let canvas: Canvas
    let theme: Theme
    let placer: LabelPlacer
    var labelJobs: [LabelJob] = []
    let pad: Double

    init(spec: ChartSpec, canvas: Canvas) {
        self.spec = spec
        self.canvas = canvas
        self.theme = spec.theme
        self.placer = LabelPlacer(bounds: Rect(x: 0, y: 0, width: spec.size.width, height: spec.size.height).insetBy(1))
        self.pad = spec.size.width >= 800 ? 20 : 12
    }

    var labelStyle: TextStyle { theme.style(theme.typeScale.label, theme.muted) }
    var labelTextStyle: TextStyle { theme.style(theme.typeScale.label, theme.text) }

    /// Draws a text at a box that has been decided, and records it.
    func put(_ layout: TextLayout, _ rect: Rect, _ role: TextRole) {
        canvas.draw(layout, at: Point(rect.x, rect.y))
        placer.record(layout.text, rect, role)
    }

    // MARK: Orchestration

    func run() throws {
        guard !spec.panels.isEmpty else { throw ChartEngineError.invalidSpec("a chart needs at least one panel") }
        let W = spec.size.width, H = spec.size.height
        if let bg = theme.background { canvas.fill(Rect(x: 0, y: 0, width: W, height: H), color: bg) }
        let contentLeft = pad, contentRight = W - pad
        let contentWidth = contentRight - contentLeft

        // Header.
        var y = pad
        let titleText = [spec.figureNumber, spec.title].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        if !titleText.isEmpty {
            let t = canvas.layoutText(titleText, style: theme.style(theme.typeScale.title, theme.text, bold: true), width: contentWidth)
            put(t, Rect(x: contentLeft, y: y, width: t.size.width, height: t.size.height), .title)
            y += t.size.height + 2
        }
        if let sub = spec.subtitle, !sub.isEmpty {
            let t = canvas.layoutText(sub, style: theme.style(theme.typeScale.subtitle, theme.muted), width: contentWidth)
            put(t, Rect(x: contentLeft, y: y, width: t.size.width, height: t.size.height), .subtitle)
            y += t.size.height
        }
        y += 12
        if !spec.legend.isEmpty { y = drawLegend(top: y, left: contentLeft, width: contentWidth) + 10 }

        // Footer, bottom-up; the right part of the last row is kept for the omitted-labels note.
        var bottom = H - pad
        let noteStyle = theme.style(theme.typeScale.source, theme.muted)
        let noteReserve = canvas.measure("+999 labels not shown", style: noteStyle).width + 16
        if let source = spec.source, !source.isEmpty {
            let t = canvas.layoutText(source, style: noteStyle, width: contentWidth - noteReserve)
            bottom -= t.size.height
            put(t, Rect(x: contentLeft, y: bottom, width: t.size.width, height: t.size.height), .source)
            bottom -= 4
        }
        let noteRow = Rect(x: contentRight - noteReserve + 16, y: H - pad - 12, width: noteReserve - 16, height: 12)
        if let caption = spec.caption, !caption.isEmpty {
            let t = canvas.layoutText(caption, style: theme.style(theme.typeScale.source, theme.muted), width: contentWidth - noteReserve)
            bottom -= t.size.height
            put(t, Rect(x: contentLeft, y: bottom, width: t.size.width, height: t.size.height), .caption)
            bottom -= 4
        }
        bottom -= 8

        // X axis space.
        let xLabelHeight = canvas.measure("2024", style: labelStyle).height
        var xAxisSpace = xLabelGap + xLabelHeight
        if case .band = spec.x.kind { xAxisSpace += xLabelHeight }  // room for a second wrapped line
        if case .hidden = spec.x.kind { xAxisSpace = 0 }
        var xTitleLayout: TextLayout?
        if let title = spec.x.title, !title.isEmpty {
            let t = canvas.layoutText(title, style: labelStyle)
            xTitleLayout = t
            xAxisSpace += t.size.height + 4
        }
        let plotsBottom = bottom - xAxisSpace
        let plotsTop = y

        // Panels: vertical split.
        let rowHeight = canvas.measure("Ag", style: labelStyle).height
        let panelGap = 18.0
        let titleRows = spec.panels.map { ($0.title ?? $0.y.title).map { _ in rowHeight * 1.5 + 6 } ?? 0 }
        let available = plotsBottom - plotsTop - panelGap * Double(spec.panels.count - 1) - titleRows.reduce(0, +)
        let totalWeight = spec.panels.reduce(0) { $0 + max($1.heightWeight, 0.01) }
        guard available > 20 else { throw ChartEngineError.invalidSpec("the chart is too small for its texts") }

        var verticals: [(titleRow: Rect?, top: Double, bottom: Double)] = []
        var cursor = plotsTop
        // A chart that is one timeline gets a compact panel (two label levels each side of the line), centred
        // in the room, so the year axis sits near the line instead of at the bottom of a mostly empty plot.
        var compactHeight: Double?
        if spec.panels.count == 1, let need = timelineHeight(spec.panels[0]), need < available {
            compactHeight = need
            cursor += (available - need) / 2
        }
        for (i, panel) in spec.panels.enumerated() {
            var titleRow: Rect?
            if titleRows[i] > 0 { titleRow = Rect(x: contentLeft, y: cursor, width: contentWidth, height: rowHeight); cursor += titleRows[i] }
            let h = compactHeight ?? available * max(panel.heightWeight, 0.01) / totalWeight
            verticals.append((titleRow, cursor, cursor + h))
            cursor += h + panelGap
        }

        // Y ticks per panel, and the widest y label.
        var yAxes: [(kind: AxisSpec.Kind, domain: ClosedRange<Double>, ticks: [(Double, String)])] = []
        var yLabelWidth = 0.0
        var yLabelStyles: [TextStyle] = []
        for (i, panel) in spec.panels.enumerated() {
            let height = verticals[i].bottom - verticals[i].top
            let resolved = yAxisTicks(panel, height: height)
            yAxes.append(resolved)
            var style = labelStyle
            if case .band(let cats) = resolved.kind { style = bandLabelStyle(rows: cats.count, height: height) }
            yLabelStyles.append(style)
            for (_, label) in resolved.ticks { yLabelWidth = max(yLabelWidth, canvas.measure(label, style: style).width) }
        }
        let plotLeft = contentLeft + (yLabelWidth > 0 ? yLabelWidth + 8 : 0)

        // Right margin for direct labels at line ends.
        var endLabelWidth = 0.0
        for panel in spec.panels {
            for case .line(let line) in panel.marks {
                if let l = line.label { endLabelWidth = max(endLabelWidth, canvas.measure(l, style: labelTextStyle).width + 8) }
            }
        }
        // … and for value labels at the ends of horizontal bars.
        for panel in spec.panels {
            for case .bars(let bars) in panel.marks where bars.orientation == .horizontal {
                for series in bars.series {
                    for d in series.values {
                        guard let text = d.label ?? bars.valueLabels?.format(d.value) else { continue }
                        endLabelWidth = max(endLabelWidth, canvas.measure(text, style: labelTextStyle).width + 8)
                    }
                }
            }
        }
        let plotRight = contentRight - endLabelWidth

        // X scale and ticks.
        let (xScale, xTicks) = try xAxis(plotLeft: plotLeft, plotRight: plotRight)

        // Frames.
        var frames: [PanelFrame] = []
        for (i, panel) in spec.panels.enumerated() {
            let rect = Rect(x: plotLeft, y: verticals[i].top, width: plotRight - plotLeft, height: verticals[i].bottom - verticals[i].top)
            let yScale: ResolvedScale
            switch yAxes[i].kind {
            case .band(let cats): yScale = .band(BandScale(categories: cats, rangeStart: rect.minY, rangeEnd: rect.maxY,
                                                              paddingInner: 0.25, paddingOuter: 0.15))
            default: yScale = .linear(LinearScale(domain: yAxes[i].domain, rangeStart: rect.maxY, rangeEnd: rect.minY))
            }
            frames.append(PanelFrame(spec: panel, rect: rect, x: xScale, y: yScale,
                                     yTicks: yAxes[i].ticks.map { (value: $0.0, label: $0.1) }, titleRow: verticals[i].titleRow,
                                     yLabelStyle: yLabelStyles[i]))
        }

        // Gridlines, then marks, then axis lines.
        for f in frames { drawGrid(f, xTicks: xTicks) }
        for f in frames {
            try canvas.withClip(f.rect.outset(dx: 4, dy: 4)) {
                for mark in f.spec.marks { try drawMark(mark, in: f) }
            }
        }
        for f in frames { drawAxisLines(f) }
        for f in frames { if let note = f.spec.note, !note.isEmpty { queuePanelNote(note, in: f) } }

        // Axis texts (fixed positions), panel titles.
        for f in frames {
            drawYLabels(f)
            if let row = f.titleRow, let title = f.spec.title ?? f.spec.y.title {
                let bold = f.spec.title != nil
                let t = canvas.layoutText(title, style: theme.style(theme.typeScale.label, bold ? theme.text : theme.muted, bold: bold))
                put(t, Rect(x: row.minX, y: row.minY, width: t.size.width, height: t.size.height), bold ? .panelTitle : .axisTitle)
            }
        }
        let lastFrame = frames[frames.count - 1]
        let xLabelsBottom = drawXLabels(xTicks, frame: lastFrame)
        if let t = xTitleLayout {
            let r = Rect(x: lastFrame.rect.maxX - t.size.width, y: xLabelsBottom + 4, width: t.size.width, height: t.size.height)
            put(t, r, .axisTitle)
        }

        // Mark labels: direct labels first, then values, points, annotations, timelines, rules.
        for job in labelJobs.enumerated().sorted(by: { ($0.element.priority, $0.offset) < ($1.element.priority, $1.offset) }) {
            job.element.run()
        }

        // The omitted-labels note.
        if !placer.omitted.isEmpty {
            let n = placer.omitted.count
            let t = canvas.layoutText("+\(n) label\(n == 1 ? "" : "s") not shown", style: noteStyle)
            let r = Rect(x: contentRight - t.size.width, y: noteRow.maxY - t.size.height, width: t.size.width, height: t.size.height)
            put(t, r, .note)
        }
    }

    /// Gap between the plot's bottom and the x tick labels: clear of the lowest y label (centred on the
    /// baseline) so a tick at the left edge (e.g. the first year) is not dropped for touching the "0".
    var xLabelGap: Double { 10 }

    /// The smallest size band-axis labels shrink to before rows are thinned.
    static let minimumBandLabelSize = 8.0

    /// Band (row) labels: the label size, or smaller in 0.5 pt steps down to 8 pt so that each row keeps its
    /// label (a Gantt of 18 rows on a 360 pt slide); only rows still too short for 8 pt text are thinned.
    func bandLabelStyle(rows: Int, height: Double) -> TextStyle {
        guard rows > 0 else { return labelStyle }
        let step = abs(BandScale(categories: (0..<rows).map { String($0) }, rangeStart: 0, rangeEnd: height,
                                 paddingInner: 0.25, paddingOuter: 0.15).step)
        var size = theme.typeScale.label
        while size > Self.minimumBandLabelSize,
              canvas.measure("Ag", style: theme.style(size, theme.muted)).height + 1 > step {
            size -= 0.5
        }
        return theme.style(size, theme.muted)
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

    /// A panel note (11 pt, muted) centred in the panel, else at its top or bottom, clear of marks;
    /// placed before every other mark label.
    func queuePanelNote(_ note: String, in f: PanelFrame) {
        labelJobs.append(LabelJob(priority: -1) { [self] in
            let t = canvas.layoutText(note, style: theme.style(theme.typeScale.label, theme.muted).with(alignment: .center),
                                      width: f.rect.width - 16)
            let w = t.contentWidth + 0.5
            let layout = canvas.layoutText(note, style: theme.style(theme.typeScale.label, theme.muted).with(alignment: .center),
                                           width: w)
            let h = layout.size.height
            var candidates: [Rect] = []
            for fy in [0.5, 0.3, 0.7, 0.15, 0.85] {
                for fx in [0.5, 0.3, 0.7] {
                    let cx = f.rect.minX + f.rect.width * fx, cy = f.rect.minY + f.rect.height * fy
                    candidates.append(Rect(x: cx - w / 2, y: cy - h / 2, width: w, height: h))
                }
            }
            let inside = candidates.filter { f.rect.contains($0) }
            let r = placer.firstFit(inside, gap: 4) ?? placer.firstFit(inside, gap: 4, avoidMarks: false)
            if let r { put(layout, r, .panelNote) } else { placer.omit(note, .panelNote) }
        })
    }

    // MARK: Legend

    func drawLegend(top: Double, left: Double, width: Double) -> Double {
        var x = left, y = top
        var rowHeight = 0.0
        for entry in spec.legend {
            let t = canvas.layoutText(entry.label, style: labelTextStyle)
            let keyWidth = entry.symbol == .line ? 18.0 : 11.0
            let w = keyWidth + 5 + t.size.width
            if x > left && x + w > left + width { x = left; y += rowHeight + 4; rowHeight = 0 }
            let midY = y + t.size.height / 2
            let color = theme.resolve(entry.color)
            switch entry.symbol {
            case .swatch:
                let r = Rect(x: x, y: midY - 5.5, width: 11, height: 11)
                if let o = theme.outline(for: entry.color) { canvas.fill(Path.rect(r), color: color, outline: StrokeStyle(width: 0.75, color: o)) }
                else { canvas.fill(r, color: color) }
            case .line:
                canvas.line(from: Point(x, midY), to: Point(x + 18, midY), style: StrokeStyle(width: theme.dataLineWidth, color: color))
            case .point:
                canvas.fill(Path.circle(center: Point(x + 5.5, midY), radius: 4), color: color)
            case .hollowPoint:
                // Drawn like a hollow point mark: a ring on the page colour.
                canvas.fill(Path.circle(center: Point(x + 5.5, midY), radius: 4),
                            color: theme.background ?? Color(hex: 0xFFFFFF, alpha: 0),
                            outline: StrokeStyle(width: 1.5, color: color))
            }
            put(t, Rect(x: x + keyWidth + 5, y: y, width: t.size.width, height: t.size.height), .legend)
            x += w + 18
            rowHeight = max(rowHeight, t.size.height)
        }
        return y + rowHeight
    }

    // MARK: Axes

    /// Value range of a panel's marks along y (numbers only).
    func yExtent(_ panel: PanelSpec) -> (min: Double, max: Double)? {
        var values: [Double] = []
        for mark in panel.marks {
            switch mark {
            case .line(let m): values += m.points.compactMap { $0.y.number }
            case .area(let m): values += m.lower + m.upper
            case .points(let m): values += m.points.compactMap { $0.point.y.number }
            case .bars(let m) where m.orientation == .vertical:
                values += barExtents(m)
            case .rule(let m): if case .horizontal(let v) = m.position, let n = v.number { values.append(n) }
            case .annotation(let m): if let n = m.target.y.number { values.append(n) }
            default: break
            }
        }
        guard let lo = values.min(), let hi = values.max() else { return nil }
        return (lo, hi)
    }

    /// Stack totals (positive and negative) or single values of bars.
    func barExtents(_ m: BarMark) -> [Double] {
        if !m.stacked { return m.series.flatMap { $0.values.map(\.value) } + [0] }
        var pos: [DataValue: Double] = [:], neg: [DataValue: Double] = [:]
        for s in m.series { for d in s.values { if d.value >= 0 { pos[d.position, default: 0] += d.value } else { neg[d.position, default: 0] += d.value } } }
        return Array(pos.values) + Array(neg.values) + [0]
    }

    func yAxisTicks(_ panel: PanelSpec, height: Double) -> (kind: AxisSpec.Kind, domain: ClosedRange<Double>, ticks: [(Double, String)]) {
        let axis = panel.y
        switch axis.kind {
        case .band(let cats): return (axis.kind, 0...1, cats.enumerated().map { (Double($0.offset), $0.element) })
        case .hidden:
            let e = yExtent(panel) ?? (0, 1)
            return (axis.kind, e.min == e.max ? (e.min - 1)...(e.max + 1) : e.min...e.max, [])
        case .time(let domain):
            let ts = TimeScale.yearTicks(domain: domain, targetCount: max(2, Int(height / 45)))
            return (axis.kind, domain, ts.values.map { ($0, NumberFormat.year.format($0)) })
        case .linear(let fixed, let includeZero, let integerOnly):
            // A panel with no data and a note: no value labels, so it reads as "nothing to show", not as zeros.
            if panel.marks.isEmpty, panel.note != nil, fixed == nil { return (axis.kind, 0...1, []) }
            var lo: Double, hi: Double
            if let fixed { lo = fixed.lowerBound; hi = fixed.upperBound } else {
                let e = yExtent(panel) ?? (0, 1); lo = e.min; hi = e.max
            }
            if includeZero { lo = min(lo, 0); hi = max(hi, 0) }
            let target = max(3, min(8, Int(height / 40)))
            // Room for value labels above (below) the tallest (deepest) column: one label height.
            let labelled = panel.marks.contains {
                if case .bars(let b) = $0 { return b.orientation == .vertical && (b.valueLabels != nil || b.series.contains { $0.values.contains { $0.label != nil } }) }
                return false
            }
            if labelled && fixed == nil && hi > lo {
                let perPoint = (hi - lo) / max(height, 1)
                let room = (canvas.measure("0", style: labelStyle).height + 4) * perPoint * 1.15
                if hi > 0 { hi += room }
                if lo < 0 { lo -= room }
            }
            // Room above labelled points: a label line and a stacked one, so the top points keep their labels.
            let labelledPoints = panel.marks.contains {
                if case .points(let p) = $0 { return p.points.contains { !($0.label ?? "").isEmpty } }
                return false
            }
            if labelledPoints && fixed == nil && hi > lo {
                let perPoint = (hi - lo) / max(height, 1)
                let lineHeight = canvas.measure("Ag", style: labelStyle).height
                hi += (2 * lineHeight + 8) * perPoint * 1.15
            }
            let ts: TickSet
            if let explicit = axis.tickValues {
                ts = TickSet(values: explicit, step: explicit.count > 1 ? explicit[1] - explicit[0] : 1,
                             domain: min(lo, explicit.min() ?? lo)...max(hi, explicit.max() ?? hi))
            } else if fixed != nil {
                ts = NiceTicks.inside(min: lo, max: hi, targetCount: target, integerOnly: integerOnly)
            } else {
                ts = NiceTicks.loose(min: lo, max: hi, targetCount: target, integerOnly: integerOnly)
            }
            var domain = fixed ?? ts.domain
            // Data that reaches the outermost tick gets 4 % headroom beyond it (no extra tick), so the tallest
            // column or the highest point does not sit on the top gridline (ggplot's expansion, one-sided).
            if fixed == nil, axis.tickValues == nil, domain.upperBound > domain.lowerBound {
                let span = domain.upperBound - domain.lowerBound
                let upper = hi >= domain.upperBound - span * 1e-9 && hi > 0 ? domain.upperBound + span * 0.04 : domain.upperBound
                let lower = lo <= domain.lowerBound + span * 1e-9 && lo < 0 ? domain.lowerBound - span * 0.04 : domain.lowerBound
                domain = lower...upper
            }
            return (axis.kind, domain, ts.values.map { ($0, axis.format.format($0, stepDecimals: ts.decimals)) })
        }
    }

    /// X extent of every panel's marks (numbers only), widened for columns on a numeric axis.
    func xExtent() -> (min: Double, max: Double)? {
        var values: [Double] = []
        var barPad = 0.0
        for panel in spec.panels {
            for mark in panel.marks {
                switch mark {
                case .line(let m): values += m.points.compactMap { $0.x.number }; if let e = m.extendTo { values.append(e) }
                case .area(let m): values += m.x
                case .points(let m): values += m.points.compactMap { $0.point.x.number }
                case .bars(let m):
                    if m.orientation == .vertical {
                        values += m.series.flatMap { $0.values.compactMap { $0.position.number } }
                        barPad = max(barPad, m.thickness / 2 + 0.1)
                    } else { values += barExtents(m) }
                case .ranges(let m): values += m.bars.flatMap { [$0.start, $0.end] }
                case .timeline(let m): values += m.events.map(\.x)
                case .rule(let m): if case .vertical(let v) = m.position, let n = v.number { values.append(n) }
                case .annotation(let m): if let n = m.target.x.number { values.append(n) }
                }
            }
        }
        guard let lo = values.min(), let hi = values.max() else { return nil }
        return (lo - barPad, hi + barPad)
    }

    func xAxis(plotLeft: Double, plotRight: Double) throws -> (ResolvedScale, [(value: Double, label: String)]) {
        let width = plotRight - plotLeft
        let axis = spec.x
        switch axis.kind {
        case .band(let cats):
            let b = BandScale(categories: cats, rangeStart: plotLeft, rangeEnd: plotRight, paddingInner: 0.2, paddingOuter: 0.1)
            return (.band(b), cats.enumerated().map { (value: Double($0.offset), label: $0.element) })
        case .hidden:
            let e = xExtent() ?? (0, 1)
            return (.linear(LinearScale(domain: e.min...(e.max == e.min ? e.min + 1 : e.max), rangeStart: plotLeft, rangeEnd: plotRight)), [])
        case .time(let domain):
            let scale = LinearScale(domain: domain, rangeStart: plotLeft, rangeEnd: plotRight)
            let ticks = thinnedTicks(width: width) { target in
                let ts = TimeScale.yearTicks(domain: domain, targetCount: target)
                return (ts.values, ts.values.map { NumberFormat.year.format($0) }, domain)
            }
            return (.linear(scale), ticks.ticks)
        case .linear(let fixed, let includeZero, let integerOnly):
            var lo: Double, hi: Double
            if let fixed { lo = fixed.lowerBound; hi = fixed.upperBound } else {
                let e = xExtent() ?? (0, 1); lo = e.min; hi = e.max
            }
            if includeZero { lo = min(lo, 0); hi = max(hi, 0) }
            let loose = includeZero && fixed == nil
            let format: NumberFormat = axis.format
            let result = thinnedTicks(width: width) { target in
                if let explicit = axis.tickValues {
                    return (explicit, explicit.map { format.format($0) }, lo...hi)
                }
                let ts = loose ? NiceTicks.loose(min: lo, max: hi, targetCount: target, integerOnly: integerOnly)
                               : NiceTicks.inside(min: lo, max: hi, targetCount: target, integerOnly: integerOnly)
                return (ts.values, ts.values.map { format.format($0, stepDecimals: ts.decimals) }, loose ? ts.domain : lo...hi)
            }
            let scale = LinearScale(domain: result.domain, rangeStart: plotLeft, rangeEnd: plotRight)
            return (.linear(scale), result.ticks)
        }
    }

    /// Tick thinning for continuous x axes: start from a target that leaves room for the widest label and
    /// lower it until neighbouring labels keep a 10 pt gap.
    func thinnedTicks(width: Double, make: (Int) -> ([Double], [String], ClosedRange<Double>))
        -> (ticks: [(value: Double, label: String)], domain: ClosedRange<Double>) {
        let probe = make(8)
        let widest = probe.1.map { canvas.measure($0, style: labelStyle).width }.max() ?? 30
        var target = max(2, min(12, Int(width / (widest + 28))))
        while true {
            let (values, labels, domain) = make(target)
            let scale = LinearScale(domain: domain, rangeStart: 0, rangeEnd: width)
            var ok = true
            var previousEnd = -Double.infinity
            for (v, l) in zip(values, labels) {
                let w = canvas.measure(l, style: labelStyle).width
                let x = scale.map(v)
                if x - w / 2 < previousEnd + 10 { ok = false; break }
                previousEnd = x + w / 2
            }
            if ok || target <= 2 { return (zip(values, labels).map { (value: $0, label: $1) }, domain) }
            target -= 1
        }
    }

    func drawGrid(_ f: PanelFrame, xTicks: [(value: Double, label: String)]) {
        let style = StrokeStyle(width: theme.gridLineWidth, color: theme.grid)
        if f.spec.y.grid, case .linear(let s) = f.y {
            for t in f.yTicks { let y = s.map(t.value); canvas.line(from: Point(f.rect.minX, y), to: Point(f.rect.maxX, y), style: style) }
        }
        if spec.x.grid, case .linear(let s) = f.x {
            for t in xTicks { let x = s.map(t.value); canvas.line(from: Point(x, f.rect.minY), to: Point(x, f.rect.maxY), style: style) }
        }
        // A timeline's line carries the year ticks (the year labels sit under the compact panel).
        if isTimeline(f.spec), case .linear(let s) = f.x {
            let tick = StrokeStyle(width: theme.axisLineWidth, color: theme.axis)
            for t in xTicks { let x = s.map(t.value); canvas.line(from: Point(x, f.rect.midY), to: Point(x, f.rect.midY + 5), style: tick) }
        }
    }

    func drawAxisLines(_ f: PanelFrame) {
        let style = StrokeStyle(width: theme.axisLineWidth, color: theme.axis)
        if isTimeline(f.spec) { return }  // the timeline's own line is the axis
        // Horizontal baseline: at zero when the y domain spans it, else at the bottom.
        if case .hidden = spec.x.kind {} else if case .linear(let s) = f.y {
            let y = (s.domain.contains(0)) ? s.map(0) : f.rect.maxY
            canvas.line(from: Point(f.rect.minX, y), to: Point(f.rect.maxX, y), style: style)
        } else if case .band = f.y, case .linear(let s) = f.x, s.domain.contains(0), hasHorizontalBars(f) {
            let x = s.map(0)
            canvas.line(from: Point(x, f.rect.minY), to: Point(x, f.rect.maxY), style: style)
        } else if case .band = f.y {
            canvas.line(from: Point(f.rect.minX, f.rect.maxY), to: Point(f.rect.maxX, f.rect.maxY), style: style)
        }
    }

    func hasHorizontalBars(_ f: PanelFrame) -> Bool {
        f.spec.marks.contains { if case .bars(let b) = $0 { return b.orientation == .horizontal } else { return false } }
    }

    func drawYLabels(_ f: PanelFrame) {
        let style = f.yLabelStyle.with(alignment: .right)
        switch f.y {
        case .linear(let s):
            for t in f.yTicks {
                let layout = canvas.layoutText(t.label, style: style)
                let r = canvas.box(for: layout, anchor: Point(f.rect.minX - 8, s.map(t.value)), horizontal: .trailing, vertical: .middle)
                put(layout, r, .axisLabel)
            }
        case .band(let b):
            let layouts = f.yTicks.map { canvas.layoutText($0.label, style: style) }
            let h = layouts.map(\.size.height).max() ?? 0
            // Thin: keep every k-th row label when rows are shorter than a line of text.
            var k = 1
            while Double(k) * abs(b.step) < h + 1 && k < layouts.count { k += 1 }
            for (i, t) in f.yTicks.enumerated() {
                guard let c = b.center(of: t.label) else { continue }
                if i % k != 0 { placer.omit(t.label, .axisLabel); continue }
                let r = canvas.box(for: layouts[i], anchor: Point(f.rect.minX - 8, c), horizontal: .trailing, vertical: .middle)
                if placer.fits(r, gap: 0, avoidMarks: false) { put(layouts[i], r, .axisLabel) } else { placer.omit(t.label, .axisLabel) }
            }
        }
    }

    /// Draws x tick labels under the last panel; returns the bottom of the labels.
    func drawXLabels(_ ticks: [(value: Double, label: String)], frame f: PanelFrame) -> Double {
        let top = f.rect.maxY + xLabelGap
        var bottom = top
        switch f.x {
        case .linear(let s):
            for t in ticks {
                let layout = canvas.layoutText(t.label, style: labelStyle)
                var r = canvas.box(for: layout, anchor: Point(s.map(t.value), top), horizontal: .center, vertical: .top)
                // Keep edge labels on the canvas rather than clipping them.
                if r.minX < placer.bounds.minX { r.x = placer.bounds.minX }
                if r.maxX > placer.bounds.maxX { r.x = placer.bounds.maxX - r.width }
                if placer.fits(r, gap: 4, avoidMarks: false) { put(layout, r, .axisLabel); bottom = max(bottom, r.maxY) }
                else { placer.omit(t.label, .axisLabel) }
            }
        case .band(let b):
            let width = abs(b.step) - 4
            let centered = labelStyle.with(alignment: .center)
            var layouts = ticks.map { canvas.layoutText($0.label, style: centered) }
            if layouts.contains(where: { $0.size.width > width }) {
                layouts = ticks.map { canvas.layoutText($0.label, style: centered, width: max(width, 10)) }
            }
            var k = 1
            let tooTall = layouts.contains { $0.lineCount > 2 }
            if tooTall {
                layouts = ticks.map { canvas.layoutText($0.label, style: centered) }
                let widest = layouts.map(\.size.width).max() ?? 0
                while Double(k) * abs(b.step) < widest + 6 && k < layouts.count { k += 1 }
            }
            for (i, t) in ticks.enumerated() {
                guard let c = b.center(of: t.label) else { continue }
                if i % k != 0 { placer.omit(t.label, .axisLabel); continue }
                let r = canvas.box(for: layouts[i], anchor: Point(c, top), horizontal: .center, vertical: .top)
                if placer.fits(r, gap: 2, avoidMarks: false) { put(layouts[i], r, .axisLabel); bottom = max(bottom, r.maxY) }
                else { placer.omit(t.label, .axisLabel) }
            }
        }
        return bottom
    }
}
