import StatisticsCore

/// Titles: the chart's finding, from the data. Each chart gives candidates from the most to the least
/// specific; the first that fits ``ChartText/maximumTitleWords`` is used.
extension ChartTextContext {
    func titleCandidates(_ chart: ChartName) -> [String] {
        let noun = names.memberNoun
        guard let first = statistics.firstRow, let last = statistics.reportRow else {
            return ["No \(noun) recorded"]
        }
        let single = first.year == last.year
        switch chart {
        case .membershipGrowth: return single ? ["\(N.integer(last.members)) \(noun) at the end of \(last.year)"] : growthTitles(first, last)
        case .joinsPerYear: return single ? ["\(names.allMembers(last.members)) joined in \(last.year)"] : joinTitles(first)
        case .membersByRegion: return regionTitles(last)
        case .memberTimeline: return single ? ["\(names.allMembers(last.members)) joined in \(last.year)"] : timelineTitles(first, last)
        case .outputsByYear: return outputTitles(first, last)
        case .cumulativeOutputs: return cumulativeTitles(first, last)
        case .roadmapTimeline: return roadmapTitles()
        case .membershipForecast: return forecastTitles()
        case .reportedVsRoster: return reconciliationTitles()
        }
    }

    /// "Membership nearly doubled since 2007, mostly after 2018".
    func growthTitles(_ first: MembershipYear, _ last: MembershipYear) -> [String] {
        if last.members == first.members { return ["Membership unchanged at \(N.integer(last.members)) since \(first.year)"] }
        if last.members < first.members || first.members == 0 {
            let verb = last.members < first.members ? "fell" : "grew"
            return ["Membership \(verb) from \(N.integer(first.members)) to \(N.integer(last.members)) since \(first.year)"]
        }
        let ratio = Double(last.members) / Double(first.members)
        let change: String = switch ratio {
        case ..<1.9: "grew by \(N.percent((ratio - 1) * 100, 0))"
        case ..<2: "nearly doubled"
        case ..<2.1: "doubled"
        case ..<2.9: "more than doubled"
        case ..<3: "nearly tripled"
        case ..<3.1: "tripled"
        default: "grew \(Int(ratio))-fold"
        }
        let base = "Membership \(change) since \(first.year)"
        let waves = JoinWave.waves(statistics.membership)
        let joins = waves.reduce(0) { $0 + $1.joins }
        if let top = JoinWave.largest(waves), joins > 0, Double(top.joins) >= 0.75 * Double(joins), top.first - 1 > first.year {
            return ["\(base), mostly after \(top.first - 1)", base]
        }
        return [base]
    }

    /// "After 2007, joins cluster in 2019–2021".
    func joinTitles(_ first: MembershipYear) -> [String] {
        let waves = JoinWave.waves(statistics.membership)
        let left = statistics.departures
        let departures = left > 0 ? "; \(N.words(left)) left" : ""
        guard let top = JoinWave.largest(waves) else {
            return ["No new \(names.memberNoun) since \(first.year)\(departures)", "No new \(names.memberNoun) since \(first.year)"]
        }
        let joins = waves.reduce(0) { $0 + $1.joins }
        if waves.count == 1 || Double(top.joins) >= 0.5 * Double(joins) {
            let verb = top.first == top.last ? "peak in" : "cluster in"
            return ["After \(first.year), joins \(verb) \(top.years)\(departures)", "After \(first.year), joins \(verb) \(top.years)"]
        }
        let years = statistics.membership.dropFirst().count { $0.joined > 0 }
        return ["Joins spread over \(N.words(years)) years since \(first.year)\(departures)",
                "Joins spread over \(N.words(years)) years since \(first.year)"]
    }

    /// "Europe holds the most seats: 12 of 27".
    func regionTitles(_ last: MembershipYear) -> [String] {
        guard let top = statistics.byGroup.first else { return ["No \(names.memberNoun) at the end of \(last.year)"] }
        if statistics.byGroup.count == 1 { return ["\(names.allMembers(last.members)) \(last.members == 1 ? "is" : "are") in \(top.group)"] }
        let tied = statistics.byGroup.filter { $0.members == top.members }.map(\.group)
        if tied.count == 2 { return ["\(tied[0]) and \(tied[1]) tie for most seats, \(N.integer(top.members)) each",
                                     "\(N.capitalizedWords(2)) regions tie for most seats"] }
        if tied.count > 2 { return ["\(N.capitalizedWords(tied.count)) regions tie for most seats, \(N.integer(top.members)) each"] }
        return ["\(top.group) holds the most seats: \(N.integer(top.members)) of \(N.integer(last.members))",
                "\(top.group) holds the most seats"]
    }

