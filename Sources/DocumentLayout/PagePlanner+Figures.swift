import ChartEngine

/// Figures: each chart measured at the design size, scaled to the text width, with its heading and statement.
extension PagePlanner {
    static func destinationName(_ id: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
        return String(id.map { allowed.contains($0) ? $0 : "-" })
    }

    /// A figure's parts, measured.
    struct PlacedFigure {
        var heading: String
        var spec: ChartSpec
        var scale: Double
        var frame: Size
        var inset: Double
        var headingHeight: Double
        var captionHeight: Double
        var statementHeight: Double
        var total: Double { headingHeight + frame.height + captionHeight + statementHeight }
    }

    func measureFigure(_ flow: PageFlow, _ figure: DocumentContent.Figure, number: Int,
                       widthFraction: Double = 1) -> PlacedFigure {
        let heading = "Figure \(number): \(figure.heading)"
        let spec = figure.drawnChart
        // The chart's frame bleeds into the margins by its inner padding, so that its texts and plot line
        // up with the text column on both sides; it keeps its 16:9 ratio.
        let pad = ChartMetrics.innerPadding(canvasWidth: spec.size.width)
        var scale = style.width * widthFraction / (spec.size.width - 2 * pad)
        let headingHeight = flow.height(heading, S.h3, width: style.width)
        let captionHeight = figure.caption.isEmpty ? 0 : flow.height(figure.caption, S.caption, width: style.width)
        let statementHeight = figure.statement.isEmpty ? 0 : flow.height(figure.statement, S.body, width: style.width) + 8
        // A tall chart (a designSize) never runs past one page: it is set narrower instead.
        let room = style.bottom - style.top - headingHeight - captionHeight - statementHeight
        if spec.size.height * scale > room { scale = room / spec.size.height }
        let frame = Size(spec.size.width * scale, spec.size.height * scale)
        return PlacedFigure(heading: heading, spec: spec, scale: scale, frame: frame, inset: pad * scale,
                            headingHeight: headingHeight, captionHeight: captionHeight, statementHeight: statementHeight)
    }

    /// The narrowest a chart is set to share a page with another: below this, one chart a page reads better.
    static let minimumChartWidthFraction = 0.78

    /// The share of the text width every chart of the document is drawn at: the full width when two figures in
    /// a row (headings, charts, statements) fit one page, else the widest that lets every pair share a page
    /// (short pages such as US Letter), but never below ``minimumChartWidthFraction``. One value for all
    /// charts, so that the figures of one report have one size.
    func chartWidthFraction(_ flow: PageFlow, _ figures: [DocumentContent.Figure]) -> Double {
        guard figures.count > 1 else { return 1 }
        let full = figures.enumerated().map { measureFigure(flow, $1, number: $0 + 1) }
        let page = style.bottom - style.top
        var fraction = 1.0
        for i in 0..<(full.count - 1) {
            let a = full[i], b = full[i + 1]
            let charts = a.frame.height + b.frame.height
            let text = a.total + b.total - charts + S.figureGap
            guard text + charts > page + 0.001 else { continue }
            let fits = (page - text) / charts
            if fits >= PagePlanner.minimumChartWidthFraction { fraction = min(fraction, fits) }
        }
        // Floor to a quarter point of chart width so that rounding never tips a pair over the page foot.
        return (fraction * style.width * 4).rounded(.down) / (style.width * 4)
    }

    func figures(_ flow: PageFlow, title: String, destination: String, figures: [DocumentContent.Figure],
                 emptyText: String) -> OutlineEntry {
        let fraction = chartWidthFraction(flow, figures)
        let measured = figures.enumerated().map { measureFigure(flow, $1, number: $0 + 1, widthFraction: fraction) }
        sectionHeading(flow, title, destination: destination, keep: measured.first?.total ?? 20)
        var children: [OutlineEntry] = []
        for (i, figure) in figures.enumerated() {
            let m = measured[i]
            flow.space(S.figureGap)
            flow.need(m.total)
            let dest = "figure-\(PagePlanner.destinationName(figure.id))-\(i + 1)"
            flow.destination(dest)
            children.append(OutlineEntry(title: m.heading, destination: dest))
            flow.add(.structure("H2", [.text(m.heading, S.h3, origin: Point(style.left, flow.y), width: style.width)]))
            // The chart's own top padding is the space under the heading.
            flow.advance(m.headingHeight)
            flow.add(.structure("Figure", [.chart(m.spec, origin: Point(style.left - m.inset, flow.y), scale: m.scale)]))
            flow.advance(m.frame.height)
            if !figure.caption.isEmpty {
                flow.paragraph(figure.caption, S.caption, x: style.left, width: style.width, tag: "Caption")
            }
            if !figure.statement.isEmpty {
                flow.advance(8)
                flow.paragraph(figure.statement, S.body, x: style.left, width: style.width)
            }
        }
        if figures.isEmpty {
            flow.paragraph(emptyText, S.body.with(color: S.muted), x: style.left, width: style.measure)
        }
        return OutlineEntry(title: title, destination: destination, children: children)
    }
}
