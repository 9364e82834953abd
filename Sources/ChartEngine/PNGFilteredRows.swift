internal import CZlib

/// A PNG's header and its scanlines as stored (each row's filter byte, then the filtered bytes), inflated
/// from IDAT without unfiltering or converting: enough to tell two of this encoder's PNGs apart in a few
/// milliseconds where decoding both through Cairo takes tens (``ImageDiff/samePixels(_:_:)``).
struct PNGFilteredRows {
    let width: Int
    let height: Int
    /// 3 for RGB, 4 for RGBA.
    let bytesPerPixel: Int
    /// `height` rows of `1 + width × bytesPerPixel` bytes.
    let rows: [UInt8]

    /// Nil unless `png` is an 8-bit, non-interlaced RGB or RGBA PNG of at most 100 megapixels whose IDAT data
    /// inflates (its zlib checksum verified) to exactly its rows.
    init?(_ png: [UInt8]) {
        guard png.count > 33, Array(png[0..<8]) == PNGMetadata.signature, PNGMetadata.chunkType(png, at: 8) == "IHDR",
              PNGMetadata.readUInt32(png, at: 8) == 13 else { return nil }
        let width = Int(PNGMetadata.readUInt32(png, at: 16)), height = Int(PNGMetadata.readUInt32(png, at: 20))
        let (depth, colour, compression, filter, interlace) = (png[24], png[25], png[26], png[27], png[28])
        guard depth == 8, colour == 2 || colour == 6, compression == 0, filter == 0, interlace == 0,
              width > 0, height > 0, width <= 100_000_000 / height else { return nil }
        let bytesPerPixel = colour == 2 ? 3 : 4
        var data: [UInt8] = []
        var offset = 8
        while offset + 12 <= png.count {
            let length = Int(PNGMetadata.readUInt32(png, at: offset))
            guard length <= png.count - offset - 12 else { return nil }
            let type = PNGMetadata.chunkType(png, at: offset)
            if type == "IDAT" { data += png[(offset + 8)..<(offset + 8 + length)] }
            if type == "IEND" { break }
            offset += 12 + length
        }
        let expected = height * (1 + width * bytesPerPixel)
        var rows = [UInt8](repeating: 0, count: expected)
        var produced = uLongf(expected)
        let status = rows.withUnsafeMutableBufferPointer { out in
            data.withUnsafeBufferPointer { input in
                uncompress(out.baseAddress, &produced, input.baseAddress, uLong(input.count))
            }
        }
        guard status == Z_OK, Int(produced) == expected else { return nil }
        self.width = width
        self.height = height
        self.bytesPerPixel = bytesPerPixel
        self.rows = rows
    }

    /// Whether every row uses filter type Sub (1), as ``PNGEncoder`` writes them. The Sub filter is one-to-one
    /// on a row, so two such opaque images have the same pixels exactly when their stored rows are equal.
    var everyRowIsSub: Bool {
        Swift.stride(from: 0, to: rows.count, by: 1 + width * bytesPerPixel).allSatisfy { rows[$0] == 1 }
    }
}