    /// "13 of 27 agencies joined after 2007; none left".
    func timelineTitles(_ first: MembershipYear, _ last: MembershipYear) -> [String] {
        let later = statistics.membership.dropFirst().reduce(0) { $0 + $1.joined }
        let left = statistics.departures
        let departures = left == 0 ? "none left" : "\(N.words(left)) left"
        if later == 0 { return ["No \(names.memberNoun) joined after \(first.year); \(departures)"] }
        let joined = first.members + later
        return ["\(N.integer(later)) of \(names.members(joined)) joined after \(first.year); \(departures)",
                "\(N.integer(later)) of \(N.integer(joined)) joined after \(first.year)"]
    }

    /// "Meetings are the most common of 46 outputs".
    func outputTitles(_ first: MembershipYear, _ last: MembershipYear) -> [String] {
        let byType = statistics.outputsByCategory, total = statistics.totalOutputs
        let period = first.year == last.year ? "in \(last.year)" : "since \(first.year)"
        guard let top = byType.first else { return ["No outputs recorded \(period)"] }
        let plural = { (type: String) in NarrativeText.plural(NarrativeText.typeNoun(type)).capitalizedFirst }
        if byType.count == 1 { return ["All \(N.integer(total)) outputs \(period) are \(NarrativeText.plural(NarrativeText.typeNoun(top.type)))"] }
        let tied = byType.filter { $0.count == top.count }.map(\.type)
        if tied.count == 2 {
            let second = NarrativeText.plural(NarrativeText.typeNoun(tied[1]))
            return ["\(plural(tied[0])) and \(second) lead the \(N.integer(total)) outputs \(period)",
                    "\(plural(tied[0])) and \(second) lead the outputs"]
        }
        if tied.count > 2 { return ["No single type leads the \(N.integer(total)) outputs \(period)"] }
        return ["\(plural(top.type)) are the most common of \(N.integer(total)) outputs",
                "\(plural(top.type)) are the most common output"]
    }

    /// "46 outputs since 2007, about 2.6 a year".
    func cumulativeTitles(_ first: MembershipYear, _ last: MembershipYear) -> [String] {
        let total = statistics.totalOutputs
        if total == 0 { return ["No outputs recorded \(first.year == last.year ? "in \(last.year)" : "since \(first.year)")"] }
        let noun = total == 1 ? "output" : "outputs"
        if first.year == last.year { return ["\(N.integer(total)) \(noun) in \(last.year)"] }
        let rate = Double(total) / Double(statistics.membership.count)
        return ["\(N.integer(total)) \(noun) since \(first.year), about \(N.decimal(rate, 1)) a year"]
    }

    /// "Six roadmap editions since 2011, latest in 2024".
    func roadmapTitles() -> [String] {
        let roadmaps = statistics.editions.filter { $0.category == "roadmap" }
        let strategies = statistics.editions.filter { $0.category == "strategy" }
        let roadmapCount = roadmaps.reduce(0) { $0 + $1.count }, strategyCount = strategies.reduce(0) { $0 + $1.count }
        if let first = roadmaps.first, let last = roadmaps.last {
            if roadmapCount == 1 { return ["One roadmap edition, in \(first.date.year)"] }
            let count = N.capitalizedWords(roadmapCount)
            return first.date.year == last.date.year
                ? ["\(count) roadmap editions, all in \(last.date.year)"]
                : ["\(count) roadmap editions since \(first.date.year), latest in \(last.date.year)"]
        }
        if let first = strategies.first {
            return strategyCount == 1 ? ["One strategy edition, in \(first.date.year); no roadmap"]
                : ["\(N.capitalizedWords(strategyCount)) strategy editions since \(first.date.year); no roadmap"]
        }
        return ["No strategy or roadmap editions recorded"]
    }

    /// "Trend points to about 30 agencies by 2029".
    func forecastTitles() -> [String] {
        guard let point = statistics.forecast.last, let slope = statistics.trend?.slope else { return ["Too few years for a trend"] }
        let value = max(0, Int(point.value.rounded()))
        if abs(slope) < 0.05 { return ["Trend flat at about \(names.members(value)) through \(point.year)"] }
        return ["Trend points to about \(names.members(value)) by \(point.year)"]
    }

    /// "21 of 22 reported totals agree with the roster".
    func reconciliationTitles() -> [String] {
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
}
