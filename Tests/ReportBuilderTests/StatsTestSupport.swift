import Foundation
import PartialDates
import ReportBuilder
import StatisticsCore

/// Fixtures for the statistics document tests: plain values, no files read.
enum StatsFixture {
    static func day(_ text: String) -> PartialDate { try! PartialDate.parse(text).get() }

    /// The golden series (year-end members 2015–2024: 3, 5, 8, 10, 12, 12, 13, 14, 14, 15), members joining
    /// on 1 June, in two regions, with a few outputs and reported totals.
    static func goldenDocument() -> StatsDocument {
        let counts = [3, 5, 8, 10, 12, 12, 13, 14, 14, 15]
        var members: [MemberSpan] = []
        var previous = 0
        for (offset, count) in counts.enumerated() {
            for index in previous..<count {
                members.append(MemberSpan(id: "M\(index)", group: index % 3 == 0 ? "Africa" : "Europe",
                                          joined: day("\(2015 + offset)-06-01")))
            }
            previous = count
        }
        let tally = OutputTally([
            OutputEvent(date: day("2015-03"), category: "strategy", lead: "M0"),
            OutputEvent(date: day("2016-09-22"), category: "roadmap", lead: "M1"),
            OutputEvent(date: day("2019"), category: "roadmap"),
            OutputEvent(date: day("2019-05-05"), category: "meeting", lead: "M0"),
            OutputEvent(date: day("2022-10"), category: "workshop", lead: "M2, M3"),
            OutputEvent(date: day("2020-08"), category: "supplement"),
        ], intervalCategories: ["roadmap"], editionCategories: ["strategy", "roadmap", "supplement"])
        let statements = [
            CountStatement(date: day("2014-12-01"), reported: 2),
            CountStatement(date: day("2016-07-01"), reported: 5),
            CountStatement(date: day("2019"), reported: 11),
            CountStatement(date: day("2024-12-31"), reported: 16),
        ]
        let statistics = GroupStatistics(members: members, tally: tally, statements: statements,
                                         categories: StatsDocument.outputTypes)
        return StatsDocument(statistics: statistics, inputs: [
            InputFileSummary(file: "members.csv", sha256: String(repeating: "ab", count: 32), rows: members.count),
            InputFileSummary(file: "outputs.csv", sha256: String(repeating: "cd", count: 32), rows: 5),
        ])
    }

    /// A group with members only, all joined in one year: most statistics are not available.
    static func membersOnlyDocument() -> StatsDocument {
        let members = [
            MemberSpan(id: "A", group: "Asia-Pacific", joined: day("2021-04")),
            MemberSpan(id: "B", group: "Africa", joined: day("2021")),
        ]
        return StatsDocument(statistics: GroupStatistics(members: members, categories: StatsDocument.outputTypes),
                             inputs: [InputFileSummary(file: "members.csv", sha256: String(repeating: "0", count: 64), rows: 2)])
    }

    /// The JSON object at a dotted path with `[index]` steps, e.g. `membership.years[0].growthPercent`.
    static func value(_ json: Any, _ path: String) -> Any? {
        var current: Any? = json
        for step in path.split(separator: ".") {
            var name = Substring(step)
            var index: Int?
            if let open = step.firstIndex(of: "[") {
                name = step[..<open]
                index = Int(step[step.index(after: open)..<step.index(before: step.endIndex)])
            }
            if !name.isEmpty { current = (current as? [String: Any])?[String(name)] }
            if let index {
                guard let array = current as? [Any], array.indices.contains(index) else { return nil }
                current = array[index]
            }
        }
        return current
    }

    /// Parses RFC 4180 CSV (quoted fields, doubled quotes, LF or CRLF line ends) into rows of fields.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, afterQuote = false
        for character in text {
            if quoted {
                if character == "\"" { quoted = false; afterQuote = true } else { field.append(character) }
                continue
            }
            switch character {
            case "\"":
                if afterQuote { field.append("\"") }
                quoted = true
                afterQuote = false
            case ",": row.append(field); field = ""; afterQuote = false
            case "\n", "\r\n": row.append(field); rows.append(row); row = []; field = ""; afterQuote = false
            default: field.append(character); afterQuote = false
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
