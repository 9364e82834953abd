import StatisticsCore

/// Statements: one sentence per chart for its report section, stating what it shows with numbers.
extension ChartTextContext {
    func statement(_ chart: ChartName) -> String {
        guard let first = statistics.firstRow, let last = statistics.reportRow else {
            return "No \(names.memberNoun) are recorded, so the chart is empty."
        }
        let noun = names.memberNoun
        switch chart {
        case .membershipGrowth:
            let rise = statistics.membership.dropFirst().max { ($0.net, $1.year) < ($1.net, $0.year) }
            let riseText = rise.flatMap { $0.net > 0 ? ", with the largest rise, \(N.signed($0.net)), in \($0.year)" : nil } ?? ""
            if first.year == last.year { return "At the end of \(last.year), the first year, there were \(names.members(last.members))." }
            if first.members == last.members {
                return "\(membersLabel) at the end of each year stood at \(N.integer(first.members)) in both \(first.year) and \(last.year)\(riseText)."
            }
            return "\(membersLabel) at the end of each year went from \(N.integer(first.members)) in \(first.year) "
                + "to \(N.integer(last.members)) in \(last.year)\(riseText)."
        case .joinsPerYear:
            let later = statistics.membership.dropFirst().filter { $0.joined > 0 }
            let joins = later.reduce(0) { $0 + $1.joined }
            let left = statistics.departures
            let leftText = left == 0 ? "none left" : "\(names.members(left, spelled: true)) left"
            let firstText = "\(names.members(first.joined)) joined in \(first.year)"
            guard first.year < last.year else { return firstText.capitalizedFirst + "; \(leftText)." }
            guard let top = later.max(by: { ($0.joined, $1.year) < ($1.joined, $0.year) }) else {
                return firstText.capitalizedFirst + " and none in the \(N.words(last.year - first.year)) years after; \(leftText)."
            }
            return firstText.capitalizedFirst + ", then \(N.integer(joins)) in \(N.words(later.count)) of the "
                + "\(N.words(last.year - first.year)) following years, most in \(top.year) (\(N.integer(top.joined))); \(leftText)."
        case .membersByRegion:
            guard !statistics.byGroup.isEmpty else { return "No \(noun) were in the group at the end of \(last.year)." }
            return "At the end of \(last.year), " + NarrativeText.list(statistics.byGroup.map {
                "\($0.group) had \(N.integer($0.members)) (\(N.percent($0.sharePercent)))"
            }) + " of the \(names.members(last.members))."
        case .memberTimeline:
            let later = statistics.membership.dropFirst().reduce(0) { $0 + $1.joined }
            let left = statistics.departures
            return "Each of the \(names.members(first.joined + later)) is drawn from its join date to the end of \(last.year) "
                + "or its departure: \(N.integer(first.joined)) from \(first.year)"
                + (later > 0 ? " and \(N.integer(later)) who joined later" : "")
                + (left == 0 ? "; none left." : "; \(N.integer(left)) left.")
        case .outputsByYear:
            let total = statistics.totalOutputs
            guard total > 0 else { return "No outputs are recorded for \(range ?? "the range")." }
            let types = statistics.outputsByCategory.map { NarrativeText.typeCount($0.count, $0.type, spelled: false) }
            let busiest = statistics.outputs.max { ($0.total, $1.year) < ($1.total, $0.year) }!
            return "\(N.integer(total)) \(total == 1 ? "output" : "outputs") over \(range ?? "\(last.year)"): "
                + NarrativeText.list(types) + "; the busiest year was \(busiest.year), with \(N.integer(busiest.total))."
        case .cumulativeOutputs:
            let total = statistics.totalOutputs
            let correlation = statistics.correlation
            let r = correlation.meaningful
                ? "; between year-end \(noun) and outputs per year, Pearson r = \(N.decimal(correlation.pearson, 2)) and "
                    + "Spearman \u{03C1} = \(N.decimal(correlation.spearman, 2)) (n = \(correlation.n))" : ""
            let members = first.members == last.members ? "\(noun) stayed at \(N.integer(last.members))"
                : "\(noun) went from \(N.integer(first.members)) to \(N.integer(last.members))"
            guard total > 0 else { return "No outputs are recorded for \(range ?? "\(last.year)"), while \(members)." }
            return "Outputs added up to \(N.integer(total)) by the end of \(last.year) while \(members)\(r)."
        case .roadmapTimeline:
            return roadmapStatement()
        case .membershipForecast:
            return forecastStatement()
        case .reportedVsRoster:
            return DataQuality.reconciliationSummary(statistics.reconciliation, largest: false)
        }
    }

    func roadmapStatement() -> String {
        let editions = statistics.editions
        guard let first = editions.first, let last = editions.last else {
            return "No strategy or roadmap editions are recorded up to the end of \(year.map(String.init) ?? "the report year")."
        }
        let counts = ["strategy", "roadmap"].compactMap { type -> String? in
            let count = editions.reduce(0) { $0 + ($1.category == type ? $1.count : 0) }
            return count == 0 ? nil : "\(N.words(count)) \(type) \(count == 1 ? "edition" : "editions")"
        }
        let interval = statistics.editionIntervals?.mean.map { ", roadmaps every \(N.decimal($0, 0)) days on average" } ?? ""
        let span = first.date == last.date ? "on \(N.date(first.date))" : "from \(N.date(first.date)) to \(N.date(last.date))"
        return "\(NarrativeText.list(counts).capitalizedFirst) appeared \(span)\(interval)."
    }

    func forecastStatement() -> String {
        guard let fit = statistics.trend, let point = statistics.forecast.last else {
            return "With a single year there is no trend to extend."
        }
        if abs(fit.slope) < 0.005 {
            return "The linear least squares trend is flat at \(N.decimal(point.value, 1)) \(names.memberNoun) through \(point.year)."
        }
        let r2 = fit.r2.map { " (r\u{00B2} = \(N.decimal($0, 2)))" } ?? ""
        let interval = point.lower.flatMap { low in point.upper.map { high in
            ", with a \(Forecast.intervalLabel) of \(N.decimal(low, 1)) to \(N.decimal(high, 1))"
        } } ?? " (too few years for a prediction interval)"
        return "The linear least squares trend changes by \(N.decimal(fit.slope, 2)) \(names.memberNoun) a year\(r2) "
            + "and reaches \(N.decimal(point.value, 1)) in \(point.year)\(interval)."
    }
}
