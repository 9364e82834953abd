import ChartEngine
import DatasetCore
import StatisticsCore

/// members-by-region: members by region at year end, with counts and shares.
struct MembersByRegionChart: ChartDrawing {
    static let name = "members-by-region"
    static let summary = "members by region at year end, with counts and shares"
    let context: ChartContext

    func body() -> ChartBody {
        let shares = statistics.byGroup
        let share = NumberFormat.percent(decimals: 1)
        var marks: [Mark] = shares.map { group in
            .bars(BarMark(orientation: .horizontal, series: [BarSeries(
                name: group.group, color: ChartColors.regions.color(for: group.group),
                values: [BarDatum(.category(group.group), Double(group.members),
                                  label: "\(group.members) (\(share.format(group.sharePercent)))")])], thickness: 0.7))
        }
        // Regions without members are listed too, after the others in the schema's order, with "0": an absent
        // region is a finding, not a gap.
        let empty = Region.allCases.map(\.rawValue).filter { region in !shares.contains { $0.group == region } }
        if !shares.isEmpty {
            marks += empty.map { region in
                .bars(BarMark(orientation: .horizontal, series: [BarSeries(name: region, color: ChartColors.regions.color(for: region),
                                                                           values: [BarDatum(.category(region), 0, label: "0")])],
                              thickness: 0.7))
            }
        }
        let x = AxisSpec(.linear(includeZero: true, integerOnly: true), format: .integer, grid: true)
        let rows = shares.map(\.group) + (shares.isEmpty ? [] : empty)
        return (x, [PanelSpec(y: AxisSpec(.band(rows)), marks: marks)], [])
    }

    /// "Europe has the most agencies: 12 of 27".
    func titles(first: MembershipYear, last: MembershipYear) -> [String] {
        guard let top = statistics.byGroup.first else { return ["No \(names.memberNoun) at the end of \(last.year)"] }
        if statistics.byGroup.count == 1 { return ["\(names.allMembers(last.members)) \(last.members == 1 ? "is" : "are") in \(top.group)"] }
        let tied = statistics.byGroup.filter { $0.members == top.members }.map(\.group)
        let noun = names.memberNoun
        if tied.count == 2 { return ["\(tied[0]) and \(tied[1]) tie for the most \(noun), \(N.integer(top.members)) each",
                                     "\(N.capitalizedWords(2)) regions tie for the most \(noun)"] }
        if tied.count > 2 { return ["\(N.capitalizedWords(tied.count)) regions tie for the most \(noun), \(N.integer(top.members)) each",
                                    "\(N.capitalizedWords(tied.count)) regions tie for the most \(noun)"] }
        return ["\(top.group) has the most \(noun): \(N.integer(top.members)) of \(N.integer(last.members))",
                "\(top.group) has the most \(noun)"]
    }

    func subtitle() -> String {
        subtitle("\(membersLabel) by region, number and share", period: year.map { "end of \($0)" })
    }

    func statement(first: MembershipYear, last: MembershipYear) -> String {
        guard !statistics.byGroup.isEmpty else { return "No \(names.memberNoun) were in the group at the end of \(last.year)." }
        return "At the end of \(last.year), " + HouseStyle.list(statistics.byGroup.map {
            "\($0.group) had \(N.integer($0.members)) (\(N.percent($0.sharePercent)))"
        }) + " of the \(names.members(last.members))."
    }

    func altText(last: MembershipYear, period: String, members: String) -> String {
        guard !statistics.byGroup.isEmpty else { return "No bars: no \(names.memberNoun) at the end of \(last.year)." }
        return "Horizontal bars of \(names.memberNoun) by region at the end of \(last.year), largest first: "
            + statistics.byGroup.map { "\($0.group) \(N.integer($0.members)) (\(N.percent($0.sharePercent)))" }
                .joined(separator: ", ") + "."
    }
}

extension StandardChart {
    /// The members-by-region chart.
    public static let membersByRegion = StandardChart(MembersByRegionChart.self)
}
