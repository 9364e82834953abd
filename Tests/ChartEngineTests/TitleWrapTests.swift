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

    /// `.spacesOnly` never breaks after a hyphen or slash inside a word; `.standard` does (so the test tells
    /// them apart). The layout's text stays the text as given; its lines are cut from it.
    @Test func spacesOnlyHoldsHyphenatedWordsTogether() throws {
        _ = try Canvas.renderPNG(size: Size(100, 100)) { canvas in
            let style = TextStyle(size: 9)
            let text = "Source: the group's datasets. Chart: isecg-report"
            let head = canvas.measure("Source: the group's datasets. Chart: isecg-", style: style).width
            let standard = canvas.layoutText(text, style: style, width: head + 2)
            #expect(standard.lines == ["Source: the group's datasets. Chart: isecg-", "report"])
            let held = canvas.layoutText(text, style: style, width: head + 2, breaking: .spacesOnly)
            #expect(held.lines == ["Source: the group's datasets. Chart:", "isecg-report"])
            #expect(held.text == text)
            let slash = canvas.layoutText("Sources: agencies and/or press", style: style,
                                          width: canvas.measure("Sources: agencies and/", style: style).width + 1, breaking: .spacesOnly)
            #expect(slash.lines == ["Sources: agencies", "and/or press"])
            // A range keeps its joiner in both modes, and the lines map back to the text as given.
            let range = canvas.layoutText("Members 2019–2021 per year", style: style,
                                          width: canvas.measure("Members 2019–", style: style).width + 1, breaking: .spacesOnly)
            #expect(range.lines == ["Members", "2019–2021 per", "year"], "\(range.lines)")
            #expect(range.lines.joined(separator: " ") == "Members 2019–2021 per year")
        }
    }

    /// The source line at 400 × 300 breaks at a space, never as "isecg- / report", and the record keeps its lines;
    /// the PDF's text is the text as given (no joiner).
    @Test func theSourceLineBreaksOnlyAtSpaces() throws {
        var spec = Samples.stepWithLabels(Size(400, 300), .light)
        spec.source = "Source: ISECG; agency announcements. Chart: isecg-report"  // the bundled source line
        let layout = try ChartRenderer.layout(spec)
        let source = try #require(layout.placedTexts.first { $0.role == .source })
        #expect(source.lines.count == 2, "\(source.lines)")
        #expect(!source.lines.contains { $0.hasSuffix("-") }, "\(source.lines)")
        #expect(source.lines.joined(separator: " ") == spec.source)
        #expect(source.text == spec.source)
        let pdf = try ChartRenderer.renderPDF(spec, createDate: PDFDate(year: 2024, month: 12, day: 31))
        let path = try temporaryFile(pdf.data, suffix: ".pdf")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = try runTool("/usr/bin/pdftotext", [path, "-"]).1
        #expect(text.contains("isecg-report") && !text.contains("\u{2060}"), "\(text)")
    }

    /// A subtitle breaks at spaces only, as the source line: a dataset's name in it never reads "hundred- /
    /// fifty-over-forty-years". A hyphenated word wider than the line still wraps inside the canvas: Pango,
    /// finding no break it may take, breaks it at its hyphens (WORD_CHAR's fallback), not past the edge.
    @Test func subtitlesBreakOnlyAtSpacesAndLongWordsStillFit() throws {
        var spec = Samples.stepWithLabels(Size(400, 300), .light)
        spec.subtitle = "Members at year end, hundred-fifty-over-forty-years, 1985–2024"
        let layout = try ChartRenderer.layout(spec)
        let subtitle = try #require(layout.placedTexts.first { $0.role == .subtitle })
        #expect(subtitle.lines.count >= 2, "\(subtitle.lines)")
        #expect(!subtitle.lines.contains { $0.hasSuffix("-") }, "\(subtitle.lines)")
        #expect(subtitle.lines.contains { $0.hasPrefix("hundred-fifty-over-forty-years") }, "\(subtitle.lines)")
        #expect(subtitle.text == spec.subtitle)
        // One hyphenated word wider than the canvas: it wraps rather than running off the right edge.
        let word = Array(repeating: "unbreakable", count: 8).joined(separator: "-")
        spec.subtitle = "Members at year end, \(word)"
        let long = try ChartRenderer.layout(spec)
        let box = try #require(long.placedTexts.first { $0.role == .subtitle })
        #expect(box.rect.maxX <= 400 - ChartMetrics.innerPadding(canvasWidth: 400) + 0.5, "\(box.rect) \(box.lines)")
        #expect(box.lines.count >= 3, "\(box.lines)")
        #expect(box.lines.dropLast().allSatisfy { $0.hasSuffix("-") || $0.hasSuffix(",") }, "\(box.lines)")
        #expect(box.lines.joined().replacingOccurrences(of: " ", with: "") == spec.subtitle!.replacingOccurrences(of: " ", with: ""))
    }
}
