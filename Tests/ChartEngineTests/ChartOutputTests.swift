import Foundation
import Testing
import _TestSupport
@testable import ChartEngine

@Suite struct ChartOutputTests {
    let spec = Samples.forecast(Size(960, 540), .light)

    @Test func pdfHasSelectableTitleAndMetadata() throws {
        let r = try ChartRenderer.renderPDF(spec, createDate: fixedDate, author: "tests", creator: "chart engine")
        let path = try temporaryFile(r.data, suffix: ".pdf")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (_, text) = try runTool("/usr/bin/pdftotext", [path, "-"])
        #expect(text.contains(spec.title))
        #expect(text.contains("95 % prediction interval"))
        let (_, info) = try runTool("/usr/bin/pdfinfo", [path])
        #expect(info.contains("Title:           \(spec.title)"))
        #expect(info.contains("Subject:         \(spec.altText)"))
        #expect(info.contains("Page size:       960 x 540 pts"))
        // The creation date is the injected one, never the clock (Cairo 1.16 omits the "D:" prefix; readers accept it).
        #expect(String(decoding: r.data, as: UTF8.self).contains("/CreationDate (20241231120000"))
    }

    @Test func svgIsWellFormedWithTitleAndDesc() throws {
        let r = try ChartRenderer.renderSVG(spec)
        let svg = String(decoding: r.data, as: UTF8.self)
        let start = try #require(svg.range(of: "<svg"))
        let afterOpen = try #require(svg[start.upperBound...].range(of: ">"))
        #expect(svg[afterOpen.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("<title id=\"chart-title\">\(spec.title)</title>"))
        #expect(svg.contains("<desc id=\"chart-desc\">\(spec.altText)</desc>"))
        let path = try temporaryFile(r.data, suffix: ".svg")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try runTool("/usr/bin/xmllint", ["--noout", path]).0 == 0)
    }

    @Test func pngSizeAndDPI() throws {
        let r = try ChartRenderer.renderPNG(spec, scale: 2)
        let info = try #require(pngInfo(r.data))
        #expect(info.width == 1920 && info.height == 1080 && info.dpi == 144)
    }

    @Test func sameChartTwiceGivesSameBytes() throws {
        #expect(try ChartRenderer.renderPNG(spec, scale: 1.5).data == ChartRenderer.renderPNG(spec, scale: 1.5).data)
        #expect(try ChartRenderer.renderPDF(spec, createDate: fixedDate).data == ChartRenderer.renderPDF(spec, createDate: fixedDate).data)
        #expect(try ChartRenderer.renderSVG(spec).data == ChartRenderer.renderSVG(spec).data)
    }

    @Test func layoutIsTheSameOnEverySurface() throws {
        let png = try ChartRenderer.renderPNG(spec, scale: 1).placedTexts
        #expect(try ChartRenderer.renderPNG(spec, scale: 3).placedTexts == png)
        #expect(try ChartRenderer.renderSVG(spec).placedTexts == png)
        #expect(try ChartRenderer.renderPDF(spec, createDate: fixedDate).placedTexts == png)
    }

    @Test func crowdedLabelsAreListedAndCounted() throws {
        let points = (0..<40).map { LabeledPoint(DataPoint(x: 2010 + Double($0) * 0.01, y: 5), label: "Label \($0)") }
        let crowded = ChartSpec(size: Size(640, 360), title: "Crowded", x: AxisSpec(.time(domain: 2010...2012)),
                                panels: [PanelSpec(y: AxisSpec(.linear(includeZero: true)), marks: [.points(PointMark(points: points))])],
                                altText: "Crowded points")
        let r = try ChartRenderer.renderPNG(crowded)
        #expect(!r.omittedLabels.isEmpty)
        #expect(r.placedTexts.contains { $0.role == .note && $0.text == "+\(r.omittedLabels.count) labels not shown" })
        let shown = Set(r.placedTexts.filter { $0.role == .pointLabel }.map(\.text))
        #expect(shown.count + r.omittedLabels.filter { $0.role == .pointLabel }.count == 40)
    }

    @Test func chartDrawsIntoAReportPage() throws {
        let doc = try PDFDocument(metadata: PDFMetadata(title: "Report", createDate: fixedDate))
        var small = spec
        small.size = Size(483, 272)
        try doc.page(size: Size(595.28, 841.89), label: "1") { canvas in
            let heading = canvas.layoutText("Figure 1: forecast", style: TextStyle(size: 14, weight: .bold))
            canvas.draw(heading, at: Point(56.7, 56.7))
            let result = try ChartRenderer.draw(small, on: canvas, at: Point(56.7, 90))
            #expect(result.placedTexts.allSatisfy { Rect(x: 0, y: 0, width: 483, height: 272).contains($0.rect) })
        }
        let pdf = try doc.finish()
        let path = try temporaryFile(pdf, suffix: ".pdf")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try runTool("/usr/bin/pdftotext", [path, "-"]).1.contains("Figure 1: forecast"))
    }

    @Test func missingFontIsAClearError() throws {
        #expect(throws: ChartEngineError.fontNotFound(family: "No Such Family 123", hint: "install a package providing it (scripts/install-deps.sh)")) {
            _ = try PangoTextSystem(fonts: FontStack(families: ["No Such Family 123"]))
        }
    }
}
