import Foundation
@testable import ChartEngine

/// Sample specs covering every mark kind, used by layout tests and for visual inspection.
enum Samples {
    static let source = "Source: sample data. Chart: chart engine tests"

    static func stepWithLabels(_ size: Size, _ theme: Theme) -> ChartSpec {
        let joins: [(Double, Int, String)] = [(2007.3, 14, "14 founders"), (2011.5, 1, "KARI"), (2016.2, 1, "UAESA"),
                                              (2018.1, 1, "ISA"), (2018.4, 1, "ASA"), (2018.9, 2, "LSA, PhilSA"),
                                              (2019.4, 1, "NZSA"), (2020.8, 1, "SSA"), (2021.2, 1, "AEB"), (2022.6, 1, "KASA"),
                                              (2023.1, 1, "ESA-2"), (2023.3, 1, "TÜBİTAK")]
        var total = 0
        var points: [DataPoint] = []
        var labelled: [LabeledPoint] = []
        for (x, n, label) in joins {
            total += n
            points.append(DataPoint(x: x, y: Double(total)))
            labelled.append(LabeledPoint(DataPoint(x: x, y: Double(total)), label: label))
        }
        return ChartSpec(size: size, title: "Membership nearly doubled after 2018",
                         subtitle: "Member agencies, 2007–2024", source: source,
                         x: AxisSpec(.time(domain: 2007...2025)),
                         panels: [PanelSpec(y: AxisSpec(.linear(includeZero: true, integerOnly: true), grid: true), marks: [
                            .line(LineMark(points: points, interpolation: .stepAfter, extendTo: 2025, label: "Members")),
                            .points(PointMark(points: labelled, color: .palette(.blue), radius: 3, labelPlacement: .stackAbove)),
                            .rule(RuleMark(.vertical(2018), label: "Strategy 2018")),
                         ])],
                         altText: "Step chart: members grew from 14 in 2007 to \(total) in 2024.", theme: theme)
    }

