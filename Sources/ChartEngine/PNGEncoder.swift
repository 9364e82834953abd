/// Encodes a Cairo ARGB32 image as PNG with zlib, tuned for charts.
///
/// Cairo's own writer goes through libpng with adaptive filtering and zlib's default level: on flat-colour
/// chart images that cost more than half of a whole report build. The Sub filter and zlib level 1 give files
/// about 15 % larger in under a third of the time, with the same pixels. The writer also emits the pHYs chunk
/// (DPI) that Cairo never writes, and RGB instead of RGBA when every pixel is opaque.
/// Output is deterministic: same pixels, same bytes.
enum PNGEncoder {
    /// Encodes `height` rows of `width` premultiplied native-endian ARGB32 pixels (`stride` bytes apart).
    static func encode(pixels: UnsafePointer<UInt8>, width: Int, height: Int, stride: Int, dpi: Double) throws -> [UInt8] {
        let image = try PNGImageData.compressed(pixels: pixels, width: width, height: height, stride: stride)
        let opaque = image.opaque
        var png = PNGMetadata.signature
        var header = PNGMetadata.bigEndian(UInt32(width)) + PNGMetadata.bigEndian(UInt32(height))
        header += [8, opaque ? 2 : 6, 0, 0, 0]  // 8 bits, RGB or RGBA, deflate, adaptive filtering, no interlace
        png += PNGMetadata.chunk(type: "IHDR", data: header)
        let pixelsPerMetre = UInt32((dpi / 0.0254).rounded())
        png += PNGMetadata.chunk(type: "pHYs", data: PNGMetadata.bigEndian(pixelsPerMetre)
                                     + PNGMetadata.bigEndian(pixelsPerMetre) + [1])
        png += PNGMetadata.chunk(type: "IDAT", data: image.zlib)
        png += PNGMetadata.chunk(type: "IEND", data: [])
        return png
    }
}
