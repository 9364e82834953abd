import StatisticsCore

/// The key-figures table of the report for the report year: members at year end, joins, change, CAGR,
/// outputs by type and days since the last roadmap edition, each as written text.
///
/// ```swift
/// let figures = KeyFigures(statistics: statistics, names: names)
/// for row in figures.rows { print(row.label, row.value, row.note ?? "") }
/// ```
public struct KeyFigures: Hashable, Sendable {
    /// One row: what is measured, its value as text and an optional note (what a value means or why it is n/a).
    public struct Row: Hashable, Sendable {
        /// What the row measures ("Members at the end of 2024").
        public var label: String
        /// The value as written ("27", "+3", "−2", "3.9 %", "n/a").
        public var value: String
        /// A short note, or nil.
        public var note: String?

        /// Creates a row.
        public init(label: String, value: String, note: String? = nil) {
            self.label = label
            self.value = value
            self.note = note
        }
    }

    /// The report year; nil only without any date.
    public var year: Int?
    /// The rows in reading order; empty without members.
    public var rows: [Row]

    /// The key figures of `statistics`, worded with `names`.
    public init(statistics: GroupStatistics, names: PublicationNames = PublicationNames()) {
        year = statistics.reportYear
        guard let row = statistics.reportRow, let first = statistics.firstRow else { rows = []; return }
        typealias N = HouseStyle
        let y = row.year
        let noun = names.memberNoun.capitalizedFirst
        var rows = [
            Row(label: "\(noun) at the end of \(y)", value: N.integer(row.members)),
            Row(label: "Joined in \(y)", value: N.integer(row.joined)),
        ]
        if row.left > 0 { rows.append(Row(label: "Left in \(y)", value: N.integer(row.left))) }
        let changeNote: String? = if y == first.year && statistics.membership.count == 1 {
            "first year of the range"
        } else {
            row.growthPercent.map { $0 == 0 ? "unchanged" : "\(N.signedPercent($0)) on the end of \(y - 1)" }
        }
        rows.append(Row(label: "Change since the end of \(y - 1)", value: N.signed(row.net), note: changeNote))
        let cagrNote: String = statistics.cagrPercent != nil
            ? "from \(N.integer(first.members)) in \(first.year) to \(N.integer(row.members)) in \(y)"
            : first.year == y ? "undefined for a single year" : "undefined: no \(names.memberNoun) at the start"
        rows.append(Row(label: "Compound annual growth, \(N.years(first.year, y))",
                        value: N.percent(statistics.cagrPercent), note: cagrNote))
        for (type, count) in statistics.reportYearOutputs {
            rows.append(Row(label: "Outputs in \(y): \(HouseStyle.typeNoun(type))", value: N.integer(count)))
        }
        rows.append(Row(label: "Outputs in \(y), total", value: N.integer(statistics.outputs.last?.total ?? 0)))
        let spacing = statistics.editionSpacing
        let last = spacing?.editions.last?.date
        let range = spacing?.daysSinceLastRange
        let days: String = if let range, range.lowerBound != range.upperBound, let middle = spacing?.daysSinceLast {
            "about \(N.decimal(middle, 0))"
        } else {
            range.map { N.integer($0.lowerBound) } ?? N.notAvailable
        }
        rows.append(Row(label: "Days since the last roadmap edition (31 December \(y))", value: days,
                        note: last.map { date in
                            "latest: \(N.date(date))" + (date.precision == .day || range == nil ? ""
                                : ", known only to the \(date.precision == .year ? "year" : "month"): "
                                    + "\(N.integer(range!.lowerBound))\u{2013}\(N.integer(range!.upperBound)) days")
                        } ?? "no roadmap edition"))
        let forecast = ForecastText(statistics: statistics, names: names)
        if let (entry, method) = forecast.last {
            let low = ForecastText.whole(entry.lower), high = ForecastText.whole(entry.upper)
            rows.append(Row(label: "\(noun) forecast for the end of \(entry.year) (count model)",
                            value: "about \(N.integer(ForecastText.whole(entry.value)))",
                            note: "95 %: \(N.integer(low))\u{2013}\(N.integer(high)), if \(names.memberNoun) "
                                + ForecastText.assumption(method)))
        }
        self.rows = rows
    }

    /// The table as GitHub-flavoured Markdown under a level-2 heading "Key figures, <year>"
    /// (`| Measure | Value | Note |`, values right-aligned), ending with a newline.
    public var markdown: String {
        StatsTextTable(
            title: "Key figures" + (year.map { ", \($0)" } ?? ""),
            columns: [.init(heading: "Measure", alignment: .left), .init(heading: "Value", alignment: .right),
                      .init(heading: "Note", alignment: .left)],
            rows: rows.map { [$0.label, $0.value, $0.note ?? ""] }, note: nil).markdown()
    }
}
