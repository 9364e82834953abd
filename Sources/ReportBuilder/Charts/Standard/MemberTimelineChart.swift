import ChartEngine
import DatasetCore
import StatisticsCore

/// member-timeline: one row per member from its join date to the report year, coloured by region.
struct MemberTimelineChart: ChartDrawing {
    static let name = "member-timeline"
    static let summary = "one row per member from its join date to the report year, coloured by region"
    let context: ChartContext

    func body() -> ChartBody {
        let end = Double(reportYear + 1)
        var rows: [RangeBar] = []
        var regionsShown: [String] = []
        for (index, batch) in joinBatches.enumerated() {
            let batchMembers = members.filter { $0.joined == batch.date }.sorted { $0.acronym < $1.acronym }
            let founders = index == 0 && batchMembers.count > 3
            let groups: [(String, [Member])] = founders
                ? Dictionary(grouping: batchMembers, by: \.region.rawValue).sorted { $0.key < $1.key }
                    .map { ("\($0.value.count == 1 ? "Founder" : "Founders") in \($0.key) (\($0.value.count))", $0.value) }
                : batchMembers.map { ($0.acronym, [$0]) }
            for (label, group) in groups {
                let member = group[0]
                let region = member.region.rawValue
                if !regionsShown.contains(region) { regionsShown.append(region) }
                let stop = group.compactMap(\.left).map(FractionalYear.start).min().map { min($0, end) } ?? end
                rows.append(RangeBar(category: label, start: FractionalYear.start(of: member.joined), end: stop,
                                     color: ChartColors.regions.color(for: region)))
            }
        }
        let legend = ChartColors.regions.entries.filter { regionsShown.contains($0.category) }
            .map { LegendEntry($0.category, color: $0.color) }
        let x = AxisSpec(.time(domain: yearDomain), grid: true)
        return (x, [PanelSpec(y: AxisSpec(.band(rows.map(\.category))), marks: [.ranges(RangeMark(bars: rows))])], legend)
    }

    /// "13 of 27 agencies joined after 2007; none left".
    func titles(first: MembershipYear, last: MembershipYear) -> [String] {
        if first.year == last.year { return ["\(names.allMembers(last.members)) joined in \(last.year)"] }
        let later = statistics.membership.dropFirst().reduce(0) { $0 + $1.joined }
        let left = statistics.departures
        let departures = left == 0 ? "none left" : "\(N.words(left)) left"
        if later == 0 { return ["No \(names.memberNoun) joined after \(first.year); \(departures)"] }
        let joined = first.members + later
        return ["\(N.integer(later)) of \(names.members(joined)) joined after \(first.year); \(departures)",
                "\(N.integer(later)) of \(N.integer(joined)) joined after \(first.year)"]
    }

    func subtitle() -> String {
        subtitle("Each \(names.memberSingular) from joining to \(year.map(String.init) ?? "the report year"), by region",
                 period: range)
    }

    func statement(first: MembershipYear, last: MembershipYear) -> String {
        let later = statistics.membership.dropFirst().reduce(0) { $0 + $1.joined }
        let left = statistics.departures
        return "Each of the \(names.members(first.joined + later)) is drawn from its join date to the end of \(last.year) "
            + "or its departure: \(N.integer(first.joined)) from \(first.year)"
            + (later > 0 ? " and \(N.integer(later)) who joined later" : "")
            + (left == 0 ? "; none left." : "; \(N.integer(left)) left.")
    }

    func altText(last: MembershipYear, period: String, members: String) -> String {
        let year = last.year
        guard !roster.isEmpty else {
            let joins = statistics.membership.filter { $0.joined > 0 }.map { "\(N.integer($0.joined)) from \($0.year)" }
            return "One bar per \(names.memberSingular) from its join date to \(year), coloured by region: "
                + joins.joined(separator: ", ") + "."
        }
        let rows = roster.sorted { ($0.joined, $0.acronym) < ($1.joined, $1.acronym) }.map { entry in
            "\(entry.acronym) (\(entry.region.rawValue)) from \(N.date(entry.joined))" + (entry.left.map { " to \(N.date($0))" } ?? "")
        }
        return "One bar per \(names.memberSingular) from its join date to \(year), sorted by join date, coloured by region: "
            + rows.joined(separator: "; ") + "."
    }
}

extension StandardChart {
    /// The member-timeline chart.
    public static let memberTimeline = StandardChart(MemberTimelineChart.self)
}
