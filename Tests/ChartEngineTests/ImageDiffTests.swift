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
