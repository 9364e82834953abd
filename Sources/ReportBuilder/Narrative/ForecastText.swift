import StatisticsCore

/// The words of the count forecast, shared by the forecast chart, the findings and the methodology: every
/// sentence states the assumption ("If agencies keep joining at the 2008–2024 rate, about 31 by 2029
/// (95 %: 27–44)"), and the linear trend is described only when it is adequate (``TrendAdequacy``).
struct ForecastText {
    var statistics: GroupStatistics
    var names: PublicationNames

    /// The forecast's last entry with the method that made it; nil when the model gives none.
    var last: (entry: ForecastEntry, method: CountForecastMethod)? {
        let forecast = statistics.countForecast
        guard let method = forecast.method, let entry = forecast.entries.last else { return nil }
        return (entry, method)
    }

    /// "2008–2024".
    static func window(_ method: CountForecastMethod) -> String {
        HouseStyle.years(method.window.lowerBound, method.window.upperBound)
    }

    /// "keep joining at the 2008–2024 rate" or "keep joining and leaving at the 2008–2024 rates".
    static func assumption(_ method: CountForecastMethod) -> String {
        method.departures == nil ? "keep joining at the \(window(method)) rate"
            : "keep joining and leaving at the \(window(method)) rates"
    }

    /// A count rounded to a whole number, never below zero.
    static func whole(_ value: Double) -> Int { max(0, Int(value.rounded())) }

    /// "about 31 by 2029 (95 %: 27–44)"; the interval shown as one number when it has no width.
    static func outlook(_ entry: ForecastEntry) -> String {
        let low = whole(entry.lower), high = whole(entry.upper)
        let interval = low == high ? "95 %: \(HouseStyle.integer(low))" : "95 %: \(HouseStyle.integer(low))\u{2013}\(HouseStyle.integer(high))"
        return "about \(HouseStyle.integer(whole(entry.value))) by \(entry.year) (\(interval))"
    }

    /// The chart's title candidates, longest first: "About 31 agencies by 2029 at the 2008–2024 joining rate".
    var titles: [String] {
        guard let (entry, method) = last else {
            return ["No forecast: " + (reason.map(Self.shortReason) ?? "too few years")]
        }
        guard Self.whole(entry.value) > 0 else {
            return ["Fewer than one \(names.memberSingular) expected by \(entry.year) at past rates"]
        }
        let count = names.members(Self.whole(entry.value))
        let rate = method.departures == nil ? "joining rate" : "joining and leaving rates"
        return ["About \(count) by \(entry.year) at the \(Self.window(method)) \(rate)",
                "About \(count) by \(entry.year) at past rates"]
    }

    /// The forecast's sentence: "If agencies keep joining at the 2008–2024 rate, about 31 by 2029 (95 %: 27–44)."
    var sentence: String {
        guard let (entry, method) = last else { return reason?.explanation ?? "No forecast is made." }
        let floor = method.departures == nil
            ? " Nobody has left, so the forecast never falls below today's \(HouseStyle.integer(method.startMembers))." : ""
        return "If \(names.memberNoun) \(Self.assumption(method)), \(Self.outlook(entry)).\(floor)"
    }

    /// The linear trend in one sentence when it is adequate; nil otherwise (a step series or a break is not
    /// described as a line).
    var trendSentence: String? {
        guard statistics.trendIsAdequate, let fit = statistics.trend, let r2 = fit.r2, let dw = fit.durbinWatson else { return nil }
        let change = abs(fit.slope) >= 100 ? "about \(HouseStyle.approximate(abs(fit.slope)))" : HouseStyle.decimal(abs(fit.slope), 1)
        let direction = fit.slope >= 0 ? "adds" : "loses"
        return "A linear trend describes the years on record well (r\u{00B2} = \(HouseStyle.decimal(r2, 2)), "
            + "Durbin\u{2013}Watson \(HouseStyle.decimal(dw, 2))): it \(direction) \(change) \(names.memberNoun) a year."
    }

    /// Why there is no forecast; nil when there is one.
    var reason: ForecastUnavailable? {
        if case .unavailable(let reason) = statistics.countForecast { return reason }
        return nil
    }

    /// "too few years" or "a single batch", for a title.
    static func shortReason(_ reason: ForecastUnavailable) -> String {
        switch reason {
        case .noMembers: "no members"
        case .tooFewYears: "too few years"
        case .singleBatch: "one batch, no change since"
        }
    }
}
