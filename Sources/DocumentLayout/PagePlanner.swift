import ChartEngine
import Foundation

/// The planning pass: turns ``DocumentContent`` into positioned page items, measuring with `canvas`.
///
/// Page order: title (label "i"), contents ("ii", …), then the numbered pages: the content's sections in
/// order. The first section starts a page, the others run on (a heading moves to the next page unless what
/// it keeps with it fits); figures share a page two at a time when both fit.
final class PagePlanner {
    let content: DocumentContent
    let canvas: Canvas
    let style: PageStyle
    typealias S = PageStyle

    init(content: DocumentContent, canvas: Canvas) {
        self.content = content
        self.canvas = canvas
        self.style = PageStyle(paper: content.paper)
    }

    /// A line of the contents: title, destination and depth (0 section, 1 subsection).
    struct ContentsLine {
        var title: String
        var destination: String
        var level: Int
    }

    func plan() -> PagePlan {
        let body = PageFlow(style: style, canvas: canvas)
        var outline: [OutlineEntry] = []

        for (index, section) in content.sections.enumerated() {
            outline.append(self.section(body, section, first: index == 0))
        }

        var lines: [ContentsLine] = []
        for entry in outline {
            lines.append(ContentsLine(title: entry.title, destination: entry.destination, level: 0))
            for child in entry.children {
                lines.append(ContentsLine(title: child.title, destination: child.destination, level: 1))
            }
        }
        let front = PageFlow(style: style, canvas: canvas)
        contents(front, lines: lines, pageOf: body.destinations)

        var pages: [PlannedPage] = [PlannedPage(label: "i", footerRight: nil, items: titlePage())]
        for (i, items) in front.pages.enumerated() {
            let label = PagePlanner.roman(i + 2)
            pages.append(PlannedPage(label: label, footerRight: "Page \(label)", items: items))
        }
        let total = body.pages.count
        for (i, items) in body.pages.enumerated() {
            pages.append(PlannedPage(label: "\(i + 1)", footerRight: "Page \(i + 1) of \(total)", items: items))
        }
        return PagePlan(pages: pages,
                          outline: [OutlineEntry(title: "Contents", destination: "contents")] + outline)
    }

    /// Lower-case roman numerals for front-matter page labels.
    static func roman(_ n: Int) -> String {
        let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                                      (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var n = n, out = ""
        for (v, s) in table { while n >= v { out += s; n -= v } }
        return out
    }
}
