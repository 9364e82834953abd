import ChartEngine
import Foundation
import DataText
import PDFTagging

/// Lays out and draws the annual summary PDF from a ``DocumentContent``.
///
/// Two passes: every page is planned first (blocks measured with the document's own text system and moved to
/// the next page when they do not fit), so the page count and every section's page number are known; then
/// the planned pages are drawn, with the running footer "Page N of M", page labels (i, ii, then 1, 2, …),
/// named destinations, internal links from the contents, the outline and structure tags (each figure with
/// its alt text as `/Alt`, the catalog with `/Lang`).
///
/// The output depends only on the content: rendering the same content twice gives identical bytes.
public enum DocumentPDF {
    /// The width every figure is laid out at before it is scaled to the column (its height is 360, or the
    /// figure's ``DocumentContent/Figure/designSize``).
    public static var chartDesignWidth: Double { PageStyle.chartDesignSize.width }

    /// The tallest design height (at ``chartDesignWidth``) a figure may ask for on `paper`: the page's text
    /// height, less room for the figure heading and a three-line statement, in the chart's design units.
    public static func fullPageChartHeight(paper: Size) -> Double {
        let style = PageStyle(paper: paper)
        let width = PageStyle.chartDesignSize.width
        let scale = style.width / (width - 2 * ChartMetrics.innerPadding(canvasWidth: width))
        let reserve = 24.0 + 3 * 10.5 * 1.4 + 8 + 4
        return ((style.bottom - style.top - reserve) / scale).rounded(.down)
    }

    /// Renders the report and returns the PDF bytes.
    public static func render(_ content: DocumentContent) throws -> Data {
        let document = try PDFDocument(metadata: content.metadata)
        var plan: PagePlan?
        // The first page's canvas measures everything before anything is drawn on it.
        try document.page(size: content.paper, label: "i") { canvas in
            let made = PagePlanner(content: content, canvas: canvas).plan()
            plan = made
            try draw(made.pages[0], on: canvas, content: content, structureOpen: true, structureClose: made.pages.count == 1)
        }
        guard let plan else { throw ChartEngineError.invalidArgument("report plan missing") }
        for (i, page) in plan.pages.enumerated().dropFirst() {
            try document.page(size: content.paper, label: page.label) { canvas in
                try draw(page, on: canvas, content: content, structureOpen: false,
                         structureClose: i == plan.pages.count - 1)
            }
        }
        for entry in plan.outline {
            let item = document.addOutline(title: entry.title, destination: entry.destination)
            for child in entry.children {
                document.addOutline(title: child.title, destination: child.destination, parent: item)
            }
        }
        // Cairo 1.16 writes the /Figure elements but neither their /Alt nor the catalog's /Lang: a post-pass adds them.
        return try PDFAccessibility.tag(document.finish(), language: content.language, figureAltTexts: content.figureAltTexts)
    }

    // MARK: Drawing

    private static func draw(_ page: PlannedPage, on canvas: Canvas, content: DocumentContent,
                             structureOpen: Bool, structureClose: Bool) throws {
        let style = PageStyle(paper: content.paper)
        if structureOpen { canvas.beginStructure("Document") }
        for item in page.items { try draw(item, on: canvas) }
        if let right = page.footerRight {
            let footer = PageStyle.footer
            let l = canvas.layoutText(content.title, style: footer)
            canvas.draw(l, anchor: Point(style.left, style.footerBaseline), horizontal: .leading, vertical: .baseline)
            let r = canvas.layoutText(right, style: footer)
            canvas.draw(r, anchor: Point(style.right, style.footerBaseline), horizontal: .trailing, vertical: .baseline)
        }
        if structureClose { canvas.endStructure("Document") }
    }

    private static func draw(_ item: PageItem, on canvas: Canvas) throws {
        switch item {
        case .text(let text, let textStyle, let origin, let width):
            canvas.draw(canvas.layoutText(text, style: textStyle, width: width), at: origin)
        case .rule(let x0, let x1, let y, let width, let color, let dash):
            canvas.line(from: Point(x0, y), to: Point(x1, y),
                        style: StrokeStyle(width: width, color: color, dash: dash, cap: dash.isEmpty ? .butt : .round))
        case .box(let rect, let color):
            canvas.fill(rect, color: color)
        case .chart(let spec, let origin, let scale):
            try canvas.withTransform(translateX: origin.x, y: origin.y, scale: scale) {
                _ = try ChartRenderer.draw(spec, on: canvas)
            }
        case .uriLink(let uri, let rect):
            // Only http, https and mailto become live links; any other scheme (javascript:, file:) stays text.
            if LinkURL.isAllowed(uri) { canvas.link(uri: uri, rect: rect) }
        case .destinationLink(let name, let rect):
            canvas.link(toDestination: name, rect: rect)
        case .destination(let name, let point):
            canvas.destination(name, at: point)
        case .structure(let tag, let children):
            try canvas.withStructure(tag) { for c in children { try draw(c, on: canvas) } }
        }
    }
}

/// An outline (bookmark) entry with optional children.
struct OutlineEntry {
    var title: String
    var destination: String
    var children: [OutlineEntry] = []
}

/// The result of the planning pass.
struct PagePlan {
    var pages: [PlannedPage]
    var outline: [OutlineEntry]
}
