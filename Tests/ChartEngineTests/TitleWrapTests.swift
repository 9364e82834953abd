import Foundation
import Testing
import _TestSupport
@testable import ChartEngine

/// Titles wrap at spaces but never inside a number range, and in balanced lines (REVIEW.md §2 "Smaller":
/// "2019– / 2021" and widows).
@Suite struct TitleWrapTests {
    @Test func aYearRangeNeverBreaksAtItsDash() throws {
        _ = try Canvas.renderPNG(size: Size(100, 100)) { canvas in
            let style = TextStyle(size: 20, weight: .bold)
            let head = canvas.measure("Joins cluster in 2019–", style: style).width
            let whole = canvas.measure("Joins cluster in 2019–2021", style: style).width
            // Room for "… 2019–" but not for the range: the range moves to the next line whole.
            let t = canvas.layoutText("Joins cluster in 2019–2021", style: style, width: (head + whole) / 2)
            #expect(t.lineCount == 2)
            let range = canvas.measure("2019–2021", style: style).width
            #expect(t.contentWidth < whole - range + 1, "the first line kept '2019–'")
            #expect(t.text == "Joins cluster in 2019–2021", "the layout's text is the text as given")
            // Nor between a number and its per cent sign.
            let pct = canvas.measure("Forecast with its 95", style: style).width
            let p = canvas.layoutText("Forecast with its 95 % interval", style: style, width: pct + 4)
            #expect(p.contentWidth < pct - 10, "'95' ended a line without its '%'")
        }
    }

    @Test func wrappedTitlesAreBalanced() throws {
        let title = "Membership nearly doubled since 2007, mostly after the joins of 2018"
        var spec = Samples.stepWithLabels(Size(400, 300), .light)
        spec.title = title
        let rendered = try ChartRenderer.renderPNG(spec)
        let box = try #require(rendered.placedTexts.first { $0.role == .title })
        let full = try Canvas.renderPNG(size: Size(100, 100)) { canvas in
            let style = Theme.light.style(Theme.light.typeScale.title, Theme.light.text, bold: true)
            let greedy = canvas.layoutText(title, style: style, width: box.rect.width)
            #expect(greedy.lineCount >= 2)
        }
        #expect(!full.isEmpty)
        // Balanced: the box is clearly narrower than the content width, its lines about even.
        let contentWidth = 400 - 2 * ChartMetrics.innerPadding(canvasWidth: 400)
        #expect(box.rect.width < contentWidth - 20, "title box \(box.rect.width) of \(contentWidth)")
        #expect(try ChartRenderer.layout(spec) == rendered.layout)
    }
}
