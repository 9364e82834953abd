import DatasetCore
import StatisticsCore

/// Alt text: a complete, concise description of each chart's data (its kind, axes and every value, equal runs
/// of years merged), for SVG `<desc>`, `summary.md` and the PDF.
extension ChartTextContext {
    func altText(_ chart: ChartName) -> String {
        guard let last = statistics.reportRow else { return "An empty chart: no \(names.memberNoun) are recorded." }
        let period = range ?? "\(last.year)"
        let members = Self.runs(statistics.membership.map { ($0.year, N.integer($0.members)) })
        switch chart {
        case .membershipGrowth:
            return "Step line of \(names.memberNoun) at year end, \(period): \(members)." + joinLabels()
        case .joinsPerYear:
            let joins = statistics.membership.filter { $0.joined > 0 }.map { "\(N.integer($0.joined)) in \($0.year)" }
            let leaves = statistics.membership.filter { $0.left > 0 }.map { "\(N.integer($0.left)) in \($0.year)" }
            return "Columns of joins per year, \(period): \(joins.isEmpty ? "none" : joins.joined(separator: ", "))"
                + (joins.count < statistics.membership.count ? "; no joins in the other years" : "")
                + ". Departures, below zero: \(leaves.isEmpty ? "none" : leaves.joined(separator: ", "))."
        case .membersByRegion:
            guard !statistics.byGroup.isEmpty else { return "No bars: no \(names.memberNoun) at the end of \(last.year)." }
            return "Horizontal bars of \(names.memberNoun) by region at the end of \(last.year), largest first: "
                + statistics.byGroup.map { "\($0.group) \(N.integer($0.members)) (\(N.percent($0.sharePercent)))" }
                    .joined(separator: ", ") + "."
        case .memberTimeline:
            return timelineAlt(last.year)
        case .outputsByYear:
            let years = statistics.outputs.filter { $0.total > 0 }.map { row in
                "\(row.year): " + statistics.categories.compactMap { type in
                    (row.byCategory[type] ?? 0) > 0 ? NarrativeText.typeCount(row.byCategory[type]!, type, spelled: false) : nil
                }.joined(separator: ", ")
            }
            guard !years.isEmpty else { return "Stacked columns of outputs per year by type, \(period): no outputs in any year." }
            let empty = statistics.outputs.filter { $0.total == 0 }.map { "\($0.year)" }
            return "Stacked columns of outputs per year by type, \(period). " + years.joined(separator: "; ") + "."
                + (empty.isEmpty ? "" : " No outputs in \(NarrativeText.list(empty)).")
        case .cumulativeOutputs:
            let cumulative = Self.runs(statistics.outputs.map { ($0.year, N.integer($0.cumulative)) })
            return "Two panels sharing the year axis, \(period). Top: cumulative outputs, \(cumulative.isEmpty ? "none" : cumulative). "
                + "Bottom: \(names.memberNoun) at year end, \(members)."
        case .roadmapTimeline:
            let editions = statistics.editions.map { edition -> String in
                let title = outputs.first { $0.date == edition.date && $0.type.rawValue == edition.category }?.shortTitle
                let several = edition.count > 1 ? ", \(N.words(edition.count)) editions" : ""
                return "\(edition.category) \(N.date(edition.date))" + (title.map { " (\($0))" } ?? "") + several
            }
            return "Time axis of strategy and roadmap editions to the end of \(last.year): "
                + (editions.isEmpty ? "none." : editions.joined(separator: "; ") + ".")
        case .membershipForecast:
            return forecastAlt(members)
        case .reportedVsRoster:
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

    /// " Joins labelled: 2007 ASI, CNES …; 2015 UAESA." from the roster, or "" without it.
    func joinLabels() -> String {
        guard !roster.isEmpty else { return "" }
        let byYear = Dictionary(grouping: roster, by: \.joined.year)
        let labels = byYear.keys.sorted().map { year in
            "\(year) " + byYear[year]!.sorted { ($0.joined, $0.acronym) < ($1.joined, $1.acronym) }.map(\.acronym).joined(separator: ", ")
        }
        return " Joins labelled: " + labels.joined(separator: "; ") + "."
    }

    func timelineAlt(_ year: Int) -> String {
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

    func forecastAlt(_ members: String) -> String {
        guard let fit = statistics.trend, !statistics.forecast.isEmpty else {
            return "Observed \(names.memberNoun) at year end, \(members); too few years for a trend or forecast."
        }
        let points = statistics.forecast.map { point -> String in
            let band = point.lower.flatMap { low in point.upper.map { " (\(N.decimal(low, 1))\u{2013}\(N.decimal($0, 1)))" } } ?? ""
            return "\(point.year) \(N.decimal(point.value, 1))\(band)"
        }
        return "Observed \(names.memberNoun) at year end as a solid line, \(members); linear trend of "
            + "\(N.decimal(fit.slope, 2)) a year; dashed forecast with its \(Forecast.intervalLabel) in brackets: "
            + points.joined(separator: ", ") + "."
    }
}
