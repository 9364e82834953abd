import PartialDates

/// Every statistic of a group's membership and outputs for one report year: the result of the analysis,
/// as plain values for the report to describe and render.
public struct GroupStatistics: Sendable {
    /// The report year (given, or the latest year of any join, output or reported-count date).
    public var reportYear: Int?
    /// The first join year: the start of the range; nil without members.
    public var firstYear: Int?
    /// Year-end members, joins, departures, net change and growth per year of the range.
    public var membership: [MembershipYear]
    /// CAGR in percent over the range; nil when the base is 0 or the range is a single year.
    public var cagrPercent: Double?
    /// Linear least squares of year-end members on the calendar year; nil with fewer than two years.
    public var trend: LinearFit?
    /// Growth per year in percent by log-linear OLS; nil when a year-end count is 0 or there are fewer than two years.
    public var logLinearGrowthPercent: Double?
    /// The trend for the five years after the report year, with 95 % prediction intervals.
    public var forecast: [ForecastPoint]
    /// Members by group (region) at the end of the report year.
    public var byGroup: [GroupShare]
    /// Outputs per year by category over the range.
    public var outputs: [OutputYear]
    /// The categories reported in `outputs` (the known ones and any seen), in order.
    public var categories: [String]
    /// Days between consecutive editions of the interval categories (roadmaps).
    public var editionIntervals: EditionIntervals?
    /// Editions of the edition categories (strategy and roadmap) on or before the end of the report year:
    /// one per distinct (date, category), by date then category, with how many outputs share it.
    public var editions: [OutputTally.EditionCount]
    /// Outputs per lead over the range.
    public var byLead: [LeadCount]
    /// Total outputs over the sum of year-end members in the range.
    public var outputsPerMemberYear: Double?
    /// Year-end members against outputs per year over the range.
    public var correlation: CorrelationResult
    /// Each reported total against the roster.
    public var reconciliation: [ReconciliationRow]

    /// Number of years forecast after the report year.
    public static let forecastYears = 5

    /// Analyses `members`, the outputs in `tally` and the reported totals in `statements`.
    ///
    /// - Parameters:
    ///   - reportYear: the `--year` option; nil for the default (see ``ReportYear/resolve(explicit:members:latestOutputYear:statements:)``).
    ///   - categories: the output categories to report even when none occurs (for example every output type), in order.
    public init(members: [MemberSpan], tally: OutputTally = OutputTally(), statements: [CountStatement] = [],
                reportYear: Int? = nil, categories: [String] = []) {
        let resolvedYear = ReportYear.resolve(explicit: reportYear, members: members, latestOutputYear: tally.lastYear,
                                      statements: statements)
        self.reportYear = resolvedYear
        self.firstYear = members.map(\.joined.year).min()
        let categoryList = categories + tally.categories.filter { !categories.contains($0) }
        self.categories = categoryList
        self.reconciliation = Reconciliation.reconcile(statements, members: members, reportYear: resolvedYear)
        guard let range = ReportYear.range(members: members, reportYear: resolvedYear), let year = resolvedYear else {
            membership = []; forecast = []; byGroup = []; outputs = []; byLead = []; editions = []
            correlation = CorrelationResult(pearson: nil, spearman: nil, n: 0, meaningful: false)
            editionIntervals = resolvedYear.map { EditionIntervals(dateCounts: tally.intervalDateCounts, reportYear: $0) }
            return
        }
        membership = YearEndMembership.years(range, members: members)
        let years = membership.map(\.year), counts = membership.map { Double($0.members) }
        cagrPercent = GrowthRate.cagrPercent(first: counts.first!, last: counts.last!, firstYear: range.lowerBound,
                                             lastYear: range.upperBound)
        trend = LinearFit(x: years.map(Double.init), y: counts)
        logLinearGrowthPercent = GrowthRate.logLinearPercent(years: years, values: counts)
        forecast = trend.map { Forecast.linear($0, years: Array((year + 1)...(year + Self.forecastYears))) } ?? []
        byGroup = GroupShares.atEnd(of: year, members: members)
        outputs = OutputsByYear.years(range, tally: tally, categories: categoryList)
        editionIntervals = EditionIntervals(dateCounts: tally.intervalDateCounts, reportYear: year)
        let end = DayNumber.endOfYear(year)
        editions = tally.timeline.filter { $0.date.firstDay <= end }
        byLead = LeadCounts.perLead(range, tally: tally)
        outputsPerMemberYear = LeadCounts.perMemberYear(outputs: outputs, membership: membership)
        correlation = Correlation.between(counts, outputs.map { Double($0.total) })
    }
}
