import ChartEngine
import PartialDates
import StatisticsCore

/// reported-vs-roster: press-reported totals against the roster-derived count.
struct ReportedVsRosterChart: ChartDrawing {
    static let name = "reported-vs-roster"
    static let summary = "press-reported totals against the roster-derived count"
    let context: ChartContext

    /// The roster step line against every reported total. Day-precision statements are filled points at their
    /// day; imprecise ones are hollow points at the middle of the period they can mean. Discrepancies are
    /// labelled with their difference; statements before the roster existed are labelled as such.
    func body() -> ChartBody {
        let rows = statistics.reconciliation.filter { $0.statement.date.year <= reportYear }
        func point(_ row: ReconciliationRow) -> LabeledPoint {
            let date = row.statement.date
            let x = date.precision == .day ? FractionalYear.start(of: date) : FractionalYear.middle(of: date)
            var label: String?
            switch row.status {
            case .discrepancy:
                let difference = row.difference ?? 0
                label = "\(difference > 0 ? "+" : "\u{2212}")\(abs(difference)) vs roster"
            case .beforeRoster:
                label = "before the roster"
            case .match, .consistentWithinDatePrecision:
                label = nil
            }
            return LabeledPoint(DataPoint(x: x, y: Double(row.statement.reported)), label: label)
        }
        let exact = rows.filter { $0.statement.date.precision == .day }.map(point)
        let imprecise = rows.filter { $0.statement.date.precision != .day }.map(point)
        var marks: [Mark] = [
            .line(LineMark(points: rosterSteps, color: ChartColors.membership, interpolation: .stepAfter,
                           extendTo: Double(reportYear + 1), label: "Roster")),
        ]
        if !exact.isEmpty { marks.append(.points(PointMark(points: exact, color: ChartColors.highlight, radius: 4))) }
        if !imprecise.isEmpty {
            marks.append(.points(PointMark(points: imprecise, color: ChartColors.highlight, radius: 4, hollow: true)))
        }
        var legend = [LegendEntry("Roster count", color: ChartColors.membership, symbol: .line)]
        if !exact.isEmpty { legend.append(LegendEntry("Reported total, dated to the day", color: ChartColors.highlight, symbol: .point)) }
        if !imprecise.isEmpty {
            legend.append(LegendEntry("Reported total, month or year only (mid-period)", color: ChartColors.highlight,
                                      symbol: .hollowPoint))
        }
        let note = rows.isEmpty ? "No reported totals in the datasets" : nil
        return (yearAxis, [PanelSpec(y: Self.countAxis(), marks: marks, note: note)], legend)
    }

    /// "21 of 22 reported totals agree with the roster".
    func titles(first _: MembershipYear, last _: MembershipYear) -> [String] {
        let rows = statistics.reconciliation
        guard !rows.isEmpty else { return ["No reported totals to compare with the roster"] }
        let summary = DataQuality.ReconciliationSummary(rows)
        if summary.discrepancies > 0 {
            return ["\(N.capitalizedWords(summary.discrepancies)) of \(N.words(rows.count)) reported totals differ from the roster"]
        }
        if summary.agreeing == 0 { return ["Every reported total predates the roster"] }
        if summary.agreeing == rows.count { return ["All \(N.words(rows.count)) reported totals agree with the roster"] }
        return ["\(N.capitalizedWords(summary.agreeing)) of \(N.words(rows.count)) reported totals agree with the roster"]
    }

    func subtitle() -> String { subtitle("Reported totals and roster count of \(names.memberNoun)", period: range) }

    func statement(first _: MembershipYear, last _: MembershipYear) -> String {
        DataQuality.reconciliationSummary(statistics.reconciliation, largest: false)
    }

    func altText(last _: MembershipYear, period _: String, members: String) -> String {
        let points = statistics.reconciliation.map { row -> String in
            let roster = row.status == .beforeRoster ? "before the roster starts"
                : row.rosterLow == row.rosterHigh ? "roster \(N.integer(row.rosterLow))"
                : "roster \(N.integer(row.rosterLow))\u{2013}\(N.integer(row.rosterHigh))"
            let status = row.status == .beforeRoster ? "" : ", \(row.status.rawValue)"
            return "\(N.date(row.statement.date)) reported \(N.integer(row.statement.reported)), \(roster)\(status)"
        }
        return "Step line of the roster count, \(members); reported totals as points: "
            + (points.isEmpty ? "none." : points.joined(separator: "; ") + ".")
    }
}

extension StandardChart {
    /// The reported-vs-roster chart.
    public static let reportedVsRoster = StandardChart(ReportedVsRosterChart.self)
}
