import Foundation
import ReportBuilder
import Testing

@Test func statsTableAlignsNumbersRight() throws {
    let text = try StatsFixture.goldenDocument().rendered(as: .table)
    let section = try #require(text.components(separatedBy: "\n\n").first { $0.hasPrefix("Membership by year") })
    let lines = section.split(separator: "\n").map(String.init)
    // Title, "=" rule, headings, "-" rule, 10 years, note.
    let rows = Array(lines[2..<14])
    #expect(rows[1].allSatisfy { $0 == "-" })
    let widths = Set(rows.filter { !$0.hasPrefix("-") }.map(\.count))
    #expect(widths.count == 1, "every row ends at the same column when the last column is right-aligned")
    #expect(rows[0].hasSuffix("Growth %") && rows[2].hasSuffix("n/a"), "first year's growth is n/a")
    #expect(rows[3].hasSuffix("66.67"))
    #expect(text.contains("CAGR") && text.contains("19.58 %"))
    #expect(text.contains("Forecast (count model, 95 % predictive interval)"))
    #expect(text.contains("Linear trend extrapolation (95 % prediction interval)"))
}

@Test func statsTableShowsNotAvailableAndNoNegativeZero() throws {
    let text = try StatsFixture.membersOnlyDocument().rendered(as: .table)
    #expect(text.contains("n/a"))
    #expect(text.contains("Correlation not meaningful"))
    #expect(!text.contains("-0.0"))
}

@Test func statsCSVParsesBackToTheValues() throws {
    let document = StatsFixture.goldenDocument()
    let rows = StatsFixture.parseCSV(try document.rendered(as: .csv))
    #expect(rows.first == ["section", "key", "date", "measure", "value"])
    #expect(rows.allSatisfy { $0.count == 5 })
    func value(_ section: String, _ key: String = "", _ date: String = "", measure: String) -> String? {
        rows.first { $0[0] == section && $0[1] == key && $0[2] == date && $0[3] == measure }?[4]
    }
    #expect(value("membership.years", "", "2024", measure: "members") == "15")
    #expect(value("membership.years", "", "2015", measure: "growthPercent") == "")
    #expect(value("membership", measure: "cagrPercent").flatMap(Double.init) == document.membership.cagrPercent)
    #expect(value("outputs.years.byType", "white-paper", "2015", measure: "outputs") == "0")
    #expect(value("outputs.byLead", "M2, M3", measure: "outputs") == "1", "a field with a comma is quoted")
    #expect(value("reconciliation", "1", "2014-12-01", measure: "status") == "before roster")
    #expect(value("definitions", "reconciliation", measure: "text") == document.definitions["reconciliation"])
}

@Test func statsMarkdownTablesAreWellFormed() throws {
    let text = try StatsFixture.goldenDocument().rendered(as: .markdown)
    #expect(text.hasPrefix("# Statistics 2024\n"))
    #expect(text.contains("## Membership by year"))
    #expect(text.contains("| Year | Members | Joined | Left | Net | Growth % |\n| ---: | ---: | ---: | ---: | ---: | ---: |"))
    // Every row of a table has as many cells as its heading row.
    for block in text.components(separatedBy: "\n\n") where block.hasPrefix("|") {
        let lines = block.split(separator: "\n").filter { $0.hasPrefix("|") }
        let cells = Set(lines.map { $0.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count })
        #expect(cells.count == 1, "\(lines.first ?? "")")
    }
}
