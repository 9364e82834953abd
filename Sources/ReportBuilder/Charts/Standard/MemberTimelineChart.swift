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
        let layout = MemberTimelineRows(members: members.filter { $0.joined.year <= reportYear }, chartEnd: end,
                                        capacity: rowCapacity)
        let rows = layout.rows.map { row in
            RangeBar(category: row.label, start: row.start, end: row.end,
                     color: row.region.map { ChartColors.regions.color(for: $0) } ?? ChartColors.mixedRegions)
        }
        let regionsShown = Set(layout.rows.compactMap(\.region))
        var legend = ChartColors.regions.entries.filter { regionsShown.contains($0.category) }
            .map { LegendEntry($0.category, color: $0.color) }
        if layout.rows.contains(where: { $0.region == nil }) { legend.append(LegendEntry("Several regions", color: ChartColors.mixedRegions)) }
        let x = AxisSpec(.time(domain: yearDomain), grid: true)
        // The aggregation rule, where it applies, is stated above the rows.
        let title = layout.cohortYears.map { span in
            "Rows: \(names.memberNoun) by \(span == 1 ? "join year" : "\(span)-year join period"), year left (\(N.integer(members.count)) in \(rows.count) rows)"
        }
        // Rows may be as tight as a label line (``minimumRowPitch``): every label is kept down to that.
        var y = AxisSpec(.band(rows.map(\.category)), title: title)
        y.bandLabelGap = 0
        let panel = PanelSpec(y: y, marks: [.ranges(RangeMark(bars: rows))])
        return (x, [panel], legend)
    }

    /// How many rows the canvas can label at 8 pt (the smallest row label), from its height, with the rows
    /// tightened to ``minimumRowPitch``: the header, legend, footer and axis take about 125 pt plus the margins
    /// (25 pt more below 700 pt wide, 45 pt below 500 pt, where titles and legends wrap), less the title's room
    /// when the title is not drawn (the PDF). Rows are tightened before members are grouped into cohorts: a
    /// row per member stands for every member, a cohort row only roughly (docs/chart-engine.md,
    /// "member-timeline rows"). Without a size (the words), every member gets its row.
    var rowCapacity: Int {
        guard let size = context.canvasSize else { return .max }
        return max(3, Int((size.height - Self.overhead(width: size.width, titled: context.drawsTitle)) / Self.minimumRowPitch))
    }

    /// The room one row takes at 8 pt labels with a 1 pt gap between them: the height a canvas is given
    /// per row when it may grow (``canvasHeight(members:reportYear:width:maximum:titled:)``).
    static let rowPitch = 10.5

    /// The least room a row is given before members are grouped: an 8 pt label's line (9.31 pt), the labels
    /// touching, and 2 % for the estimate of the room (as 10.5 pt is for 10.31 pt). About 10 % more rows than
    /// at ``rowPitch``: 60 members on US Letter, whose page has room for 58 at 10.5 pt.
    static let minimumRowPitch = 9.5

    /// The height not given to rows at a canvas width, with or without the title drawn.
    static func overhead(width: Double, titled: Bool = true) -> Double {
        125 + 2 * ChartMetrics.innerPadding(canvasWidth: width) + (width < 500 ? 45 : width < 700 ? 25 : 0)
            - (titled ? 0 : titleRoom(width: width))
    }

    /// The title's part of ``overhead(width:titled:)``: two 20 pt lines and the gap below 700 pt wide, where
    /// titles wrap (46.6 pt measured at 640 pt, the PDF's design width), one line above.
    static func titleRoom(width: Double) -> Double { width < 700 ? 48 : 25 }

    /// The canvas height at `width` that labels one row per member (or per group of members sharing both
    /// dates) for `members` up to the report year, never below 16:9 nor above `maximum`; `titled: false`
    /// for a canvas that leaves the title out (the PDF's figures).
    static func canvasHeight(members: [Member], reportYear: Int, width: Double, maximum: Double, titled: Bool = true) -> Double {
        let rows = MemberTimelineRows(members: members.filter { $0.joined.year <= reportYear },
                                      chartEnd: Double(reportYear + 1), capacity: .max).rows.count
        let needed = overhead(width: width, titled: titled) + Double(rows) * rowPitch + 1
        return min(maximum, max(width * 9 / 16, needed.rounded(.up)))
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
        let sorted = roster.sorted { ($0.joined, $0.acronym) < ($1.joined, $1.acronym) }
        // Only the members named are formatted; the rest are counted ("+99,980 more").
        let rows = sorted.prefix(N.listedItems).map { entry in
            "\(entry.acronym) (\(entry.region.rawValue)) from \(N.date(entry.joined))" + (entry.left.map { " to \(N.date($0))" } ?? "")
        } + Array(repeating: "", count: sorted.count - min(sorted.count, N.listedItems))
        return "One bar per \(names.memberSingular) from its join date to \(year), sorted by join date, coloured by region: "
            + N.cutList(rows) + "."
    }
}

extension StandardChart {
    /// The member-timeline chart.
    public static let memberTimeline = StandardChart(MemberTimelineChart.self)
}
