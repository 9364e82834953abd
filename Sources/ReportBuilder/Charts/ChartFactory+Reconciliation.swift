import ChartEngine
import PartialDates
import StatisticsCore

extension ChartFactory {
    /// The roster step line against every reported total. Day-precision statements are filled points at their
    /// day; imprecise ones are hollow points at the middle of the period they can mean. Discrepancies are
    /// labelled with their difference; statements before the roster existed are labelled as such.
    func reportedVsRoster() -> (AxisSpec, [PanelSpec], [LegendEntry]) {
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
}
