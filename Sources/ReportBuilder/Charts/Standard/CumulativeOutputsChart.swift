import ChartEngine
import StatisticsCore

/// cumulative-outputs: cumulative outputs and year-end members, two panels sharing the year axis.
struct CumulativeOutputsChart: ChartDrawing {
    static let name = "cumulative-outputs"
    static let summary = "cumulative outputs and year-end members, two panels sharing the year axis"
    let context: ChartContext

    func body() -> ChartBody {
        // Year-end totals at their years' ends, from the total before the first year at its start.
        let before = statistics.outputs.first.map { $0.cumulative - $0.total } ?? 0
        let cumulative = [DataPoint(x: Double(firstYear), y: Double(before))]
            + statistics.outputs.map { DataPoint(x: Self.yearEnd($0.year), y: Double($0.cumulative)) }
        let anyOutput = statistics.outputs.contains { $0.cumulative > 0 }
        let panels = [
            PanelSpec(title: "Cumulative outputs at year end", y: Self.countAxis(),
                      marks: anyOutput ? [.line(LineMark(points: cumulative, color: ChartColors.allOutputs))] : [],
                      note: anyOutput ? nil : noOutputsNote),
            PanelSpec(title: "\(membersLabel) at year end", y: Self.countAxis(),
                      // Membership changes on dates: the roster's steps, as in membership-growth.
                      marks: [.line(LineMark(points: rosterSteps, color: ChartColors.membership, interpolation: .stepAfter,
                                             extendTo: Self.yearEnd(reportYear)))]),
        ]
        return (yearAxis, panels, [])
    }

    /// "46 outputs since 2007, about 2.6 a year".
    func titles(first: MembershipYear, last: MembershipYear) -> [String] {
        let total = statistics.totalOutputs
        if total == 0 { return ["No outputs recorded \(first.year == last.year ? "in \(last.year)" : "since \(first.year)")"] }
        let noun = total == 1 ? "output" : "outputs"
        if first.year == last.year { return ["\(N.integer(total)) \(noun) in \(last.year)"] }
        let rate = Double(total) / Double(statistics.membership.count)
        return ["\(N.integer(total)) \(noun) since \(first.year), about \(N.approximate(rate)) a year"]
    }

    func subtitle() -> String { subtitle("Cumulative outputs and \(names.memberNoun) at year end", period: range) }

    func statement(first: MembershipYear, last: MembershipYear) -> String {
        let noun = names.memberNoun
        let total = statistics.totalOutputs
        // A relation is stated only as far as the levels and the year-over-year changes agree (ChangeCorrelation).
        let r = Findings.correlation(statistics, names).map { " " + $0 } ?? ""
        let members = first.members == last.members ? "\(noun) stayed at \(N.integer(last.members))"
            : "\(noun) went from \(N.integer(first.members)) to \(N.integer(last.members))"
        guard total > 0 else { return "No outputs are recorded for \(range ?? "\(last.year)"), while \(members)." }
        return "Outputs added up to \(N.integer(total)) by the end of \(last.year) while \(members).\(r)"
    }

    func altText(last: MembershipYear, period: String, members: String) -> String {
        let cumulative = ChartContext.runs(statistics.outputs.map { ($0.year, N.integer($0.cumulative)) })
        return "Two panels sharing the year axis, \(period). Top: cumulative outputs, \(cumulative.isEmpty ? "none" : cumulative). "
            + "Bottom: \(names.memberNoun) at year end, \(members)."
    }
}

extension StandardChart {
    /// The cumulative-outputs chart.
    public static let cumulativeOutputs = StandardChart(CumulativeOutputsChart.self)
}
