internal import CCairo
import Foundation

/// Collects the bytes Cairo writes through a stream callback.
final class ByteSink {
    var bytes: [UInt8] = []
}

/// The write callback handed to Cairo; `closure` is an unretained `ByteSink`.
let cairoWriteToSink: cairo_write_func_t = { closure, data, length in
    guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
    if let data, length > 0 {
        sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    }
    return CAIRO_STATUS_SUCCESS
}

/// Which Cairo surface backs a canvas.
enum SurfaceKind { case image, pdf, svg }

/// One Cairo surface plus its drawing context. Owns both; destroys them on deinit.
final class CairoSurface {
    let surface: OpaquePointer
    let cr: OpaquePointer
    let kind: SurfaceKind
    let sink: ByteSink
    /// Logical size in points (the PNG image surface is `scale` times larger in pixels).
    let logicalSize: Size
    let scale: Double
    /// The pooled pixel memory of an image surface (`nil`: Cairo's own), given back after the surface is destroyed.
    private let pixels: PixelBufferPool.Buffer?
    private var finished = false

    private init(surface: OpaquePointer, kind: SurfaceKind, logicalSize: Size, scale: Double, sink: ByteSink,
                 pixels: PixelBufferPool.Buffer? = nil) throws {
        self.sink = sink
        self.pixels = pixels
        self.surface = surface
        self.kind = kind
        self.logicalSize = logicalSize
        self.scale = scale
        self.cr = cairo_create(surface)
        try CairoSurface.check(cairo_surface_status(surface), "creating the surface")
        try CairoSurface.check(cairo_status(cr), "creating the drawing context")
        if scale != 1 { cairo_scale(cr, scale, scale) }
        // Unhinted, greyscale: the same outlines on every surface and at every scale.
        let options = cairo_font_options_create()
        defer { cairo_font_options_destroy(options) }
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        cairo_set_font_options(cr, options)
    }

    /// An ARGB image surface of `scale` × the logical size, for PNG.
    static func image(size: Size, scale: Double) throws -> CairoSurface {
        guard scale > 0, size.width > 0, size.height > 0 else { throw ChartEngineError.invalidArgument("image size and scale must be positive") }
        let w = Int32((size.width * scale).rounded()), h = Int32((size.height * scale).rounded())
        let stride = cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, w)
        let byteCount = Int(stride) * Int(h)
        // Small surfaces, and sizes the pool cannot hold, are Cairo's own (which reports a failure as its status).
        guard stride > 0, byteCount >= PixelBufferPool.smallestPooled,
              let pixels = PixelBufferPool.shared.take(byteCount: byteCount) else {
            let s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h)!
            return try CairoSurface(surface: s, kind: .image, logicalSize: size, scale: scale, sink: ByteSink())
        }
        // Same pixels as cairo_image_surface_create (zeroed, same stride), in memory that stays mapped.
        let s = cairo_image_surface_create_for_data(pixels.bytes.assumingMemoryBound(to: UInt8.self),
                                                    CAIRO_FORMAT_ARGB32, w, h, stride)!
        return try CairoSurface(surface: s, kind: .image, logicalSize: size, scale: scale, sink: ByteSink(), pixels: pixels)
    }

    /// A PDF surface writing into memory; the size of the first page in points.
    static func pdf(size: Size) throws -> CairoSurface {
        let sink = ByteSink()
        let s = cairo_pdf_surface_create_for_stream(cairoWriteToSink, Unmanaged.passUnretained(sink).toOpaque(),
                                                    size.width, size.height)!
        let surface = try CairoSurface(surface: s, kind: .pdf, logicalSize: size, scale: 1, sink: sink)
        cairo_pdf_surface_restrict_to_version(s, CAIRO_PDF_VERSION_1_5)
        return surface
    }

    /// An SVG surface writing into memory, sized in points.
    static func svg(size: Size) throws -> CairoSurface {
        let sink = ByteSink()
        let s = cairo_svg_surface_create_for_stream(cairoWriteToSink, Unmanaged.passUnretained(sink).toOpaque(),
                                                    size.width, size.height)!
        cairo_svg_surface_set_document_unit(s, CAIRO_SVG_UNIT_PT)
        return try CairoSurface(surface: s, kind: .svg, logicalSize: size, scale: 1, sink: sink)
    }


    /// Finishes the surface and returns the bytes written (PDF/SVG), or encodes the image as PNG (with its DPI).
    func finish() throws -> [UInt8] {
        precondition(!finished, "surface already finished")
        finished = true
        switch kind {
        case .image:
            cairo_surface_flush(surface)
            try CairoSurface.check(cairo_surface_status(surface), "drawing")
            guard let pixels = cairo_image_surface_get_data(surface) else { throw ChartEngineError.cairo("encoding PNG: no pixels") }
            return try PNGEncoder.encode(pixels: pixels, width: Int(cairo_image_surface_get_width(surface)),
                                         height: Int(cairo_image_surface_get_height(surface)),
                                         stride: Int(cairo_image_surface_get_stride(surface)), dpi: 72 * scale)
        case .pdf, .svg:
            try CairoSurface.check(cairo_status(cr), "drawing")
            cairo_surface_finish(surface)
            try CairoSurface.check(cairo_surface_status(surface), "finishing the document")
            return sink.bytes
        }
    }

    static func check(_ status: cairo_status_t, _ what: String) throws {
        guard status == CAIRO_STATUS_SUCCESS else {
            let message = String(cString: cairo_status_to_string(status))
            throw ChartEngineError.cairo("\(what): \(message)")
        }
    }

    deinit {
        cairo_destroy(cr)
        if let pixels {
            // Finishing releases Cairo's hold on the pixels even if something else still references the surface.
            cairo_surface_finish(surface)
            cairo_surface_destroy(surface)
            PixelBufferPool.shared.giveBack(pixels)
        } else {
            cairo_surface_destroy(surface)
        }
    }
}
