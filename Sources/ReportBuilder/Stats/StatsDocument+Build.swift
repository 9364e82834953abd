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

    /// Short text of each definition and named method, as written in `definitions`.
    public static let definitionTexts: [String: String] = [
        "yearEndMembers": "Members at the end of year Y: joined <= Y-12-31 and (left empty or left >= Y-12-31); "
            + "a partial date compares at its first day.",
        "yearRange": "From the first join year to the report year (given, or the latest year of any joined, output "
            + "or reported-count date; left dates do not extend it).",
        "growth": "Joins and departures per year by the year of their date; net change and year-over-year % of "
            + "year-end members (null where the previous year-end is 0).",
        "cagr": "Compound annual growth rate: (last/first)^(1/n) - 1 with n = last year - first year; null when the "
            + "base is 0 or the range is a single year.",
        "trend": "Linear least squares of year-end members on the calendar year: slope, intercept, r2, standard "
            + "errors (n - 2 degrees of freedom), Durbin-Watson statistic of the residuals; adequate (called a linear "
            + "trend in the text) when r2 >= 0.8 and Durbin-Watson is within 1.5-2.5.",
        "trendExtrapolation": "The linear trend extended over the five years after the report year with its 95 % "
            + "prediction interval: value +/- t(0.975, n-2) * s * sqrt(1 + 1/n + (x - mean x)^2 / Sxx), Student's t; "
            + "a description of the line, not a forecast.",
        "logLinearGrowth": "Log-linear OLS: linear least squares of ln(year-end members) on the year; rate = e^slope - 1; "
            + "null if any year-end count is 0 or fewer than two years.",
        "forecast": "Count model: joins (and departures, if any member ever left) per year over the years after the "
            + "first to the report year, fitted as Poisson, or negative binomial when overdispersed; year-end members "
            + "h years ahead = max(0, last + joins - departures over h years); value = predictive mean, lower/upper = "
            + "its 2.5 % and 97.5 % quantiles (closed form); needs five years after the first and a join or departure.",
        "byRegion": "Members by region at the end of the report year, with shares of the total in percent.",
        "outputs": "Outputs per year by type over the range (years without outputs are 0); cumulative from the "
            + "first year of the range.",
        "roadmapInterval": "Days between consecutive roadmap editions (supplements are listed beside, never counted), "
            + "each date taken at the middle of its period, with each interval's shortest and longest possible length; "
            + "days since the last edition to the end of the report year from its middle, with its range.",
        "outputsPerLead": "Outputs in the range that name a lead, per lead.",
        "outputsPerMemberYear": "Total outputs in the range divided by the sum of year-end members over the range.",
        "correlation": "Pearson and Spearman (average ranks for ties) correlation of year-end members with outputs per "
            + "year over the range (levels), and of their year-over-year changes (n = years - 1, with the two-sided "
            + "p-value of Pearson's r); not meaningful (null) when n < 3 or either series is constant. A relation is "
            + "claimed (verdict positive or negative) only when levels and changes agree in sign, both |r| >= 0.3 and "
            + "the changes' p < 0.05; levels alone: trend only.",
        "reconciliation": "Each total reported count against the roster on its date. Imprecise dates make the roster "
            + "a range: lowest = fewest members certainly in on any day the statement can mean, highest = most members "
            + "possibly in. Inside the range: consistent within date precision; equal to an exact count: match; otherwise "
            + "discrepancy (reported - nearest bound). Dated before the first join: before roster. Counted by status "
            + "in reconciliationSummary.",
    ]

    /// The model named in `membership.forecastMethod.model`.
    static let forecastModel = "count model of yearly joins and departures"

    /// The name of the count forecast's interval, for labels.
    static let predictiveIntervalLabel = "95 % predictive interval"
}
