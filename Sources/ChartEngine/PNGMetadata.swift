/// PNG chunks: building them (with their CRC) for the encoder, and reading size and DPI back.
enum PNGMetadata {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Width and height from IHDR, and the pHYs pixels per metre if present.
    static func info(_ png: [UInt8]) -> (width: Int, height: Int, pixelsPerMetre: Int?)? {
        guard png.count > 33, Array(png[0..<8]) == signature, chunkType(png, at: 8) == "IHDR" else { return nil }
        let w = Int(readUInt32(png, at: 16)), h = Int(readUInt32(png, at: 20))
        var offset = 8
        while offset + 12 <= png.count {
            let length = Int(readUInt32(png, at: offset))
            if chunkType(png, at: offset) == "pHYs", length == 9 {
                return (w, h, Int(readUInt32(png, at: offset + 8)))
            }
            offset += 12 + length
        }
        return (w, h, nil)
    }

    static func chunk(type: String, data: [UInt8]) -> [UInt8] {
        let typeBytes = Array(type.utf8)
        var out = bigEndian(UInt32(data.count))
        out += typeBytes; out += data
        out += bigEndian(crc32(typeBytes + data))
        return out
    }

    static func chunkType(_ b: [UInt8], at offset: Int) -> String {
        String(decoding: b[(offset + 4)..<(offset + 8)], as: UTF8.self)
    }

    static func readUInt32(_ b: [UInt8], at o: Int) -> UInt32 {
        UInt32(b[o]) << 24 | UInt32(b[o + 1]) << 16 | UInt32(b[o + 2]) << 8 | UInt32(b[o + 3])
    }

    static func bigEndian(_ v: UInt32) -> [UInt8] {
        [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
    }

    private static let crcTable: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// CRC-32 as used by PNG (ISO 3309 / ITU-T V.42).
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = crcTable[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
