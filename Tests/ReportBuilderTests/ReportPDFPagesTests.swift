import ChartEngine
import Foundation
import ReportBuilder
import Testing
import _TestSupport

/// Page breaks of the report on both papers, checked on the plan (no chart is rasterised).
@Suite("ReportPDF pages") struct ReportPDFPagesTests {
    static let papers = [("A4", ReportPDFFixture.a4), ("Letter", ReportPDFFixture.letter)]

    @Test(arguments: [1, 2, 3, 9, 14])
    func letterFitsTwoChartsWhereA4Does(figures: Int) throws {
        let a4 = try ReportPDF.plan(ReportPDFFixture.content(figures: figures, paper: ReportPDFFixture.a4))
        let letter = try ReportPDF.plan(ReportPDFFixture.content(figures: figures, paper: ReportPDFFixture.letter))
        #expect(letter.count <= a4.count + 1, "Letter \(letter.count) pages, A4 \(a4.count)")
        #expect(a4.reduce(0) { $0 + $1.figures } == figures)
        #expect(letter.reduce(0) { $0 + $1.figures } == figures)
        let pairs = { (plan: [ReportPDF.PlannedPage]) in plan.filter { $0.figures == 2 }.count }
        #expect(pairs(letter) == pairs(a4), "pages with two charts: Letter \(pairs(letter)), A4 \(pairs(a4))")
        if figures >= 3 { #expect(pairs(a4) >= 1) }
    }

    /// Statements of one to eight lines move the page breaks around; no heading may be left at a page foot.
    @Test(arguments: papers.map(\.1))
    func noHeadingAloneAtAPageFoot(paper: Size) throws {
        for lines in 1...8 {
            var content = ReportPDFFixture.content(figures: 9, rosterRows: 40 + lines, outputRows: 7 * lines, paper: paper)
            for i in content.figures.indices {
                content.figures[i].statement = String(repeating: "A statement that states the figure with numbers. ",
                                                      count: (i * lines) % 9 + 1)
            }
            content.methodology = (1...12).flatMap { n -> [ReportContent.Block] in
                [.heading("Definition \(n)"),
                 .paragraph(String(repeating: "Words of the definition, \(n) of them. ", count: (n * lines) % 7 + 2))]
            }
            let plan = try ReportPDF.plan(content)
            for page in plan {
                #expect(!page.endsWithHeading, "page \(page.label) ends with the heading \(page.headings.last ?? "?") (\(lines))")
            }
        }
    }

    /// The plan and the PDF agree: the page count the plan gives is the one pdfinfo reads.
    @Test func planMatchesTheRenderedPDF() throws {
        let content = ReportPDFFixture.content(figures: 4, rosterRows: 30, outputRows: 10, paper: ReportPDFFixture.letter)
        let plan = try ReportPDF.plan(content)
        let (_, path) = try ReportPDFTests.render(content)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let info = try runTool("/usr/bin/pdfinfo", [path]).1
        #expect(ReportPDFTests.pageCount(info) == plan.count)
    }
}

@Suite("ReportPDF contents") struct ReportPDFContentsTests {
    /// A contents entry that wraps sets its page number on its last line, after its last word.
    @Test func wrappedEntriesEndWithTheirPageNumber() throws {
        var content = ReportPDFFixture.content(figures: 3, rosterRows: 5, outputRows: 5, longMethodology: false)
        content.figures[1].heading = "A very long figure heading that certainly wraps onto a second line of the contents page, ending in Zulu"
        let pdf = try ReportPDF.render(content)
        let path = try temporaryFile(pdf, suffix: ".pdf")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let words = try ReportPDFLayoutTests.words(path).filter { $0.page == 1 }
        let zulu = try #require(words.first { $0.text == "Zulu" })
        let first = try #require(words.first { $0.text == "A" && $0.y0 < zulu.y0 - 5 }, "the entry does not wrap")
        let sameLine = words.filter { abs($0.y0 - zulu.y0) < 1 && $0.x0 > zulu.x1 }
        #expect(sameLine.count == 1 && Int(sameLine[0].text) != nil, "no page number after the last line: \(sameLine.map(\.text))")
        #expect(!words.contains { abs($0.y0 - first.y0) < 1 && $0.x0 > first.x1 && Int($0.text) != nil },
                "a page number on the entry's first line")
    }
}
