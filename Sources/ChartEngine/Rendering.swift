import Foundation

extension Canvas {
    /// Draws into a PNG of `scale` × `size` pixels (logical units stay points) and returns its bytes, with
    /// a pHYs chunk declaring 72 × `scale` dpi. The background is transparent unless `draw` fills it.
    /// Text is drawn with the families of `fonts` only.
    public static func renderPNG(size: Size, scale: Double = 1, fonts: FontStack = .standard,
                                 _ draw: (Canvas) throws -> Void) throws -> Data {
        let surface = try CairoSurface.image(size: size, scale: scale)
        let canvas = Canvas(surface: surface, textSystem: try PangoTextSystem.forCurrentThread(fonts: fonts))
        try draw(canvas)
        return Data(try surface.finish())
    }

    /// Draws onto a scratch image surface of a few pixels (logical units stay points) and discards it: for
    /// laying out without producing a file. Text metrics are those of every other surface.
    static func probe(size: Size, _ draw: (Canvas) throws -> Void) throws {
        let surface = try CairoSurface.image(size: size, scale: 16 / max(min(size.width, size.height), 1))
        try draw(Canvas(surface: surface, textSystem: try PangoTextSystem.forCurrentThread()))
    }

    /// Draws a one-page PDF of `size` points with the given metadata.
    public static func renderPDF(size: Size, metadata: PDFMetadata, fonts: FontStack = .standard,
                                 _ draw: (Canvas) throws -> Void) throws -> Data {
        let doc = try PDFDocument(metadata: metadata, fonts: fonts)
        try doc.page(size: size, draw)
        return try doc.finish()
    }

    /// Draws an SVG of `size` points with deterministic ids and `<title>`/`<desc>` as the first children.
    public static func renderSVG(size: Size, title: String, description: String, fonts: FontStack = .standard,
                                 _ draw: (Canvas) throws -> Void) throws -> Data {
        let surface = try CairoSurface.svg(size: size)
        let canvas = Canvas(surface: surface, textSystem: try PangoTextSystem.forCurrentThread(fonts: fonts))
        try draw(canvas)
        let raw = String(decoding: try surface.finish(), as: UTF8.self)
        let svg = SVGPostprocess.addAccessibility(SVGPostprocess.renumberIDs(raw), title: title, description: description)
        return Data(svg.utf8)
    }
}

/// Reads a PNG's pixel size and declared resolution; `nil` if the bytes are not a PNG.
public func pngInfo(_ data: Data) -> (width: Int, height: Int, dpi: Double?)? {
    guard let i = PNGMetadata.info([UInt8](data)) else { return nil }
    return (i.width, i.height, i.pixelsPerMetre.map { (Double($0) * 0.0254 * 10).rounded() / 10 })
}
