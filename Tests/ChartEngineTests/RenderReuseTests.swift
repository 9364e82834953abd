import Foundation
import Synchronization
import Testing
import _TestSupport
@testable import ChartEngine

/// Pooled pixel memory (``PixelBufferPool``) and the C-formatted numbers must not change what is drawn.
@Suite struct RenderReuseTests {
    private func smallMark(_ canvas: Canvas) {
        canvas.fill(Rect(x: 10, y: 10, width: 40, height: 20), color: Color(hex: 0x0072B2, alpha: 0.5))
    }

    private func fullRed(_ canvas: Canvas) {
        canvas.fill(Rect(x: 0, y: 0, width: canvas.size.width, height: canvas.size.height), color: Color(hex: 0xD55E00))
    }

    /// PNG colour type (IHDR byte 9): 2 RGB, 6 RGBA.
    private func colourType(_ png: Data) -> UInt8 { png[png.startIndex + 25] }

    @Test func aReusedSurfaceStartsTransparent() throws {
        let size = Size(400, 300)  // 800 × 600 px at scale 2: pooled
        let before = try Canvas.renderPNG(size: size, scale: 2, smallMark)
        let red = try Canvas.renderPNG(size: size, scale: 2, fullRed)
        let after = try Canvas.renderPNG(size: size, scale: 2, smallMark)
        #expect(colourType(red) == 2)
        #expect(colourType(before) == 6)
        #expect(before == after)
        #expect(pngInfo(after)?.width == 800)
    }

    @Test func oneClearPixelInTheLastRowMakesTheImageRGBA() throws {
        let size = Size(300, 200)
        let opaque = try Canvas.renderPNG(size: size, scale: 1, fullRed)
        let lastRowClear = try Canvas.renderPNG(size: size, scale: 1) { canvas in
            canvas.fill(Rect(x: 0, y: 0, width: 300, height: 199), color: Color(hex: 0xD55E00))
            canvas.fill(Rect(x: 1, y: 199, width: 299, height: 1), color: Color(hex: 0xD55E00))
        }
        #expect(colourType(opaque) == 2)
        #expect(colourType(lastRowClear) == 6)
        // RGBA rows are a third longer: the restarted image is not the opaque one with a different header.
        #expect(lastRowClear.count != opaque.count)
    }

    @Test func smallerAndLargerImagesAfterEachOther() throws {
        var first: [Data] = []
        for pass in 0..<2 {
            for (index, scale) in [1.0, 3, 2, 0.5, 4].enumerated() {
                let png = try Canvas.renderPNG(size: Size(320, 180), scale: scale, index % 2 == 0 ? smallMark : fullRed)
                if pass == 0 { first.append(png) } else { #expect(png == first[index], "scale \(scale)") }
                #expect(pngInfo(png)?.width == Int((320 * scale).rounded()))
            }
        }
    }

    @Test func concurrentRendersGiveTheSerialBytes() throws {
        let drawings: [@Sendable (Canvas) -> Void] = [
            { $0.fill(Rect(x: 0, y: 0, width: 200, height: 100), color: Color(hex: 0xFFFFFF)) },
            { $0.fill(Rect(x: 5, y: 5, width: 20, height: 20), color: Color(hex: 0x009E73, alpha: 0.3)) },
        ]
        let serial = try (0..<8).map { try Canvas.renderPNG(size: Size(400, 225), scale: 2, drawings[$0 % 2]) }
        let results = Mutex<[Data?]>(Array(repeating: nil, count: 8))
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            let png = try? Canvas.renderPNG(size: Size(400, 225), scale: 2, drawings[index % 2])
            results.withLock { $0[index] = png }
        }
        #expect(results.withLock { $0 } == serial.map { Optional($0) })
    }

    @Test func aDrawnChartReleasesItsCanvas() throws {
        // Label jobs capture the drawing; a cycle kept every canvas and its pixels until the process ended.
        weak var drawnOn: Canvas?
        _ = try Canvas.renderPNG(size: Size(960, 540), scale: 2) { canvas in
            drawnOn = canvas
            let result = try ChartRenderer.draw(Samples.stepWithLabels(Size(960, 540), .light), on: canvas)
            #expect(!result.placedTexts.isEmpty)
        }
        #expect(drawnOn == nil)
    }

    @Test func adler32MatchesTheDefinition() {
        func reference(_ bytes: [UInt8]) -> UInt32 {
            var a: UInt32 = 1, b: UInt32 = 0
            for byte in bytes { a = (a + UInt32(byte)) % 65521; b = (b + a) % 65521 }
            return b << 16 | a
        }
        func fast(_ bytes: [UInt8]) -> UInt32 { bytes.withUnsafeBytes { Adler32.checksum($0) } }
        #expect(fast(Array("Wikipedia".utf8)) == 0x11E6_0398)
        #expect(fast([]) == 1)
        var random = SeededGenerator(seed: 32)
        // Zero runs of every length around the 8-byte words and the 5552-byte blocks, 0xFF runs (largest sums).
        for _ in 0..<60 {
            var bytes: [UInt8] = []
            let length = Int.random(in: 0...40_000, using: &random)
            while bytes.count < length {
                let run = Int.random(in: 1...9_000, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes += Array(repeating: 0, count: run)
                case 1: bytes += Array(repeating: 0xFF, count: run)
                default: bytes += (0..<run).map { _ in UInt8.random(in: 0...255, using: &random) }
                }
            }
            #expect(fast(bytes) == reference(bytes), "\(bytes.count) bytes")
            #expect(fast(Array(bytes.dropFirst(3))) == reference(Array(bytes.dropFirst(3))))
        }
    }

    @Test func fixedPointTextMatchesFoundation() {
        // Foundation formats through ICU (shortest digits, half to even), not C's printf: 3.265 gives 3.26.
        var random = SeededGenerator(seed: 10)
        let posix = Locale(identifier: "en_US_POSIX")
        var values: [Double] = [0, -0.0, 0.0005, 0.0015, 2.5, -2.5, 1e21, -1e-9, 123_456.789_5, .greatestFiniteMagnitude,
                                -.greatestFiniteMagnitude, .infinity, -.infinity, .nan, .leastNonzeroMagnitude]
        for _ in 0..<300 {
            values.append(Double.random(in: -1e7...1e7, using: &random))
            values.append(Double(Int.random(in: -100_000...100_000, using: &random)) / 1000)
            values.append(Double.random(in: -1...1, using: &random) * Double.pow10(Int.random(in: -8...3, using: &random)))
            values.append(Double(Int.random(in: 0...99_999, using: &random)) + 0.5)
        }
        values += (-12...22).map { Double.pow10($0) } + (-12...22).map { 9.5 * Double.pow10($0) }
        for value in values {
            for decimals in 0...9 {
                #expect(FixedPointText.format(value, decimals: decimals)
                        == String(format: "%.\(decimals)f", locale: posix, value), "\(value), \(decimals) decimals")
            }
        }
        #expect(FixedPointText.format(1.5, decimals: -3) == "2")
        #expect(NumberFormat.grouped(-1_234_567.891, decimals: 2) == "\u{2212}1,234,567.89")
    }
}

private extension Double {
    static func pow10(_ exponent: Int) -> Double { Double("1e\(exponent)")! }
}
