import Foundation
import Testing
@testable import ChartEngine

/// The image difference behind `build --check --diff`, and the PNG iTXt chunks.
@Suite("ImageDiff and PNG text chunks")
struct ImageDiffTests {
    static func png(width: Double = 40, height: Double = 30, square: Rect? = nil) throws -> Data {
        try Canvas.renderPNG(size: Size(width, height)) { canvas in
            canvas.fill(Rect(x: 0, y: 0, width: width, height: height), color: Color(red: 1, green: 1, blue: 1))
            if let square { canvas.fill(square, color: Color(red: 0, green: 0, blue: 0)) }
        }
    }

    @Test func identicalImagesHaveNoChangedPixelsAndAFadedCopy() throws {
        let image = try Self.png(square: Rect(x: 10, y: 10, width: 5, height: 5))
        let difference = try ImageDiff.compare(before: image, after: image)
        #expect(difference.changedPixels == 0)
        #expect(difference.width == 40 && difference.height == 30)
        #expect(pngInfo(difference.png)?.width == 40)
        // Black fades to a light grey, white stays white.
        #expect(ImageDiff.faded(0xFF00_0000) == 0xFFBF_BFBF)
        #expect(ImageDiff.faded(0xFFFF_FFFF) == 0xFFFF_FFFF)
    }

    @Test func exactlyTheChangedPixelsAreCounted() throws {
        let before = try Self.png()
        let after = try Self.png(square: Rect(x: 4, y: 6, width: 3, height: 2))
        let difference = try ImageDiff.compare(before: before, after: after)
        #expect(difference.changedPixels == 6)
        let larger = try Self.png(width: 50, height: 30)
        let grown = try ImageDiff.compare(before: before, after: larger)
        #expect(grown.width == 50 && grown.changedPixels == 10 * 30, "pixels only one image covers count as changed")
    }

    /// `png` (this encoder's, opaque) written again with filter type None on every row, in stored deflate
    /// blocks: the same pixels in other stored rows, as another encoder might write them.
    static func withoutFilters(_ png: Data) throws -> Data {
        let image = try #require(PNGFilteredRows([UInt8](png)))
        let rowBytes = 1 + image.width * image.bytesPerPixel
        var raw: [UInt8] = []
        for y in 0..<image.height {
            raw.append(0)
            var previous = [UInt8](repeating: 0, count: image.bytesPerPixel)
            for x in 0..<(image.width * image.bytesPerPixel) {
                let value = image.rows[y * rowBytes + 1 + x] &+ previous[x % image.bytesPerPixel]  // undo Sub
                previous[x % image.bytesPerPixel] = value
                raw.append(value)
            }
        }
        var zlib: [UInt8] = [0x78, 0x01]
        var start = 0
        repeat {
            let end = min(start + 65_535, raw.count), length = UInt16(end - start)
            zlib += [end == raw.count ? 1 : 0, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
            zlib += raw[start..<end]
            start = end
        } while start < raw.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in raw { a = (a + UInt32(byte)) % 65_521; b = (b + a) % 65_521 }
        zlib += PNGMetadata.bigEndian(b << 16 | a)
        let bytes = [UInt8](png)
        let header = Array(bytes[0..<33])  // signature and IHDR
        return Data(header + PNGMetadata.chunk(type: "IDAT", data: zlib) + PNGMetadata.chunk(type: "IEND", data: []))
    }

    @Test func samePixelsAskWhatIsDrawnNotHowItIsStored() throws {
        let image = try Self.png(square: Rect(x: 10, y: 10, width: 5, height: 5))
        let other = try Self.png(square: Rect(x: 11, y: 10, width: 5, height: 5))
        // Other chunks, same rows: the same picture, from the stored rows alone.
        let retitled = Data(try #require(PNGMetadata.insertingText([UInt8](image), [("Title", "Another title")])))
        #expect(retitled != image)
        #expect(try ImageDiff.samePixels(image, retitled))
        #expect(try !ImageDiff.samePixels(image, other))
        // Other filters: the rows differ but the pixels do not, which only decoding can tell.
        let unfiltered = try Self.withoutFilters(image)
        #expect(PNGFilteredRows([UInt8](unfiltered))?.rows != PNGFilteredRows([UInt8](image))?.rows)
        #expect(try ImageDiff.samePixels(image, unfiltered))
        #expect(try !ImageDiff.samePixels(other, unfiltered))
        #expect(try ImageDiff.compare(before: image, after: unfiltered).changedPixels == 0)
        #expect(try !ImageDiff.samePixels(image, try Self.png(width: 41, square: Rect(x: 10, y: 10, width: 5, height: 5))))
        #expect(PNGFilteredRows([UInt8](Data("not a png".utf8))) == nil)
    }

    @Test func notAPNGIsAnError() {
        #expect(throws: ChartEngineError.self) { try ImageDiff.compare(before: Data("GIF89a".utf8), after: Data()) }
    }

    @Test func iTXtChunksRoundTripWithValidCRCsBeforeTheImageData() throws {
        let image = try Self.png()
        let title = "Membership 한국어 हिन्दी العربية"
        let tagged = try #require(pngAddingText(image, title: title, description: "Alt\ntext\u{0} with a NUL"))
        #expect(pngText(tagged) == ["Title": title, "Description": "Alt\ntext with a NUL"])
        #expect(pngText(image).isEmpty)
        let bytes = [UInt8](tagged)
        var offset = 8, types: [String] = []
        while offset + 12 <= bytes.count {
            let length = Int(PNGMetadata.readUInt32(bytes, at: offset))
            let body = Array(bytes[(offset + 4)..<(offset + 8 + length)])
            #expect(PNGMetadata.crc32(body) == PNGMetadata.readUInt32(bytes, at: offset + 8 + length))
            types.append(PNGMetadata.chunkType(bytes, at: offset))
            offset += 12 + length
        }
        #expect(types.prefix(3) == ["IHDR", "iTXt", "iTXt"])
        #expect(types.last == "IEND")
        // The pixels are the same: the difference of the tagged and untagged image is nothing.
        #expect(try ImageDiff.compare(before: image, after: tagged).changedPixels == 0)
        #expect(pngAddingText(Data("nope".utf8), title: "t", description: "d") == nil)
    }
}
