import ChartEngine
import Foundation

/// The file formats a chart can be written in.
public enum ChartFormat: String, CaseIterable, Sendable {
    case png, pdf, svg
}

/// How a single chart is rendered: logical size in points, PNG pixel scale, theme and background.
public struct ChartOptions: Sendable, Hashable {
    /// Logical size in points (960 × 540: 16:9).
    public var size: Size
    /// PNG pixels per point (2 gives 1920 × 1080 px for the default size).
    public var scale: Double
    /// Light or dark.
    public var theme: Theme
    /// Leave the background transparent.
    public var transparent: Bool

    public init(size: Size = Size(960, 540), scale: Double = 2, theme: Theme = .light, transparent: Bool = false) {
        self.size = size; self.scale = scale; self.theme = theme; self.transparent = transparent
    }

    /// The theme as drawn (without its background when transparent).
    var effectiveTheme: Theme { transparent ? theme.transparent() : theme }
}

/// Renders chart specs to file bytes.
public enum ChartExport {
    /// The bytes of `spec` in `format`. Each format names the chart with `accessibleTitle`, else the drawn title
    /// (PDF /Title, SVG `<title>`, PNG iTXt `Title`), and carries the alt text (PDF subject, SVG `<desc>`, PNG
    /// `Description`), so a slide keeps its name and description even when the title is not drawn.
    public static func render(_ spec: ChartSpec, format: ChartFormat, scale: Double, createDate: PDFDate,
                              author: String?, accessibleTitle: String? = nil) throws -> Data {
        switch format {
        case .png:
            let png = try ChartRenderer.renderPNG(spec, scale: scale).data
            return pngAddingText(png, title: accessibleTitle ?? spec.title, description: spec.altText) ?? png
        case .svg: return try ChartRenderer.renderSVG(spec, documentTitle: accessibleTitle).data
        case .pdf: return try ChartRenderer.renderPDF(spec, createDate: createDate, author: author, creator: "isecg-report",
                                                      documentTitle: accessibleTitle).data
        }
    }
}
