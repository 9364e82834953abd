import PartialDates
import StatisticsCore

/// The models the report publishes, derived from the statistics once, the same way for stats.json, the
/// charts and the sentences: the count forecast (the headline), the linear trend's extrapolation and its
/// adequacy, the spacing of editions with supplements beside them, the correlation of changes and the
/// reconciliation's counts.
extension GroupStatistics {
    /// The output type whose outputs supplement an edition (listed beside the editions, never counted as one).
    public static let supplementCategory = "supplement"
    /// The output types whose dates the report keeps: strategy and roadmap editions, and supplements.
    public static let editionCategories: Set<String> = ["strategy", "roadmap", supplementCategory]

    /// The count model's forecast of year-end members for the years after the report year.
    var countForecast: CountForecast {
        CountForecast.make(membership: membership, horizon: Self.forecastYears)
    }

    /// The linear trend extended over the forecast years, with its 95 % prediction interval (a description of
    /// where the straight line goes, not a forecast); empty with fewer than three years.
    var trendExtrapolation: [ForecastEntry] {
        guard let trend, let year = reportYear else { return [] }
        return TrendExtrapolation.entries(trend, years: Array((year + 1)...(year + Self.forecastYears)))
    }

    /// Whether the straight line describes the series: r² ≥ ``TrendAdequacy/minimumR2`` and the
    /// Durbin–Watson statistic within ``TrendAdequacy/durbinWatson`` (residuals without long streaks).
    var trendIsAdequate: Bool { TrendAdequacy.isAdequate(trend) }

    /// Supplements on or before the end of the report year, by date (from `editions` when the tally kept them).
    var supplements: [DateCount] {
        editions.filter { $0.category == Self.supplementCategory }.map { DateCount(date: $0.date, count: $0.count) }
    }

    /// Strategy and roadmap editions, without supplements.
    var editionsWithoutSupplements: [OutputTally.EditionCount] {
        editions.filter { $0.category != Self.supplementCategory }
    }

    /// Days between roadmap editions (middles of imprecise periods, with each interval's range), supplements
    /// listed beside; nil without a report year.
    var editionSpacing: EditionSpacing? {
        guard let year = reportYear else { return nil }
        return EditionSpacing(editions: editionIntervals?.dateCounts ?? [], supplements: supplements, reportYear: year)
    }

    /// Year-end members and outputs per year, correlated in their levels and in their year-over-year changes.
    var changeCorrelation: ChangeCorrelation {
        ChangeCorrelation(membership.map { Double($0.members) }, outputs.map { Double($0.total) })
    }

    /// The reconciliation's rows counted by status.
    var reconciliationCounts: StatisticsCore.ReconciliationSummary { StatisticsCore.ReconciliationSummary(reconciliation) }

    /// Years after the first with at least one join, and the years after the first.
    var joinYears: (withJoins: Int, of: Int) {
        let after = membership.dropFirst()
        return (after.count { $0.joined > 0 }, after.count)
    }
}

/// The rule for calling a straight line a "linear trend" in a sentence: it must explain most of the variation
/// (r² ≥ 0.8) and leave residuals that do not run in streaks (Durbin–Watson within 1.5–2.5). A step series, a
/// structural break or a curve fails the second test; then the fit is reported in stats.json only.
enum TrendAdequacy {
    /// The least r² of an adequate fit.
    static let minimumR2 = 0.8
    /// The Durbin–Watson range of an adequate fit (2 means no autocorrelation of the residuals).
    static let durbinWatson = 1.5...2.5

    /// Whether `fit` is adequate; false without a fit, an r² or a Durbin–Watson statistic.
    static func isAdequate(_ fit: LinearFit?) -> Bool {
        guard let fit, let r2 = fit.r2, let dw = fit.durbinWatson, fit.n >= 3 else { return false }
        return r2 >= minimumR2 && durbinWatson.contains(dw)
    }

    /// The rule in words, for the methodology.
    static var rule: String {
        "r\u{00B2} of at least \(HouseStyle.decimal(minimumR2, 1)) and a Durbin\u{2013}Watson statistic between "
            + "\(HouseStyle.decimal(durbinWatson.lowerBound, 1)) and \(HouseStyle.decimal(durbinWatson.upperBound, 1))"
    }
}