    static func joinsPerYear(_ size: Size, _ theme: Theme) -> ChartSpec {
        let joins = [14, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 3, 2, 1, 1, 1, 2, 0]
        let leaves = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, 0, 0, 0, 0, -1]
        let years = (0..<18).map { Double(2007 + $0) }
        return ChartSpec(size: size, title: "Joins came in waves", subtitle: "Agencies joining (above) and leaving (below) per year",
                         source: source, x: AxisSpec(.linear(integerOnly: true), format: .year),
                         panels: [PanelSpec(y: AxisSpec(.linear(includeZero: true, integerOnly: true), grid: true), marks: [
                            .bars(BarMark(series: [
                                BarSeries(name: "joins", color: .palette(.blue), values: zip(years, joins).map { BarDatum(.number($0), Double($1)) }),
                                BarSeries(name: "departures", color: .palette(.vermillion), values: zip(years, leaves).filter { $1 != 0 }.map { BarDatum(.number($0), Double($1)) }),
                            ], stacked: true, valueLabels: .integer)),
                         ])],
                         legend: [LegendEntry("Joined", color: .palette(.blue)), LegendEntry("Left", color: .palette(.vermillion))],
                         altText: "Columns of joins per year.", theme: theme)
    }

    static func horizontalBars(_ size: Size, _ theme: Theme) -> ChartSpec {
        let regions = [("Europe", 12), ("Asia", 9), ("North America", 3), ("Middle East", 2), ("Oceania", 2), ("South America", 1), ("Africa", 1)]
        let total = Double(regions.reduce(0) { $0 + $1.1 })
        let colors = CategoryColors(ordered: regions.map(\.0))
        return ChartSpec(size: size, title: "Europe holds the most seats", subtitle: "Members by region at year end, 2024",
                         source: source, x: AxisSpec(.linear(includeZero: true, integerOnly: true), grid: true),
                         panels: [PanelSpec(y: AxisSpec(.band(regions.map(\.0))), marks: regions.map { r in
                            .bars(BarMark(orientation: .horizontal, series: [BarSeries(name: r.0, color: colors.color(for: r.0), values: [
                                BarDatum(.category(r.0), Double(r.1), label: "\(r.1) (\(NumberFormat.percent(decimals: 1).format(Double(r.1) / total * 100)))")])]))
                         })],
                         altText: "Horizontal bars by region.", theme: theme)
    }

    static func gantt(_ size: Size, _ theme: Theme) -> ChartSpec {
        let members = [("Founders (14)", 2007.3, "Europe"), ("KARI", 2011.5, "Asia"), ("UAESA", 2016.2, "Middle East"),
                       ("ISA", 2018.1, "Middle East"), ("ASA", 2018.4, "Oceania"), ("LSA", 2018.9, "Europe"),
                       ("PhilSA", 2018.9, "Asia"), ("NZSA", 2019.4, "Oceania"), ("SSA", 2020.8, "Europe"), ("AEB", 2021.2, "South America")]
        let colors = CategoryColors([("Europe", .palette(.blue)), ("Asia", .palette(.orange)), ("Middle East", .palette(.bluishGreen)),
                                     ("Oceania", .palette(.reddishPurple)), ("South America", .palette(.yellow))])
        return ChartSpec(size: size, title: "Most members joined in the last decade", subtitle: "Membership periods, 2007–2024",
                         source: source, x: AxisSpec(.time(domain: 2007...2025), grid: true),
                         panels: [PanelSpec(y: AxisSpec(.band(members.map(\.0))), marks: [
                            .ranges(RangeMark(bars: members.map { RangeBar(category: $0.0, start: $0.1, end: 2025, color: colors.color(for: $0.2)) })),
                         ])],
                         legend: colors.entries.map { LegendEntry($0.category, color: $0.color) },
                         altText: "Gantt chart of members.", theme: theme)
    }

    static func stackedOutputs(_ size: Size, _ theme: Theme) -> ChartSpec {
        let types: [(String, SeriesColor)] = [("Roadmap", .palette(.orange)), ("Report", .palette(.skyBlue)), ("Meeting", .palette(.bluishGreen)),
                                              ("Workshop", .palette(.reddishPurple)), ("White paper", .palette(.yellow)), ("Strategy", .palette(.black))]
        let years = (2007...2024).map(String.init)
        let series = types.enumerated().map { i, t in
            BarSeries(name: t.0, color: t.1, values: years.enumerated().map { j, y in BarDatum(.category(y), Double((i * 7 + j * 3) % 4)) })
        }
        return ChartSpec(size: size, title: "Outputs grew steadily", subtitle: "Outputs per year by type", source: source,
                         x: AxisSpec(.band(years)),
                         panels: [PanelSpec(y: AxisSpec(.linear(includeZero: true, integerOnly: true), grid: true),
                                            marks: [.bars(BarMark(series: series, stacked: true))])],
                         legend: types.map { LegendEntry($0.0, color: $0.1) }, altText: "Stacked columns.", theme: theme)
    }

    static func twoPanels(_ size: Size, _ theme: Theme) -> ChartSpec {
        let years = (2007...2024).map(Double.init)
        let cumulative = years.enumerated().map { DataPoint(x: $1, y: Double($0 * $0) / 3 + Double($0) * 2) }
        let members = years.enumerated().map { DataPoint(x: $1, y: Double(14 + ($0 > 10 ? $0 - 10 : 0) * 2)) }
        return ChartSpec(size: size, title: "Outputs accelerated as membership grew", subtitle: "Cumulative outputs and year-end members",
                         source: source, x: AxisSpec(.linear(integerOnly: true), format: .year),
                         panels: [PanelSpec(title: "Cumulative outputs", y: AxisSpec(.linear(includeZero: true, integerOnly: true), grid: true),
                                            marks: [.line(LineMark(points: cumulative, color: .palette(.orange)))]),
                                  PanelSpec(title: "Members at year end", y: AxisSpec(.linear(includeZero: true, integerOnly: true), grid: true),
                                            marks: [.line(LineMark(points: members, interpolation: .stepAfter))])],
                         altText: "Two panels.", theme: theme)
    }

    static func timeline(_ size: Size, _ theme: Theme) -> ChartSpec {
        let events: [(Double, String)] = [(2007.4, "Framework"), (2011.7, "GER 1"), (2013.6, "GER 2"), (2018.1, "GER 3"),
                                          (2019.9, "Exploration update"), (2020.2, "Science white paper"), (2022.5, "Supplement"), (2024.1, "GER 4")]
        return ChartSpec(size: size, title: "A roadmap edition every few years", subtitle: "Strategy and roadmap editions, 2007–2024",
                         source: source, x: AxisSpec(.time(domain: 2006...2025)),
                         panels: [PanelSpec(y: AxisSpec(.hidden), marks: [.timeline(TimelineMark(events: events.map {
                            TimelineEvent(x: $0.0, label: $0.1, color: $0.1.hasPrefix("GER") ? .palette(.orange) : .palette(.black)) }))])],
                         altText: "Timeline of editions.", theme: theme)
    }

    static func forecast(_ size: Size, _ theme: Theme) -> ChartSpec {
        let observed = (2007...2024).map { DataPoint(x: Double($0), y: 14 + max(0, Double($0 - 2015)) * 1.4) }
        let future = (2024...2029).map(Double.init)
        let fit = future.map { 26.6 + ($0 - 2024) * 1.3 }
        let width = future.map { 1 + ($0 - 2024) * 0.9 }
        return ChartSpec(size: size, title: "Membership could pass 30 by 2029", subtitle: "Members at year end with a linear trend forecast",
                         caption: "Forecast from an ordinary least-squares fit to 2015–2024.", source: source,
                         x: AxisSpec(.linear(integerOnly: true), format: .year),
                         panels: [PanelSpec(y: AxisSpec(.linear(includeZero: true, integerOnly: true), grid: true), marks: [
                            .area(AreaMark(x: future, lower: zip(fit, width).map { $0 - $1 }, upper: zip(fit, width).map { $0 + $1 },
                                           label: "95 % prediction interval")),
                            .line(LineMark(points: observed, label: "Observed")),
                            .line(LineMark(points: zip(future, fit).map { DataPoint(x: $0, y: $1) }, color: .palette(.vermillion), dash: [6, 4], label: "Forecast")),
                            .annotation(AnnotationMark(target: DataPoint(x: 2016, y: 15.4), text: "Growth resumes after eight flat years")),
                         ])],
                         altText: "Forecast chart.", theme: theme)
    }

    static func reportedVsRoster(_ size: Size, _ theme: Theme) -> ChartSpec {
        let roster = (2007...2024).map { DataPoint(x: Double($0), y: 14 + max(0, Double($0 - 2015)) * 1.4) }
        let reported: [LabeledPoint] = [(2010, 14, nil), (2014, 15, "15 reported"), (2019, 22, nil), (2021, 24, nil), (2023, 28, "+1 vs roster")]
            .map { LabeledPoint(DataPoint(x: Double($0.0), y: Double($0.1)), label: $0.2) }
        return ChartSpec(size: size, title: "Press counts track the roster", subtitle: "Reported members vs roster count",
                         source: source, x: AxisSpec(.linear(integerOnly: true), format: .year),
                         panels: [PanelSpec(y: AxisSpec(.linear(includeZero: true, integerOnly: true), grid: true), marks: [
                            .line(LineMark(points: roster, interpolation: .stepAfter, label: "Roster")),
                            .points(PointMark(points: reported, color: .palette(.vermillion), radius: 4)),
                            .rule(RuleMark(.horizontal(20), label: "20 members")),
                         ])],
                         legend: [LegendEntry("Roster", color: .palette(.blue), symbol: .line), LegendEntry("Reported", color: .palette(.vermillion), symbol: .point)],
                         altText: "Roster vs reported.", theme: theme)
    }

    static func all(_ size: Size, _ theme: Theme) -> [(String, ChartSpec)] {
        [("step", stepWithLabels(size, theme)), ("columns", joinsPerYear(size, theme)), ("hbars", horizontalBars(size, theme)),
         ("gantt", gantt(size, theme)), ("stacked", stackedOutputs(size, theme)), ("panels", twoPanels(size, theme)),
         ("timeline", timeline(size, theme)), ("forecast", forecast(size, theme)), ("reported", reportedVsRoster(size, theme))]
    }
}
