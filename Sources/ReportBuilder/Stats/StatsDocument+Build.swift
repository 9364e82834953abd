import PartialDates
import StatisticsCore

extension StatsDocument {
    /// The output types every `byType` object lists, in this order, even when none occurs.
    public static let outputTypes = ["strategy", "roadmap", "report", "white-paper", "assessment", "workshop",
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
            interceptStandardError: fit?.interceptStandardError, residualStandardError: fit?.residualStandardError)
        membership = Membership(
            years: statistics.membership, cagrPercent: statistics.cagrPercent, trend: trend,
            logLinearGrowthPercent: statistics.logLinearGrowthPercent, forecastMethod: "linear least squares",
            forecast: statistics.forecast, byRegion: statistics.byGroup)
        let intervals = statistics.editionIntervals ?? EditionIntervals(dateCounts: [], reportYear: statistics.reportYear ?? 1)
        outputs = Outputs(
            types: statistics.categories, years: statistics.outputs, roadmapIntervalDays: intervals,
            editions: statistics.editions, byLead: statistics.byLead, perMemberYear: statistics.outputsPerMemberYear)
        correlation = CorrelationSection(between: "year-end members and outputs per year", result: statistics.correlation)
        reconciliation = statistics.reconciliation
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
            + "errors (n - 2 degrees of freedom).",
        "logLinearGrowth": "Log-linear OLS: linear least squares of ln(year-end members) on the year; rate = e^slope - 1; "
            + "null if any year-end count is 0 or fewer than two years.",
        "forecast": "Linear least squares trend for the five years after the report year with its 95 % prediction "
            + "interval: value +/- t(0.975, n-2) * s * sqrt(1 + 1/n + (x - mean x)^2 / Sxx), Student's t.",
        "byRegion": "Members by region at the end of the report year, with shares of the total in percent.",
        "outputs": "Outputs per year by type over the range (years without outputs are 0); cumulative from the "
            + "first year of the range.",
        "roadmapInterval": "Days between consecutive roadmap editions, each date taken at its first day (dates known "
            + "only to the month or year are counted as imprecise); days since the last edition at the end of the report year.",
        "outputsPerLead": "Outputs in the range that name a lead, per lead.",
        "outputsPerMemberYear": "Total outputs in the range divided by the sum of year-end members over the range.",
        "correlation": "Pearson and Spearman (average ranks for ties) correlation of year-end members with outputs per "
            + "year over the range; not meaningful (null) when n < 3 or either series is constant.",
        "reconciliation": "Each total reported count against the roster on its date. Imprecise dates make the roster "
            + "a range: lowest = fewest members certainly in on any day the statement can mean, highest = most members "
            + "possibly in. Inside the range: consistent within date precision; equal to an exact count: match; otherwise "
            + "discrepancy (reported - nearest bound). Dated before the first join: before roster.",
    ]
}
