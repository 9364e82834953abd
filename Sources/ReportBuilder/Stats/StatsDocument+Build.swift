import PartialDates
import StatisticsCore

extension StatsDocument {
    /// The output types every `byType` object lists, in this order, even when none occurs.
    public static let outputTypes = ["strategy", "roadmap", "supplement", "report", "white-paper", "assessment", "workshop",
                                     "meeting", "statement"]

    /// The document for `statistics`, computed from the files `inputs`.
    public init(statistics: GroupStatistics, inputs: [InputFileSummary]) {
        reportYear = statistics.reportYear
        firstYear = statistics.firstYear
        let fit = statistics.trend
        let trend = Trend(
            method: "linear least squares", n: fit?.n ?? statistics.membership.count, slope: fit?.slope,
            intercept: fit?.intercept, valueAtFirstYear: statistics.firstYear.flatMap { year in fit?.value(at: Double(year)) },
            r2: fit?.r2, slopeStandardError: fit?.slopeStandardError,
            interceptStandardError: fit?.interceptStandardError, residualStandardError: fit?.residualStandardError,
            durbinWatson: fit?.durbinWatson, adequate: statistics.trendIsAdequate,
            extrapolation: statistics.trendExtrapolation)
        membership = Membership(
            years: statistics.membership, cagrPercent: statistics.cagrPercent, trend: trend,
            logLinearGrowthPercent: statistics.logLinearGrowthPercent, countForecast: statistics.countForecast,
            byRegion: statistics.byGroup)
        let spacing = statistics.editionSpacing ?? EditionSpacing(editions: [], reportYear: statistics.reportYear ?? 1)
        outputs = Outputs(
            types: statistics.categories, years: statistics.outputs, roadmapIntervalDays: spacing,
            editions: statistics.editionsWithoutSupplements, byLead: statistics.byLead,
            perMemberYear: statistics.outputsPerMemberYear)
        correlation = CorrelationSection(between: "year-end members and outputs per year", both: statistics.changeCorrelation)
        reconciliation = statistics.reconciliation
        reconciliationSummary = statistics.reconciliationCounts
        self.inputs = inputs
        definitions = Self.definitionTexts
    }

    /// Short text of each definition and named method, as written in `definitions` (``StatsConcepts``).
    public static var definitionTexts: [String: String] {
        Dictionary(uniqueKeysWithValues: StatsConcepts.all.map { ($0.key, $0.definition) })
    }

    /// The model named in `membership.forecastMethod.model`.
    static let forecastModel = "count model of yearly joins and departures"

    /// The name of the count forecast's interval, for labels.
    static let predictiveIntervalLabel = "95 % predictive interval"
}
