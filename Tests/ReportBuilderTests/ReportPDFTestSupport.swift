import ChartEngine
import Foundation
import ReportBuilder

/// A synthetic ``ReportContent`` for the PDF layout tests: plain values, no files read.
enum ReportPDFFixture {
    static let a4 = Size(595.28, 841.89)
    static let letter = Size(612, 792)

    static let agencies: [(String, String, String, String, String)] = [
        ("ASI", "Italian Space Agency", "Italy", "Europe", "2007-05-31"),
        ("CNES", "National Centre for Space Studies", "France", "Europe", "2007-05-31"),
        ("CSA", "Canadian Space Agency", "Canada", "North America", "2007-05-31"),
        ("JAXA", "Japan Aerospace Exploration Agency", "Japan", "Asia-Pacific", "2007-05-31"),
        ("KARI", "Korea Aerospace Research Institute", "Republic of Korea", "Asia-Pacific", "2011-03"),
        ("UAESA", "United Arab Emirates Space Agency", "United Arab Emirates", "Middle East", "2016"),
    ]

    static func chart(_ n: Int) -> ChartSpec {
        let years = (2007...2024).map(Double.init)
        let values = years.enumerated().map { i, _ in Double(14 + (i * n) % 13) }
        let mark: Mark
        if n % 2 == 0 {
            mark = .line(LineMark(points: zip(years, values).map { DataPoint(x: $0, y: $1) }, interpolation: .stepAfter,
                                  extendTo: 2025, label: "Members"))
        } else {
            mark = .bars(BarMark(series: [BarSeries(name: "joins", color: .palette(.blue),
                                                    values: zip(years, values).map { BarDatum(.number($0), $1 - 13) })]))
        }
        var spec = ChartSpec(title: "Chart number \(n) shows a finding", subtitle: "Member agencies at year end, 2007–2024",
                             source: "Source: synthetic test data",
                             x: AxisSpec(.linear(domain: 2006.5...2024.5, integerOnly: true), format: .year),
                             panels: [PanelSpec(y: AxisSpec(.linear(includeZero: true, integerOnly: true), grid: true),
                                                marks: [mark])],
                             altText: "Synthetic chart \(n).")
        spec.caption = "This caption belongs to the chart spec and is replaced by the report's caption."
        return spec
    }

    static func figures(_ count: Int) -> [ReportContent.Figure] {
        (1...count).map { n in
            ReportContent.Figure(
                id: "chart-\(n)", heading: "Synthetic finding number \(n) in sentence case",
                chart: chart(n),
                caption: "Year-end member agencies of the group, 2007–2024. Source: members.csv.",
                statement: "Membership grew from 14 agencies in 2007 to 27 in 2024, an average of 3.9 % a year; figure \(n) states it with numbers.",
                altText: "Synthetic chart \(n) with eighteen yearly values.")
        }
    }

    static func roster(rows: Int) -> ReportContent.Table {
        let columns = [ReportContent.Table.Column("Acronym", weight: 1.2), ReportContent.Table.Column("Name", weight: 4),
                       ReportContent.Table.Column("Country", weight: 2.2), ReportContent.Table.Column("Region", weight: 1.8),
                       ReportContent.Table.Column("Joined", alignment: .trailing, weight: 1.4)]
        let body = (0..<rows).map { i -> [String] in
            let a = agencies[i % agencies.count]
            let name = i % 7 == 3 ? a.1 + " (a deliberately long name that must wrap inside its column)" : a.1
            return ["\(a.0)\(i)", name, a.2, a.3, a.4]
        }
        return ReportContent.Table(columns: columns, rows: body)
    }

    static func outputs(rows: Int) -> ReportContent.Table {
        let columns = [ReportContent.Table.Column("Date", weight: 1.4), ReportContent.Table.Column("Type", weight: 1.3),
                       ReportContent.Table.Column("Title", weight: 5), ReportContent.Table.Column("Lead", weight: 1.5)]
        let body = (0..<rows).map { i in
            ["2024-\(String(format: "%02d", i % 12 + 1))", ["meeting", "workshop", "report"][i % 3],
             "Output number \(i + 1) of the year" + (i % 5 == 0 ? ", with a subtitle long enough to wrap onto a second line" : ""),
             agencies[i % agencies.count].0]
        }
        return ReportContent.Table(columns: columns, rows: body)
    }

