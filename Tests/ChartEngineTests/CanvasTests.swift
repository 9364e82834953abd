import Foundation
import Testing
import _TestSupport
@testable import ChartEngine

private func sampleDrawing(_ canvas: Canvas) {
    canvas.fill(Rect(x: 0, y: 0, width: canvas.size.width, height: canvas.size.height), color: Color(hex: 0xFFFFFF))
    canvas.stroke(Path.polyline([Point(20, 150), Point(80, 60), Point(140, 120)]),
                  style: StrokeStyle(width: 2, color: Color(hex: 0x0072B2), dash: [6, 3], cap: .round))
    canvas.fill(Rect(x: 160, y: 50, width: 30, height: 100), color: Color(hex: 0xE69F00, alpha: 0.6))
    let t = canvas.layoutText("Canvas sample — Ünïcödé", style: TextStyle(size: 20, weight: .bold))
    canvas.draw(t, at: Point(20, 10))
}

@Suite struct CanvasTests {
    @Test func widerTextMeasuresWider() throws {
        _ = try Canvas.renderPNG(size: Size(100, 100)) { canvas in
            let style = TextStyle(size: 11)
            let short = canvas.measure("2008", style: style)
            let long = canvas.measure("2008 2009", style: style)
            #expect(long.width > short.width)
            #expect(short.height > 11 && short.height < 16)
            let bold = canvas.measure("2008", style: style.with(weight: .bold))
            #expect(bold.width > short.width)
            let wrapped = canvas.layoutText("one two three four five six", style: style, width: 40)
            #expect(wrapped.lineCount > 1)
            #expect(wrapped.size.width == 40)
            #expect(wrapped.baseline > 0 && wrapped.baseline < short.height)
            let spaced = canvas.layoutText("one two three four five six", style: TextStyle(size: 11, lineHeight: 2), width: 40)
            #expect(spaced.size.height > wrapped.size.height)
        }
    }

    @Test func textMeasuresTheSameOnEverySurface() throws {
        var widths: [Double] = []
        let text = "Membership nearly doubled after 2018"
        _ = try Canvas.renderPNG(size: Size(10, 10), scale: 1) { widths.append($0.measure(text, style: TextStyle(size: 20)).width) }
        _ = try Canvas.renderPNG(size: Size(10, 10), scale: 3) { widths.append($0.measure(text, style: TextStyle(size: 20)).width) }
        _ = try Canvas.renderSVG(size: Size(10, 10), title: "", description: "") { widths.append($0.measure(text, style: TextStyle(size: 20)).width) }
        _ = try Canvas.renderPDF(size: Size(10, 10), metadata: PDFMetadata(title: "", createDate: fixedDate)) {
            widths.append($0.measure(text, style: TextStyle(size: 20)).width)
        }
        #expect(Set(widths).count == 1, "\(widths)")
    }

    @Test func pngHasSizeAndDPI() throws {
        let png = try Canvas.renderPNG(size: Size(320, 180), scale: 2, sampleDrawing)
        let info = try #require(pngInfo(png))
        #expect(info.width == 640 && info.height == 360)
        #expect(info.dpi == 144)
        let one = try #require(pngInfo(try Canvas.renderPNG(size: Size(320, 180), sampleDrawing)))
        #expect(one.dpi == 72)
    }

    @Test func pngCRCIsValid() throws {
        let png = [UInt8](try Canvas.renderPNG(size: Size(50, 50), sampleDrawing))
        var offset = 8
        var types: [String] = []
        while offset < png.count {
            let length = Int(PNGMetadata.readUInt32(png, at: offset))
            let body = Array(png[(offset + 4)..<(offset + 8 + length)])
            #expect(PNGMetadata.crc32(body) == PNGMetadata.readUInt32(png, at: offset + 8 + length))
            types.append(PNGMetadata.chunkType(png, at: offset))
            offset += 12 + length
        }
        #expect(types.prefix(2) == ["IHDR", "pHYs"])
        #expect(types.last == "IEND")
    }

    @Test func sameDrawingGivesSameBytes() throws {
        let meta = PDFMetadata(title: "T", createDate: fixedDate)
        #expect(try Canvas.renderPNG(size: Size(200, 160), scale: 2, sampleDrawing) == Canvas.renderPNG(size: Size(200, 160), scale: 2, sampleDrawing))
        #expect(try Canvas.renderPDF(size: Size(200, 160), metadata: meta, sampleDrawing) == Canvas.renderPDF(size: Size(200, 160), metadata: meta, sampleDrawing))
        #expect(try Canvas.renderSVG(size: Size(200, 160), title: "t", description: "d", sampleDrawing)
                == Canvas.renderSVG(size: Size(200, 160), title: "t", description: "d", sampleDrawing))
    }

    @Test func svgIsAccessibleAndWellFormed() throws {
        let svg = try Canvas.renderSVG(size: Size(200, 160), title: "A <title> & more", description: "Alt text", sampleDrawing)
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains("role=\"img\""))
        #expect(text.contains("<title id=\"chart-title\">A &lt;title&gt; &amp; more</title>"))
        let path = try temporaryFile(svg, suffix: ".svg")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (status, _) = try runTool("/usr/bin/xmllint", ["--noout", path])
        #expect(status == 0)
    }

    @Test func multiPagePDFWithOutlineLinksAndMetadata() throws {
        let doc = try PDFDocument(metadata: PDFMetadata(title: "Test report", author: "Engine", subject: "Subject line",
                                                       keywords: ["a", "b"], creator: "tests", createDate: fixedDate))
        let a4 = Size(595.28, 841.89)
        try doc.page(size: a4, label: "i") { canvas in
            let t = canvas.layoutText("Contents", style: TextStyle(size: 18, weight: .bold))
            canvas.draw(t, at: Point(56, 56))
            let link = canvas.layoutText("Go to chapter one", style: TextStyle(size: 10.5))
            let r = canvas.draw(link, anchor: Point(56, 100))
            canvas.link(toDestination: "ch1", rect: r)
            canvas.link(uri: "https://example.org/it's", rect: r.offsetBy(dx: 0, dy: 20))
        }
        try doc.page(size: a4, label: "1") { canvas in
            canvas.destination("ch1", at: Point(56, 56))
            canvas.withStructure("P") {
                canvas.draw(canvas.layoutText(String(repeating: "Body text wraps. ", count: 40),
                                              style: TextStyle(size: 10.5, lineHeight: 1.4), width: 483), at: Point(56, 80))
            }
        }
        let top = doc.addOutline(title: "Chapter one", destination: "ch1", open: true)
        doc.addOutline(title: "Section", destination: "ch1", parent: top)
        let pdf = try doc.finish()
        let path = try temporaryFile(pdf, suffix: ".pdf")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (s1, info) = try runTool("/usr/bin/pdfinfo", [path])
        #expect(s1 == 0)
        #expect(info.contains("Title:           Test report"))
        #expect(info.contains("Author:          Engine"))
        #expect(info.contains("Pages:           2"))
        #expect(info.contains("2024"))
        let (s2, text) = try runTool("/usr/bin/pdftotext", [path, "-"])
        #expect(s2 == 0)
        #expect(text.contains("Contents") && text.contains("Body text wraps."))
        let raw = String(decoding: pdf, as: UTF8.self)
        #expect(raw.contains("/Outlines"))
        #expect(raw.contains("/PageLabels"))
        #expect(raw.contains("/URI"))
    }
}
