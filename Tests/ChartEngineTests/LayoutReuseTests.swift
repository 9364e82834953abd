import Foundation
import Testing
import _TestSupport
@testable import ChartEngine

/// What the text system makes without Pango must be what Pango makes: a one-line text at a wrapping width
/// from its cached unwrapped layout, and a word's width read from the line it is set in.
@Suite struct LayoutReuseTests {
    /// Texts in several scripts, with and without spaces; none of them holds an en dash or " %".
    private static let texts = ["NASA", "European Space Agency", "Roscosmos 2024", "한국항공우주연구원 KASA",
                                "भारतीय अंतरिक्ष अनुसंधान संगठन", "ไทย GISTDA", "Canadian Space Agency (CSA)"]

    /// The text drawn at a wrapping width by `system`, as PNG bytes at scale 2 on white.
    private func drawn(_ text: String, style: TextStyle, width: Double, system: PangoTextSystem,
                       measuringFirst: Bool) throws -> (png: Data, layout: TextLayout) {
        let surface = try CairoSurface.image(size: Size(width + 20, 40), scale: 2)
        let canvas = Canvas(surface: surface, textSystem: system)
        canvas.fill(Rect(x: 0, y: 0, width: width + 20, height: 40), color: Color(hex: 0xFFFFFF))
        if measuringFirst { _ = canvas.layoutText(text, style: style.with(alignment: .left)) }
        let layout = canvas.layoutText(text, style: style, width: width)
        canvas.draw(layout, at: Point(10, 5))
        return (Data(try surface.finish()), layout)
    }

    @Test func aOneLineTextAtAWidthIsPangosOwnLayout() throws {
        for text in Self.texts {
            for alignment in [TextAlignment.left, .center, .right] {
                let style = TextStyle(size: 9.5).with(alignment: alignment)
                let natural = try PangoTextSystem(fonts: .standard).layout(text, style: style, width: nil)
                for width in [natural.contentWidth + 0.01, natural.contentWidth + 37.3] {
                    // A fresh system each time: one measures first (the reuse), the other goes to Pango.
                    let reused = try drawn(text, style: style, width: width, system: try PangoTextSystem(fonts: .standard),
                                           measuringFirst: true)
                    let direct = try drawn(text, style: style, width: width, system: try PangoTextSystem(fonts: .standard),
                                           measuringFirst: false)
                    let label = "\(text), \(alignment), width \(width)"
                    #expect(reused.layout.size == direct.layout.size, "\(label)")
                    #expect(reused.layout.baseline == direct.layout.baseline, "\(label)")
                    #expect(reused.layout.lineCount == 1 && direct.layout.lineCount == 1, "\(label)")
                    #expect(reused.layout.lines == direct.layout.lines, "\(label)")
                    #expect(reused.layout.wrapWidth == width, "\(label)")
                    #expect(try ImageDiff.compare(before: direct.png, after: reused.png).changedPixels == 0, "\(label)")
                }
            }
        }
    }

    @Test func aTextThatDoesNotFitIsWrappedByPango() throws {
        let system = try PangoTextSystem(fonts: .standard)
        let style = TextStyle(size: 10)
        let natural = system.layout("European Space Agency", style: style, width: nil)
        let wrapped = system.layout("European Space Agency", style: style, width: natural.contentWidth - 1)
        #expect(wrapped.lineCount == 2)
        #expect(wrapped.lines == ["European Space", "Agency"])
    }

    @Test func textPangoIsGivenChangedIsNotReused() throws {
        // " %" becomes a no-break space for Pango at a width: the unwrapped layout (a plain space) is not it.
        let system = try PangoTextSystem(fonts: .standard)
        let style = TextStyle(size: 10)
        let natural = system.layout("95 % range", style: style, width: nil)
        let atWidth = system.layout("95 % range", style: style, width: natural.contentWidth + 20)
        #expect(atWidth.handle != natural.handle)
        let plain = system.layout("ninety-five", style: style, width: nil)
        #expect(system.layout("ninety-five", style: style, width: plain.contentWidth + 20).handle == plain.handle)
    }

    @Test func aWordsAdvanceInItsLineIsItsOwnWidth() throws {
        let system = try PangoTextSystem(fonts: .standard)
        let style = TextStyle(size: 8.5)
        for text in Self.texts {
            let line = system.layout(text, style: style, width: nil)
            var offset = 0
            for word in text.split(separator: " ", omittingEmptySubsequences: false) {
                let bytes = word.utf8.count
                defer { offset += bytes + 1 }
                guard bytes > 0 else { continue }
                let alone = try PangoTextSystem(fonts: .standard).layout(String(word), style: style, width: nil).contentWidth
                let inLine = try #require(line.advance(ofUTF8: offset..<(offset + bytes)), "\(word)")
                #expect(abs(inLine - alone) < 0.25, "\(word) in \(text): \(inLine) alone \(alone)")
            }
            #expect(line.advance(ofUTF8: 0..<text.utf8.count).map { abs($0 - line.contentWidth) < 0.01 } == true, "\(text)")
        }
    }

    @Test func onlyOneLeftToRightLineAnswersForItsWords() throws {
        let system = try PangoTextSystem(fonts: .standard)
        let style = TextStyle(size: 10)
        #expect(system.layout("وكالة الفضاء", style: style, width: nil).advance(ofUTF8: 0..<10) == nil)
        #expect(system.layout("one\ntwo", style: style, width: nil).advance(ofUTF8: 0..<3) == nil)
        let wrapped = system.layout("European Space Agency", style: style, width: 40)
        #expect(wrapped.advance(ofUTF8: 0..<8) == nil)
        let line = system.layout("NASA", style: style, width: nil)
        #expect(line.advance(ofUTF8: 0..<0) == nil)
        #expect(line.advance(ofUTF8: 2..<9) == nil)
    }

    @Test func aFullCacheKeepsWhatWasUsedLately() throws {
        let system = try PangoTextSystem(fonts: .standard)
        let style = TextStyle(size: 10)
        let first = system.layout("kept", style: style, width: nil)
        for i in 0..<PangoTextSystem.layoutCacheLimit { _ = system.layout("filler \(i)", style: style, width: nil) }
        // The cache was full when the last filler came: "kept" is in the older generation, found there.
        #expect(system.layout("kept", style: style, width: nil).handle == first.handle)
        // Two generations later, without a use in between, it is made again.
        for i in 0..<(2 * PangoTextSystem.layoutCacheLimit) { _ = system.layout("more \(i)", style: style, width: nil) }
        #expect(system.layout("kept", style: style, width: nil).handle != first.handle)
    }
}
