import ChartEngine
import Foundation
import ReportBuilder
import Testing
import _TestSupport

/// Report tables: columns as wide as their content asks, identifiers, dates and numbers never broken.
@Suite("ReportPDF tables") struct ReportPDFTableTests {
    static let longAcronyms = ["ELONASRA-S-INTL", "ABCDEFGHIJKLMNOPQRSTUVWX", "РОСКОСМОС", "ΕΛΛΗΝΙΚΟΣ-ΔΟΡΥΦΟΡΟΣ",
                               "KASA-2024-LONGNAME", "UNOOSA-ISECG-OBSERVER"]

    /// A roster whose names are 80–120 characters and whose acronyms are up to 24 characters.
    static func content(paper: Size, acronyms: [String] = longAcronyms) -> ReportContent {
        var content = ReportPDFFixture.content(figures: 1, rosterRows: 0, outputRows: 3, paper: paper, longMethodology: false)
        let columns = [ReportContent.Table.Column("Acronym", weight: 1.3), ReportContent.Table.Column("Name", weight: 3.6),
                       ReportContent.Table.Column("Country", weight: 2), ReportContent.Table.Column("Region", weight: 1.7),
                       ReportContent.Table.Column("Joined", alignment: .trailing, weight: 1.5),
                       ReportContent.Table.Column("Left", alignment: .trailing, weight: 1.5)]
        var rng = SeededGenerator(seed: 12)
        let rows = (0..<40).map { i -> [String] in
            let acronym = i < acronyms.count ? acronyms[i] : "AG\(i)"
            let words = (0..<(12 + Int.random(in: 0...6, using: &rng))).map { _ in
                ["Agency", "Space", "National", "Research", "Organisation", "Exploration", "Institute"].randomElement(using: &rng)!
            }
            return [acronym, words.joined(separator: " "), ["United Arab Emirates", "Republic of Korea", "India"][i % 3],
                    ["North America", "Asia-Pacific", "Middle East"][i % 3], "1992-12-31", i % 4 == 0 ? "2024-06" : ""]
        }
        content.roster = ReportContent.Table(columns: columns, rows: rows)
        return content
    }