    static let longParagraph = (1...120).map { "Sentence \($0) of a very long methodology paragraph that is longer than a page." }
        .joined(separator: " ")

    static func content(figures figureCount: Int = 9, rosterRows: Int = 60, outputRows: Int = 60,
                        paper: Size = a4, longMethodology: Bool = true) -> ReportContent {
        let metadata = PDFMetadata(title: "ISECG annual summary 2024", author: "ISECG report builder",
                                   subject: "Membership and outputs of the International Space Exploration Coordination Group",
                                   keywords: ["ISECG", "space exploration", "membership"], creator: "isecg-report 0.1",
                                   createDate: PDFDate(year: 2024, month: 12, day: 31))
        var methodology: [ReportContent.Block] = [
            .heading("Year-end members"),
            .paragraph("A member counts at the end of a year when it joined on or before 31 December of that year and had not left."),
            .heading("Compound annual growth rate"),
            .paragraph("The CAGR between two years is (end / start)^(1 / years) − 1."),
            .bullets(["Linear trend: linear least squares on year-end members.", "Exponential trend: log-linear OLS."]),
        ]
        if longMethodology {
            methodology.append(.heading("A very long definition"))
            methodology.append(.paragraph(longParagraph))
        }
        return ReportContent(
            paper: paper, title: "ISECG annual summary 2024",
            subtitle: "The International Space Exploration Coordination Group: space agencies coordinating plans for human and robotic exploration.",
            year: 2024, asOfDate: "2024-12-31",
            inputs: [ReportContent.InputLine(file: "members.csv", sha256: String(repeating: "ab", count: 32), rows: 27),
                     ReportContent.InputLine(file: "outputs.csv", sha256: String(repeating: "cd", count: 32), rows: 1234)],
            keyFigures: [ReportContent.KeyFigureLine(label: "Members at year end", value: "27"),
                         ReportContent.KeyFigureLine(label: "Joined this year", value: "2", note: "KASA, TÜBİTAK"),
                         ReportContent.KeyFigureLine(label: "Change on previous year", value: "+8.0 %"),
                         ReportContent.KeyFigureLine(label: "CAGR 2007–2024", value: "3.9 %"),
                         ReportContent.KeyFigureLine(label: "Outputs this year", value: "12"),
                         ReportContent.KeyFigureLine(label: "Days since the last roadmap edition", value: "1,284")],
            findings: ["The group ended 2024 with 27 member agencies, up from 25 a year earlier.",
                       "Two agencies joined in 2024; none left.",
                       "Membership has grown by 3.9 % a year on average since 2007.",
                       "The group published 12 outputs in 2024, most of them meetings."],
            figures: figures(figureCount), roster: roster(rows: rosterRows), yearOutputs: outputs(rows: outputRows),
            dataQuality: [.heading("Reconciliation"),
                          .paragraph("Press-reported totals agree with the roster in 9 of 11 statements."),
                          .table(ReportContent.Table(columns: [ReportContent.Table.Column("Date"),
                                                               ReportContent.Table.Column("Reported", alignment: .trailing),
                                                               ReportContent.Table.Column("Roster", alignment: .trailing)],
                                                     rows: [["2014-12-01", "14", "15"], ["2019", "11", "12"]])),
                          .heading("Imprecise dates"),
                          .bullets(["3 join dates are known only to the month.", "1 output date is known only to the year."])],
            methodology: methodology,
            sources: [ReportContent.SourceLink(url: "https://www.globalspaceexploration.org/wordpress/wp-content/isecg/GER_2018_small_mobile.pdf",
                                               usedFor: "outputs.csv: the Global Exploration Roadmap, 3rd edition"),
                      ReportContent.SourceLink(url: "https://www.globalspaceexploration.org/?p=774&very_long_query_parameter=abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz0123456789",
                                               usedFor: "members.csv: KASA, TÜBİTAK"),
                      ReportContent.SourceLink(url: "https://example.org/short", usedFor: "reported.csv")],
            metadata: metadata)
    }
}
