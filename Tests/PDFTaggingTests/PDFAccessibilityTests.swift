import ChartEngine
import Foundation
import PDFTagging
import Testing
import _TestSupport

/// A Cairo-made, tagged PDF the way the report makes one: a "Document" element spanning the pages, headings
/// and paragraphs, and `figures` "Figure" elements (two per page), each around drawn content.
private func taggedReport(figures: Int) throws -> Data {
    let doc = try PDFDocument(metadata: PDFMetadata(title: "Tagged", createDate: PDFDate(year: 2024, month: 12, day: 31)))
    let pages = max(1, (figures + 1) / 2)
    for page in 0..<pages {
        try doc.page(size: Size(595.28, 841.89), label: "\(page + 1)") { canvas in
            if page == 0 { canvas.beginStructure("Document") }
            canvas.destination("page\(page)", at: Point(56, 56))
            canvas.withStructure("H1") { canvas.draw(canvas.layoutText("Section \(page + 1)", style: TextStyle(size: 16, weight: .bold)), at: Point(56, 56)) }
            for slot in 0..<2 where page * 2 + slot < figures {
                let y = 100 + Double(slot) * 350
                canvas.withStructure("Figure") {
                    canvas.fill(Rect(x: 56, y: y, width: 480, height: 270), color: Color(hex: 0x0072B2))
                    canvas.draw(canvas.layoutText("Figure \(page * 2 + slot + 1)", style: TextStyle(size: 12)), at: Point(60, y + 4))
                }
                canvas.withStructure("P") { canvas.draw(canvas.layoutText("Caption", style: TextStyle(size: 9)), at: Point(56, y + 280)) }
            }
            if page == pages - 1 { canvas.endStructure("Document") }
        }
        doc.addOutline(title: "Section \(page + 1)", destination: "page\(page)")
    }
    return try doc.finish()
}

@Suite struct PDFAccessibilityTests {
    let alts = ["Members per year: 14 founders in 2007, 27 in 2024.", "Joins per year — bars; 2018: 5 joins.",
                "한국항공우주연구원 joined in 2008; भारतीय अंतरिक्ष अनुसंधान संगठन in 2007; مركز محمد بن راشد in 2016."]

    @Test func langAndAltTextsArriveOnTheCatalogAndEachFigureInOrder() throws {
        let original = try taggedReport(figures: 3)
        #expect(try PDFAccessibility.read(original).language == nil)
        #expect(try PDFAccessibility.read(original).figureAltTexts == [nil, nil, nil])
        let tagged = try PDFAccessibility.tag(original, language: "en-GB", figureAltTexts: alts)
        let back = try PDFAccessibility.read(tagged)
        #expect(back.language == "en-GB")
        #expect(back.figureAltTexts == alts)
    }

    @Test func theResultIsDeterministicCheckCleanAndKeepsTextOutlineAndPages() throws {
        let original = try taggedReport(figures: 5)
        let once = try PDFAccessibility.tag(original, language: "en", figureAltTexts: alts + ["four", "five"])
        let twice = try PDFAccessibility.tag(original, language: "en", figureAltTexts: alts + ["four", "five"])
        #expect(once == twice)
        #expect(try PDFAccessibility.tag(original, language: "en", figureAltTexts: alts + ["four", "5"]) != once)
        let path = try temporaryFile(once, suffix: ".pdf")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let check = try runTool("/usr/bin/qpdf", ["--check", path], mergingStandardError: true)
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("No syntax or stream encoding errors found"), "\(check.output)")
        #expect(!check.output.contains("WARNING"), "\(check.output)")
        let text = try runTool("/usr/bin/pdftotext", [path, "-"]).output
        for i in 1...5 { #expect(text.contains("Figure \(i)")) }
        let info = try runTool("/usr/bin/pdfinfo", [path]).output
        #expect(info.contains("Pages:           3"))
        #expect(info.contains("Tagged:          yes"))
        #expect(info.contains("Title:           Tagged"))
        let outline = try runTool("/usr/bin/qpdf", ["--json", "--json-key=outlines", path]).output
        #expect(outline.contains("Section 3"))
    }

    @Test func figuresAndAltTextsMustPairUp() throws {
        let original = try taggedReport(figures: 2)
        #expect(throws: PDFTaggingError.figureCountMismatch(figures: 2, altTexts: 3)) {
            _ = try PDFAccessibility.tag(original, language: "en", figureAltTexts: alts)
        }
        let untagged = try Canvas.renderPDF(size: Size(100, 100), metadata: PDFMetadata(title: "x", createDate: PDFDate(year: 2024, month: 1, day: 1))) { _ in }
        let langOnly = try PDFAccessibility.tag(untagged, language: "fr", figureAltTexts: [])
        #expect(try PDFAccessibility.read(langOnly).language == "fr")
    }

    @Test func bytesThatAreNotAPDFAreAClearError() {
        for bad in [Data(), Data("not a pdf".utf8), Data("%PDF-1.5\n1 0 obj << /Type /Catalog".utf8)] {
            #expect(throws: PDFTaggingError.self) { _ = try PDFAccessibility.tag(bad, language: "en", figureAltTexts: []) }
        }
    }
}