    @Test(arguments: [ReportPDFFixture.a4, ReportPDFFixture.letter])
    func identifiersDatesAndRegionsStayWhole(paper: Size) throws {
        let pdf = try ReportPDF.render(Self.content(paper: paper))
        let path = try temporaryFile(pdf, suffix: ".pdf")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let words = try ReportPDFLayoutTests.words(path)
        let texts = Set(words.map(\.text))
        for acronym in Self.longAcronyms { #expect(texts.contains(acronym), "\(acronym) is broken or missing") }
        #expect(words.filter { $0.text == "1992-12-31" }.count == 40, "a date was broken")
        #expect(!words.contains { $0.text.hasSuffix("-") && $0.text.count > 1 }, "a hyphen was inserted")
    }

    @Test(arguments: [ReportPDFFixture.a4, ReportPDFFixture.letter])
    func shortPhrasesKeepTheirLineWhileNamesWrap(paper: Size) throws {
        let pdf = try ReportPDF.render(Self.content(paper: paper, acronyms: ["ESA", "Roscosmos", "UAESA", "CSIRO"]))
        let path = try temporaryFile(pdf, suffix: ".pdf")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let words = try ReportPDFLayoutTests.words(path)
        #expect(words.filter { $0.text == "North" }.count >= 13)
        // "North America" sits on one line: the Region column is not wrapped while the Name column can wrap.
        for (i, w) in words.enumerated() where w.text == "North" {
            let next = try #require(words.dropFirst(i + 1).first)
            #expect(next.text == "America" && abs(next.y0 - w.y0) < 0.5, "Region wraps on page \(w.page + 1)")
        }
    }

    /// Tables of seeded random shapes (1–6 columns, 1–12 rows, one-word to 30-word cells): every cell's words are
    /// on the page, inside the text width.
    @Test func everyCellOfAnyShapeIsInsideTheTextWidth() throws {
        var rng = SeededGenerator(seed: 99)
        let vocabulary = ["Agency", "North", "America", "2007-11-06", "ESA", "Organisation", "of", "the", "3.7 %", "Ω"]
        for shape in 0..<12 {
            let columnCount = Int.random(in: 1...6, using: &rng), rowCount = Int.random(in: 1...12, using: &rng)
            var content = ReportPDFFixture.content(figures: 1, rosterRows: 0, outputRows: 1, longMethodology: false)
            let columns = (0..<columnCount).map { ReportContent.Table.Column("H\($0)", weight: Double.random(in: 0.5...4, using: &rng)) }
            var marker = 0
            let rows = (0..<rowCount).map { _ in
                (0..<columnCount).map { _ -> String in
                    marker += 1
                    let words = (0..<Int.random(in: 0...[1, 3, 30][marker % 3], using: &rng)).map { _ in vocabulary.randomElement(using: &rng)! }
                    return (["M\(marker)"] + words).joined(separator: " ")
                }
            }
            content.roster = ReportContent.Table(columns: columns, rows: rows)
            let path = try temporaryFile(try ReportPDF.render(content), suffix: ".pdf")
            defer { try? FileManager.default.removeItem(atPath: path) }
            let margin = 20 * 72 / 25.4
            let words = try ReportPDFLayoutTests.words(path)
            for m in 1...marker {
                let word = words.first { $0.text == "M\(m)" }
                #expect(word != nil, "shape \(shape): cell M\(m) is missing")
                if let word { #expect(word.x1 <= ReportPDFFixture.a4.width - margin + 1, "shape \(shape): M\(m) overflows") }
            }
        }
    }

    /// Names in scripts written without spaces wrap between characters: they neither shrink the table's text
    /// nor squeeze the other columns.
    @Test func namesWithoutSpacesWrapWithoutShrinking() throws {
        func acronymHeight(_ names: [String]) throws -> Double {
            var content = ReportPDFFixture.content(figures: 1, rosterRows: 0, outputRows: 1, longMethodology: false)
            content.roster = ReportContent.Table(
                columns: [.init("Acronym"), .init("Name", weight: 4), .init("Region"), .init("Joined", alignment: .trailing)],
                rows: names.enumerated().map { ["ACR\($0)", $1, "North America", "2007-11-06"] })
            let path = try temporaryFile(try ReportPDF.render(content), suffix: ".pdf")
            defer { try? FileManager.default.removeItem(atPath: path) }
            let words = try ReportPDFLayoutTests.words(path)
            let boxes = words.filter { $0.text.hasPrefix("ACR") }
            #expect(boxes.count == names.count)
            #expect(words.filter { $0.text == "2007-11-06" }.count == names.count, "a date was broken")
            return boxes.map { $0.y1 - $0.y0 }.max() ?? 0
        }
        let latin = try acronymHeight(["Japan Aerospace Exploration Agency of the generated group"])
        let spaceless = try acronymHeight([String(repeating: "宇宙航空研究開発機構", count: 6),
                                           String(repeating: "สำนักงานพัฒนาเทคโนโลยีอวกาศ", count: 3)])
        #expect(abs(latin - spaceless) < 0.2, "cell text shrunk: \(spaceless) against \(latin)")
    }

    /// A table too wide for its words sets the text smaller instead of breaking a word.
    @Test func wordsWiderThanTheTableShrinkRatherThanBreak() throws {
        var content = ReportPDFFixture.content(figures: 1, rosterRows: 0, outputRows: 1, longMethodology: false)
        // Four 24-character identifiers need about 640 pt at the table's 9.5 pt: more than the text width.
        let columns = (0..<4).map { ReportContent.Table.Column("Column\($0)") }
        content.roster = ReportContent.Table(columns: columns, rows: [(0..<4).map { "IDENTIFIERWITHOUTSPACES\($0)" }])
        let pdf = try ReportPDF.render(content)
        let path = try temporaryFile(pdf, suffix: ".pdf")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let texts = Set(try ReportPDFLayoutTests.words(path).map(\.text))
        for i in 0..<4 { #expect(texts.contains("IDENTIFIERWITHOUTSPACES\(i)")) }
    }
}
