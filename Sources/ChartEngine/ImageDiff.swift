internal import CCairo
import Foundation

/// The pixel difference of two PNGs, for showing what changed in a chart (`build --check --diff`).
public struct ImageDifference: Sendable {
    /// A PNG the size of the larger image: the new image faded towards white, with every changed pixel in
    /// a strong highlight colour (magenta), so the change stands out however small it is.
    public let png: Data
    /// How many pixels differ (pixels that only one image covers count as changed).
    public let changedPixels: Int
    /// Width and height of the difference image in pixels.
    public let width: Int
    public let height: Int
}

/// Compares two PNGs pixel by pixel with Cairo's own PNG reader; no other image library.
public enum ImageDiff {
    /// The highlight for changed pixels (ARGB).
    static let highlight: UInt32 = 0xFFE0_00B0
    /// How much of the new image shows through the fade (the rest is white).
    static let fade: UInt32 = 64

    /// Compares `before` with `after`. Throws `ChartEngineError.invalidArgument` when either is not a PNG
    /// Cairo can read, and refuses images over 100 megapixels before decoding them.
    public static func compare(before: Data, after: Data) throws -> ImageDifference {
        let old = try DecodedImage(png: before), new = try DecodedImage(png: after)
        let width = max(old.width, new.width), height = max(old.height, new.height)
        guard width * height <= 100_000_000 else { throw ChartEngineError.invalidArgument("images over 100 megapixels are not compared") }
        let stride = width * 4
        var pixels = [UInt8](repeating: 0, count: stride * height)
        var changed = 0
        for y in 0..<height {
            for x in 0..<width {
                let a = old.pixel(x, y), b = new.pixel(x, y)
                let value: UInt32
                if a != b || a == nil {
                    changed += 1
                    value = highlight
                } else {
                    value = faded(b!)
                }
                let o = y * stride + x * 4  // memory order B, G, R, A (little-endian ARGB32)
                pixels[o] = UInt8(value & 0xFF); pixels[o + 1] = UInt8(value >> 8 & 0xFF)
                pixels[o + 2] = UInt8(value >> 16 & 0xFF); pixels[o + 3] = UInt8(value >> 24)
            }
        }
        let png = try pixels.withUnsafeBufferPointer { buffer in
            try PNGEncoder.encode(pixels: buffer.baseAddress!, width: width, height: height, stride: stride, dpi: 72)
        }
        return ImageDifference(png: Data(png), changedPixels: changed, width: width, height: height)
    }

    /// Whether two PNGs decode to the same pixels at the same size: the same picture, however it was encoded
    /// (another zlib setting, other metadata). Throws like ``compare(before:after:)``.
    ///
    /// Two of this encoder's opaque PNGs are compared by their stored rows (inflated, not decoded): equal rows
    /// are equal pixels, and with every row Sub-filtered different rows are different pixels. Anything else
    /// (another encoder's filters, transparency, where unlike stored bytes can decode alike) is decoded.
    public static func samePixels(_ a: Data, _ b: Data) throws -> Bool {
        // Sizes from the headers first: an image of another size is another picture, and is never inflated.
        if let x = pngInfo(a), let y = pngInfo(b), x.width != y.width || x.height != y.height { return false }
        if let x = PNGFilteredRows([UInt8](a)), let y = PNGFilteredRows([UInt8](b)) {
            if x.bytesPerPixel == y.bytesPerPixel, x.rows == y.rows { return true }
            if x.bytesPerPixel == 3, y.bytesPerPixel == 3, x.everyRowIsSub, y.everyRowIsSub { return false }
        }
        let old = try DecodedImage(png: a), new = try DecodedImage(png: b)
        return old.width == new.width && old.height == new.height && old.pixels == new.pixels
    }

    /// A premultiplied ARGB pixel composited over white, then mixed with white so only `fade`/255 of it remains.
    static func faded(_ argb: UInt32) -> UInt32 {
        let alpha = argb >> 24
        var out: UInt32 = 0xFF00_0000
        for shift: UInt32 in [16, 8, 0] {
            let premultiplied = (argb >> shift) & 0xFF
            let overWhite = premultiplied + (255 - alpha)  // premultiplied colour over an opaque white page
            out |= (255 - (255 - overWhite) * fade / 255) << shift
        }
        return out
    }
}

/// A PNG decoded by Cairo into native-endian premultiplied ARGB32 pixels.
private struct DecodedImage {
    let width: Int
    let height: Int
    let stride: Int
    let pixels: [UInt8]

    init(png: Data) throws {
        guard let info = pngInfo(png) else { throw ChartEngineError.invalidArgument("not a PNG") }
        guard info.width * info.height <= 100_000_000 else {
            throw ChartEngineError.invalidArgument("a PNG over 100 megapixels is not decoded")
        }
        let source = PNGReadSource(bytes: [UInt8](png))
        let surface = cairo_image_surface_create_from_png_stream({ closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
            let source = Unmanaged<PNGReadSource>.fromOpaque(closure).takeUnretainedValue()
            return source.read(into: data, count: Int(length)) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_READ_ERROR
        }, Unmanaged.passUnretained(source).toOpaque())
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw ChartEngineError.invalidArgument("the PNG cannot be decoded")
        }
        cairo_surface_flush(surface)
        let format = cairo_image_surface_get_format(surface)
        width = Int(cairo_image_surface_get_width(surface))
        height = Int(cairo_image_surface_get_height(surface))
        stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { throw ChartEngineError.invalidArgument("the PNG has no pixels") }
        var copy = [UInt8](UnsafeBufferPointer(start: data, count: stride * height))
        if format == CAIRO_FORMAT_RGB24 {  // the unused top byte is undefined: make it opaque
            for offset in Swift.stride(from: 3, to: copy.count, by: 4) { copy[offset] = 0xFF }
        } else if format != CAIRO_FORMAT_ARGB32 {
            throw ChartEngineError.invalidArgument("the PNG decodes to an unexpected pixel format")
        }
        pixels = copy
    }

    /// The ARGB value at (x, y), or nil outside the image.
    func pixel(_ x: Int, _ y: Int) -> UInt32? {
        guard x < width, y < height else { return nil }
        let o = y * stride + x * 4
        return UInt32(pixels[o]) | UInt32(pixels[o + 1]) << 8 | UInt32(pixels[o + 2]) << 16 | UInt32(pixels[o + 3]) << 24
    }
}

/// Feeds PNG bytes to Cairo's stream reader.
private final class PNGReadSource {
    let bytes: [UInt8]
    var offset = 0
    init(bytes: [UInt8]) { self.bytes = bytes }

    func read(into target: UnsafeMutablePointer<UInt8>, count: Int) -> Bool {
        guard count <= bytes.count - offset else { return false }
        bytes.withUnsafeBufferPointer { target.update(from: $0.baseAddress! + offset, count: count) }
        offset += count
        return true
    }
}
