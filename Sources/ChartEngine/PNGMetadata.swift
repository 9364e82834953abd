import Foundation

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

    /// `png` with one iTXt chunk per entry inserted right after IHDR (uncompressed UTF-8, no language tag),
    /// or nil if `png` is not a PNG. Keywords are PNG's registered ones ("Title", "Description", …): 1–79
    /// Latin-1 characters; NUL bytes in the text, which iTXt cannot hold, are dropped.
    static func insertingText(_ png: [UInt8], _ entries: [(keyword: String, text: String)]) -> [UInt8]? {
        guard png.count > 33, Array(png[0..<8]) == signature, chunkType(png, at: 8) == "IHDR" else { return nil }
        let afterHeader = 8 + 12 + Int(readUInt32(png, at: 8))
        var out = Array(png[..<afterHeader])
        for entry in entries {
            let keyword = Array(entry.keyword.utf8.prefix(79))
            precondition(!keyword.isEmpty && keyword.allSatisfy { $0 >= 32 && $0 < 127 }, "iTXt keywords are printable ASCII")
            // keyword NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, text
            out += chunk(type: "iTXt", data: keyword + [0, 0, 0, 0, 0] + Array(entry.text.utf8).filter { $0 != 0 })
        }
        out += png[afterHeader...]
        return out
    }

    /// The uncompressed iTXt entries of `png`, keyword → text, in file order.
    static func texts(_ png: [UInt8]) -> [(keyword: String, text: String)] {
        var found: [(keyword: String, text: String)] = []
        var offset = 8
        while offset + 12 <= png.count {
            let length = Int(readUInt32(png, at: offset))
            guard offset + 12 + length <= png.count else { break }
            if chunkType(png, at: offset) == "iTXt" {
                let body = Array(png[(offset + 8)..<(offset + 8 + length)])
                if let end = body.firstIndex(of: 0), end + 2 < body.count, body[end + 1] == 0,
                   let language = body[(end + 3)...].firstIndex(of: 0),
                   let translated = body[(language + 1)...].firstIndex(of: 0) {
                    found.append((String(decoding: body[..<end], as: UTF8.self),
                                  String(decoding: body[(translated + 1)...], as: UTF8.self)))
                }
            }
            offset += 12 + length
        }
        return found
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

/// `png` with its title and description (alt text) as iTXt chunks ("Title", "Description"), which image
/// viewers, slide software and screen readers can show; nil if `png` is not a PNG.
public func pngAddingText(_ png: Data, title: String, description: String) -> Data? {
    PNGMetadata.insertingText([UInt8](png), [("Title", title), ("Description", description)]).map { Data($0) }
}

/// The uncompressed iTXt text chunks of a PNG, keyword → text (empty when there are none or it is not a PNG).
public func pngText(_ png: Data) -> [String: String] {
    Dictionary(PNGMetadata.texts([UInt8](png)).map { ($0.keyword, $0.text) }) { first, _ in first }
}
