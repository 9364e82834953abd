import Foundation

/// The layout record of a drawn chart: every placed text box, every leader and marker, the plot areas, and
/// the labels left out; enough to check a layout without looking at pixels (docs/chart-engine.md).
public struct ChartLayoutResult: Sendable, Hashable {
    /// Every text drawn, with its box in chart coordinates.
    public var placedTexts: [PlacedText]
    /// Labels that could not be placed without overlap or clipping (also counted in a note on the chart).
    public var omittedLabels: [OmittedLabel]
    /// Every leader line and stem from a mark to its label.
    public var leaders: [PlacedLeader] = []
    /// Every marker drawn at a data point.
    public var markers: [PlacedMarker] = []
    /// Each panel's plot rectangle, top to bottom (the last one's bottom edge is the x axis line).
    public var plotAreas: [Rect] = []
    /// Where mark labels may sit: inside the content margins, above the x axis line.
    public var markLabelArea: Rect?
}

/// A rendered chart file plus its layout record.
public struct RenderedChart: Sendable, Hashable {
    /// PNG, PDF or SVG bytes.
    public var data: Data
    /// The layout record.
    public var layout: ChartLayoutResult
    /// Every text drawn, with its box.
    public var placedTexts: [PlacedText] { layout.placedTexts }
    /// Labels left out (never silently: the chart shows "+N labels not shown").
    public var omittedLabels: [OmittedLabel] { layout.omittedLabels }
}

/// Lays out and draws a ``ChartSpec`` through ``Canvas``, on any surface.
public enum ChartRenderer {
    /// Renders a PNG at `scale` × the spec size (pHYs = 72 × scale dpi).
    public static func renderPNG(_ spec: ChartSpec, scale: Double = 1) throws -> RenderedChart {
        var result: ChartLayoutResult?
        let data = try Canvas.renderPNG(size: spec.size, scale: scale) { result = try draw(spec, on: $0) }
        return RenderedChart(data: data, layout: result!)
    }

    /// Lays the chart out and draws it onto a scratch surface of a few pixels, returning only the layout
    /// record: the record a PNG, PDF or SVG render gives (text metrics are unhinted, the same on every
    /// surface), without rasterising or encoding a file. For checking layouts in bulk.
    public static func layout(_ spec: ChartSpec) throws -> ChartLayoutResult {
        var result: ChartLayoutResult?
        try Canvas.probe(size: spec.size) { result = try draw(spec, on: $0) }
        return result!
    }

    /// Renders a one-page PDF; the title (`documentTitle`, else the drawn one) and the alt text go into the
    /// document metadata, so a chart drawn without its title still names itself.
    public static func renderPDF(_ spec: ChartSpec, createDate: PDFDate, author: String? = nil,
                                 creator: String? = nil, documentTitle: String? = nil) throws -> RenderedChart {
        var result: ChartLayoutResult?
        let meta = PDFMetadata(title: documentTitle ?? spec.title, author: author, subject: spec.altText, creator: creator, createDate: createDate)
        // No "Figure" structure element: Cairo 1.16 rejects it around clipped, transformed drawing.
        let data = try Canvas.renderPDF(size: spec.size, metadata: meta) { result = try draw(spec, on: $0) }
        return RenderedChart(data: data, layout: result!)
    }

    /// Renders an SVG with the title (`documentTitle`, else the drawn one) and alt text as `<title>`/`<desc>`.
    public static func renderSVG(_ spec: ChartSpec, documentTitle: String? = nil) throws -> RenderedChart {
        var result: ChartLayoutResult?
        let title = [spec.figureNumber, documentTitle ?? spec.title].compactMap { $0 }.joined(separator: " ")
        let data = try Canvas.renderSVG(size: spec.size, title: title, description: spec.altText) { result = try draw(spec, on: $0) }
        return RenderedChart(data: data, layout: result!)
    }

    /// Draws a chart onto an existing canvas (e.g. a report page) with its top-left corner at `origin`,
    /// occupying `spec.size` points. Returns the text record in chart coordinates.
    ///
    /// - Throws: ``ChartEngineError/canvasTooSmall(size:minimum:)`` when the texts leave no room for the
    ///   plots, naming the smallest size that fits.
    @discardableResult
    public static func draw(_ spec: ChartSpec, on canvas: Canvas, at origin: Point = Point(0, 0)) throws -> ChartLayoutResult {
        do {
            return try canvas.withTransform(translateX: origin.x, y: origin.y) {
                let drawing = ChartDrawing(spec: spec, canvas: canvas)
                try drawing.run()
                let p = drawing.placer
                return ChartLayoutResult(placedTexts: p.placed, omittedLabels: p.omitted, leaders: p.leaders, markers: p.markers,
                                         plotAreas: drawing.plotAreas, markLabelArea: drawing.markLabelArea)
            }
        } catch is CanvasTooSmall {
            throw ChartEngineError.canvasTooSmall(size: spec.size, minimum: try minimumSize(for: spec))
        }
    }
}
