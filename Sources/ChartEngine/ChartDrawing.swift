import Foundation

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

/// The order in which deferred labels claim room: a panel's note first, then direct labels at line ends,
/// bar values, point labels, annotations (and area labels), timeline labels, and rule labels last.
enum LabelPriority: Int, Comparable {
    case panelNote, directLabel, valueLabel, pointLabel, annotation, timelineLabel, ruleLabel

    static func < (a: LabelPriority, b: LabelPriority) -> Bool { a.rawValue < b.rawValue }
}

/// Label work deferred until every mark has registered its footprint.
struct LabelJob {
    var priority: LabelPriority
    var run: () -> Void
}

/// The chart's texts leave no room for its plots: the canvas is too small (the renderer reports the
/// smallest size that fits, as ``ChartEngineError/canvasTooSmall(size:minimum:)``).
struct CanvasTooSmall: Error {}

/// The state of drawing one chart.
final class ChartDrawing {
    let spec: ChartSpec
    let canvas: Canvas
    let theme: Theme
    let placer: LabelPlacer
    var labelJobs: [LabelJob] = []
    /// Each panel's plot rectangle (for the layout record).
    var plotAreas: [Rect] = []
    /// Where mark labels may sit (for the layout record).
    var markLabelArea: Rect?
    let pad: Double

    init(spec: ChartSpec, canvas: Canvas) {
        self.spec = spec
        self.canvas = canvas
        self.theme = spec.theme
        self.placer = LabelPlacer(bounds: Rect(x: 0, y: 0, width: spec.size.width, height: spec.size.height).insetBy(1))
        self.pad = ChartMetrics.innerPadding(canvasWidth: spec.size.width)
    }

    var labelStyle: TextStyle { theme.style(theme.typeScale.label, theme.muted) }
    var labelTextStyle: TextStyle { theme.style(theme.typeScale.label, theme.text) }

    /// Draws a text at a box that has been decided, and records it.
    func put(_ layout: TextLayout, _ rect: Rect, _ role: TextRole) {
        canvas.draw(layout, at: Point(rect.x, rect.y))
        placer.record(layout.text, rect, role, lines: layout.lines)
    }

    // MARK: Orchestration

    func run() throws {
        // The label jobs capture self: dropping them ends the cycle, else every drawing, its canvas and its
        // surface (8 MB of pixels for a 1920 × 1080 PNG) would stay allocated until the process exits.
        defer { labelJobs.removeAll() }
        guard !spec.panels.isEmpty else { throw ChartEngineError.invalidSpec("a chart needs at least one panel") }
        let W = spec.size.width, H = spec.size.height
        if let bg = theme.background { canvas.fill(Rect(x: 0, y: 0, width: W, height: H), color: bg) }
        let contentLeft = pad, contentRight = W - pad
        let contentWidth = contentRight - contentLeft

        // Header.
        var y = pad
        let titleText = [spec.figureNumber, spec.title].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        if !titleText.isEmpty {
            let t = balancedText(titleText, style: theme.style(theme.typeScale.title, theme.text, bold: true), width: contentWidth)
            put(t, Rect(x: contentLeft, y: y, width: t.size.width, height: t.size.height), .title)
            y += t.size.height + 2
        }
        if let sub = spec.subtitle, !sub.isEmpty {
            // Breaks at spaces only: the dataset's name in a subtitle never reads "hundred- / fifty-over-forty-years".
            let t = balancedText(sub, style: theme.style(theme.typeScale.subtitle, theme.muted), width: contentWidth,
                                 breaking: .spacesOnly)
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
            // Breaks at spaces only: never "isecg- / report".
            let t = canvas.layoutText(source, style: noteStyle, width: contentWidth - noteReserve, breaking: .spacesOnly)
            bottom -= t.size.height
            put(t, Rect(x: contentLeft, y: bottom, width: t.size.width, height: t.size.height), .source)
            bottom -= 4
        }
        let noteRow = Rect(x: contentRight - noteReserve + 16, y: H - pad - 12, width: noteReserve - 16, height: 12)
        if let caption = spec.caption, !caption.isEmpty {
            let t = canvas.layoutText(caption, style: theme.style(theme.typeScale.source, theme.muted), width: contentWidth - noteReserve,
                                      breaking: .spacesOnly)
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
        guard available > Self.minimumPlotExtent else { throw CanvasTooSmall() }

        var verticals: [(titleRow: Rect?, top: Double, bottom: Double)] = []
        var cursor = plotsTop
        for (i, panel) in spec.panels.enumerated() {
            var titleRow: Rect?
            if titleRows[i] > 0 { titleRow = Rect(x: contentLeft, y: cursor, width: contentWidth, height: rowHeight); cursor += titleRows[i] }
            let h = available * max(panel.heightWeight, 0.01) / totalWeight
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
                // Direct labels are drawn bold: measured bold, so they stay inside the margins.
                if let l = line.label {
                    endLabelWidth = max(endLabelWidth, canvas.measure(l, style: theme.style(theme.typeScale.label, theme.text, bold: true)).width + 8)
                }
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
        guard plotRight - plotLeft > Self.minimumPlotExtent else { throw CanvasTooSmall() }

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
        if let last = frames.last { drawYearTicks(last, xTicks: xTicks) }
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

        // Mark labels: direct labels first, then values, points, annotations, timelines, rules; never below the
        // x axis line nor past the content margins.
        plotAreas = frames.map(\.rect)
        let area = Rect(x: contentLeft, y: 0, width: contentWidth, height: lastFrame.rect.maxY + 0.5)
        markLabelArea = area
        placer.markLabelArea = area
        for job in labelJobs.enumerated().sorted(by: { ($0.element.priority, $0.offset) < ($1.element.priority, $1.offset) }) {
            job.element.run()
        }

        placer.markLabelArea = nil
        drawOmittedLabelsNote(in: noteRow, right: contentRight, style: noteStyle)
    }

    /// The least height (of all panels together) and width a plot needs, in points; below it the canvas is
    /// too small for the chart's texts.
    static let minimumPlotExtent = 20.0

    /// Gap between the plot's bottom and the x tick labels: clear of the lowest y label (centred on the
    /// baseline) so a tick at the left edge (e.g. the first year) is not dropped for touching the "0".
    var xLabelGap: Double { 10 }
}
