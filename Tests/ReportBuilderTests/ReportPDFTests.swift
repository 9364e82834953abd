import ChartEngine
import Foundation
import ReportBuilder
import Testing
import _TestSupport

@Suite("ReportPDF") struct ReportPDFTests {
    /// Renders the fixture once per test; set REPORT_PDF_OUT to keep a copy for looking at.
    static func render(_ content: ReportContent = ReportPDFFixture.content()) throws -> (Data, String) {
        let pdf = try ReportPDF.render(content)
        let path = try temporaryFile(pdf, suffix: ".pdf")
        if let keep = ProcessInfo.processInfo.environment["REPORT_PDF_OUT"], !keep.isEmpty {
            try? FileManager.default.removeItem(atPath: keep)
            try? FileManager.default.copyItem(atPath: path, toPath: keep)
        }
        return (pdf, path)
    }

    static func pageCount(_ info: String) -> Int? {
        info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }
    }

    static func pageText(_ path: String, _ page: Int) throws -> String {
        try runTool("/usr/bin/pdftotext", ["-layout", "-f", "\(page)", "-l", "\(page)", path, "-"]).1
    }

    @Test func metadataAndPageCount() throws {
        let (_, path) = try Self.render()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (status, info) = try runTool("/usr/bin/pdfinfo", [path])
        #expect(status == 0)
        #expect(info.contains("Title:           ISECG annual summary 2024"))
        #expect(info.contains("Author:          ISECG report builder"))
        #expect(info.contains("Subject:         Membership and outputs"))
        #expect(info.contains("Keywords:        ISECG, space exploration, membership"))
        #expect(info.contains("Creator:         isecg-report 0.1"))
        #expect(info.contains("2024"))
        let pages = try #require(Self.pageCount(info))
        // Title, contents, key figures, ≥ 5 chart pages, ≥ 2 roster, ≥ 2 outputs, data quality, ≥ 2 methodology, sources.
        #expect(pages >= 15)
        #expect(info.contains("595.28 x 841.89 pts (A4)"))
    }

    @Test func textHeadingsFooterAndKeyFigures() throws {
        let (_, path) = try Self.render()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (status, text) = try runTool("/usr/bin/pdftotext", [path, "-"])
        #expect(status == 0)
        for heading in ["Contents", "Key figures", "Findings", "Charts", "Figure 1: Synthetic finding number 1",
                        "Figure 9: Synthetic finding number 9", "Member roster", "Outputs in 2024", "Data quality",
                        "Methodology", "Sources", "Reconciliation"] {
            #expect(text.contains(heading), "missing \(heading)")
        }
        #expect(text.contains("Page 1 of"))
        #expect(text.contains("Members at year end"))
        #expect(text.contains("Days since the last roadmap edition"))
        #expect(text.contains("1,284"))
        #expect(text.contains("The group ended 2024 with 27 member agencies"))
        #expect(text.contains("Data as of 31 December 2024"))
        #expect(text.contains(String(repeating: "ab", count: 32)))
        // The chart's own title and caption are not repeated: the report prints the heading and caption.
        #expect(!text.contains("Chart number 1 shows a finding"))
        #expect(!text.contains("replaced by the report's caption"))
    }

    @Test func tablesRepeatTheirHeaderAndNeverLeaveOneRow() throws {
        let (_, path) = try Self.render()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let pages = try #require(Self.pageCount(try runTool("/usr/bin/pdfinfo", [path]).1))
        var rosterPages: [String] = [], outputPages: [String] = []
        for p in 1...pages {
            let t = try Self.pageText(path, p)
            if t.contains("Acronym") && t.contains("Country") { rosterPages.append(t) }
            if t.contains("Lead") && t.contains("Title") && t.contains("Output number") { outputPages.append(t) }
        }
        #expect(rosterPages.count >= 2)
        #expect(outputPages.count >= 2)
        #expect(rosterPages.dropFirst().allSatisfy { $0.contains("Member roster (continued)") })
        #expect(outputPages.dropFirst().allSatisfy { $0.contains("Outputs in 2024 (continued)") })
        // Every row of the roster appears exactly once, and each page carries at least two rows.
        let all = rosterPages.joined(separator: "\n")
        for i in 0..<60 {
            let a = ReportPDFFixture.agencies[i % ReportPDFFixture.agencies.count].0 + "\(i)"
            let count = all.components(separatedBy: .whitespacesAndNewlines).filter { $0 == a }.count
            #expect(count == 1, "row \(a) appears \(count) times")
        }
        for page in rosterPages {
            let rows = ReportPDFFixture.agencies.map { a in
                page.components(separatedBy: .whitespacesAndNewlines).filter { $0.hasPrefix(a.0) && $0.count > a.0.count
                    && $0.dropFirst(a.0.count).allSatisfy(\.isNumber) }.count
            }.reduce(0, +)
            #expect(rows >= 2)
        }
    }

    @Test func outlineLinksAndLabels() throws {
        let (pdf, path) = try Self.render()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (status, json) = try runTool("/usr/bin/qpdf", ["--json", "--json-key=outlines", path])
        #expect(status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let outlines = try #require(object?["outlines"] as? [[String: Any]])
        func titles(_ items: [[String: Any]]) -> [String] {
            items.flatMap { [($0["title"] as? String) ?? ""] + titles(($0["kids"] as? [[String: Any]]) ?? []) }
        }
        let top = outlines.compactMap { $0["title"] as? String }
        #expect(top == ["Contents", "Key figures", "Charts", "Member roster", "Outputs in 2024", "Data quality",
                        "Methodology", "Sources"])
        let charts = try #require(outlines.first { $0["title"] as? String == "Charts" })
        #expect(((charts["kids"] as? [[String: Any]]) ?? []).count == 9)
        #expect(titles(outlines).contains("Figure 9: Synthetic finding number 9 in sentence case"))
        #expect(titles(outlines).contains("Reconciliation"))

        let raw = String(decoding: pdf, as: UTF8.self)
        #expect(raw.contains("/PageLabels"))
        #expect(raw.contains("/URI (https://www.globalspaceexploration.org/?p=774&very_long_query_parameter="))
        #expect(raw.contains("/Dests") || raw.contains("/Dest"))
        #expect(raw.contains("/StructTreeRoot"))
        #expect(raw.contains("/Figure") && raw.contains("/Table") && raw.contains("/H1"))
        // One internal link per contents line (8 sections less "Contents" + 9 figures + 5 subsections).
        let contentsLinks = raw.components(separatedBy: "/Subtype /Link").count - 1
        #expect(contentsLinks >= 7 + 9 + 3 + 3)
    }

    @Test func deterministicBytes() throws {
        let a = try ReportPDF.render(ReportPDFFixture.content(figures: 3, rosterRows: 20, outputRows: 5))
        let b = try ReportPDF.render(ReportPDFFixture.content(figures: 3, rosterRows: 20, outputRows: 5))
        #expect(a == b)
    }

    @Test func letterPaperAndEmptyTables() throws {
        let content = ReportPDFFixture.content(figures: 1, rosterRows: 0, outputRows: 1, paper: ReportPDFFixture.letter,
                                               longMethodology: false)
        let (_, path) = try Self.render(content)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let info = try runTool("/usr/bin/pdfinfo", [path]).1
        #expect(info.contains("612 x 792 pts (letter)"))
        let text = try runTool("/usr/bin/pdftotext", [path, "-"]).1
        // An empty section is left out: no "Member roster" heading over nothing, in the pages or the contents.
        #expect(!text.contains("Member roster"))
        #expect(text.contains("Output number 1 of the year"))
    }

    @Test func contentsPageNumbersMatchLabels() throws {
        let (_, path) = try Self.render()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let contents = try Self.pageText(path, 2)
        // "Member roster ..... N": the page labelled N (PDF page N + 2) starts with that heading.
        let lines = contents.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        for section in ["Key figures", "Member roster", "Data quality", "Sources"] {
            let line = try #require(lines.first { $0.hasPrefix(section) }, "no contents line for \(section)")
            let number = try #require(Int(line.split(separator: " ").last.map(String.init) ?? ""))
            let page = try Self.pageText(path, number + 2)
            #expect(page.contains(section), "\(section) is not on page \(number)")
            #expect(page.contains("Page \(number) of"))
        }
    }
}

@Suite("ReportPDF layout") struct ReportPDFLayoutTests {
    /// Every word's box from `pdftotext -bbox`: page index (0-based), box, text.
    static func words(_ path: String) throws -> [(page: Int, x0: Double, y0: Double, x1: Double, y1: Double, text: String)] {
        let (status, html) = try runTool("/usr/bin/pdftotext", ["-bbox", path, "-"])
        guard status == 0 else { return [] }
        var result: [(Int, Double, Double, Double, Double, String)] = []
        var page = -1
        for line in html.split(separator: "\n") {
            if line.contains("<page ") { page += 1; continue }
            guard line.contains("<word ") else { continue }
            func attr(_ name: String) -> Double {
                guard let r = line.range(of: "\(name)=\"") else { return .nan }
                let rest = line[r.upperBound...]
                return Double(rest.prefix { $0 != "\"" }) ?? .nan
            }
            let text = line.split(separator: ">").dropFirst().first.map { String($0.prefix { $0 != "<" }) } ?? ""
            result.append((page, attr("xMin"), attr("yMin"), attr("xMax"), attr("yMax"), text))
        }
        return result
    }

    @Test(arguments: [ReportPDFFixture.a4, ReportPDFFixture.letter])
    func nothingOverflowsTheTextArea(paper: Size) throws {
        let pdf = try ReportPDF.render(ReportPDFFixture.content(paper: paper))
        let path = try temporaryFile(pdf, suffix: ".pdf")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let margin = 20 * 72 / 25.4
        let words = try Self.words(path)
        #expect(words.count > 1000)
        for w in words {
            let inFooter = w.y0 > paper.height - margin + 2
            if !inFooter {
                #expect(w.y1 <= paper.height - margin + 2, "\(w.text) on page \(w.page + 1) ends at y \(w.y1)")
            }
            #expect(w.y0 >= margin - 2, "\(w.text) on page \(w.page + 1) starts at y \(w.y0)")
            #expect(w.x0 >= margin - 2 && w.x1 <= paper.width - margin + 2,
                    "\(w.text) on page \(w.page + 1) spans x \(w.x0)…\(w.x1)")
        }
    }

    @Test func longParagraphSplitsAcrossPagesWithoutLosingText() throws {
        let pdf = try ReportPDF.render(ReportPDFFixture.content(figures: 1, rosterRows: 2, outputRows: 2))
        let path = try temporaryFile(pdf, suffix: ".pdf")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let words = try Self.words(path)
        // "Sentence N" for N in 1...120, in order, across at least two pages.
        var pagesSeen = Set<Int>()
        var expected = 1
        for (i, w) in words.enumerated() where w.text == "Sentence" && i + 1 < words.count {
            let n = Int(words[i + 1].text) ?? -1
            #expect(n == expected, "sentence \(expected) missing or out of order (found \(n))")
            expected = n + 1
            pagesSeen.insert(w.page)
        }
        #expect(expected == 121)
        #expect(pagesSeen.count >= 2)
    }
}
