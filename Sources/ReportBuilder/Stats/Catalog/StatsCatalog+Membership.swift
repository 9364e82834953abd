import StatisticsCore

extension StatsCatalog {
    typealias Group = StatisticGroup
    typealias Field = StatisticField

    /// `membership`: years, growth, trend and its extrapolation, the count forecast, regions.
    static var membership: [any StatisticSection] {
        [
            Group<MembershipYear>(
                path: "membership.years[]", shape: .array, meaning: "One object per year of the range.",
                rows: { $0.membership.years }, csvDate: { "\($1.year)" },
                fields: [
                    .int("year", label: "Year", csv: .none, "Calendar year.") { $0.year },
                    .int("members", label: "Members", "Members at the end of the year: `joined ≤ Y-12-31` and (`left` "
                        + "empty or `left ≥ Y-12-31`), partial dates at their first day.") { $0.members },
                    .int("joined", label: "Joined", "Members whose `joined` date is in the year.") { $0.joined },
                    .int("left", label: "Left", "Members whose `left` date is in the year.") { $0.left },
                    .int("net", label: "Net", "Year-end members minus the previous year-end's (the year before the first "
                        + "is computed by the same definition, so 0).") { $0.net },
                    .optionalNumber("growthPercent", label: "Growth %", format: .decimal(2), "Year-over-year change of "
                        + "year-end members in %; null where the previous year-end is 0.") { $0.growthPercent },
                ],
                table: .init(title: { _ in "Membership by year" }, note: { _ in "Members at the end of each year (31 December)." })),
            Group<StatsDocument.Membership>.object("membership", { $0.membership }, [
                .optionalNumber("cagrPercent", label: "CAGR", format: .percent, "CAGR %: `(last/first)^(1/n) − 1`, "
                    + "`n = reportYear − firstYear`; null when the base is 0 or the range is one year.") { $0.cagrPercent },
                .optionalNumber("logLinearGrowthPercent", label: "Growth per year (log-linear OLS)", format: .percent,
                                "\"log-linear OLS\": `e^slope − 1` of the least squares fit of `ln(members)` on the year, "
                                    + "in %; null if any year-end count is 0 or `n < 2`.") { $0.logLinearGrowthPercent },
            ]),
            Group<StatsDocument.Trend>.object("membership.trend", { $0.membership.trend }, trendFields),
            Group<ForecastEntry>(
                path: "membership.trend.extrapolation[]", shape: .array,
                meaning: "The line extended over the five years after the report year (empty when n < 3), a description "
                    + "of where the straight line goes, not a forecast (it may fall below the last count)",
                documentsFields: false, rows: { $0.membership.trend.extrapolation },
                csvKey: { _, _, _ in Forecast.intervalLabel }, csvDate: { "\($1.year)" },
                fields: entryFields(value: "the line's value", interval: Forecast.intervalLabel,
                                    bounds: "95 % **prediction interval**: `value ± t(0.975, n−2) · s · sqrt(1 + 1/n + "
                                        + "(x − x̄)²/Sxx)`, Student's t"),
                table: .init(title: { _ in "Linear trend extrapolation (\(Forecast.intervalLabel))" }, note: {
                    $0.membership.trend.extrapolation.isEmpty ? "No extrapolation: fewer than three years."
                        : "A description of the line, not a forecast."
                })),
            Group<CountForecast>.object("membership.forecastMethod", { $0.membership.countForecast }, forecastMethodFields),
            Group<CountRateFit>(
                path: "membership.forecastMethod.joins", shape: .objectOrNull,
                meaning: "The fit of yearly joins (null without a forecast)", documentsFields: false,
                rows: { $0.membership.countForecast.method.map { [$0.joins] } ?? [] }, fields: fitFields),
            Group<CountRateFit>(
                path: "membership.forecastMethod.departures", shape: .objectOrNull,
                meaning: "The fit of yearly departures (null when no member ever left)", documentsFields: false,
                rows: { $0.membership.countForecast.method?.departures.map { [$0] } ?? [] }, fields: fitFields),
            Group<ForecastEntry>(
                path: "membership.forecast[]", shape: .array,
                meaning: "The count forecast for the five years after the report year; empty when "
                    + "`forecastMethod.unavailable` is set.",
                rows: { $0.membership.forecast }, csvKey: { _, _, _ in StatsDocument.predictiveIntervalLabel },
                csvDate: { "\($1.year)" },
                fields: [
                    .int("year", label: "Year", csv: .none, "Forecast year.") { $0.year },
                    .number("value", label: "Value", format: .decimal(2), "Predictive mean of year-end members "
                        + "`max(0, last + J − D)`, `J`, `D` the joins and departures over the years ahead.") { $0.value },
                    .number("lower", label: "Lower", format: .decimal(2), "95 % **predictive interval**, lower end: the "
                        + "2.5 % quantile of that count's distribution (closed form), the parameters taken at their "
                        + "estimates; never below `forecastMethod.floor`, never below zero.") { $0.lower },
                    .number("upper", label: "Upper", format: .decimal(2), "The upper end: the 97.5 % quantile.") { $0.upper },
                    .text("interval", csv: .none, "`\"\(StatsDocument.predictiveIntervalLabel)\"`.") { _ in
                        StatsDocument.predictiveIntervalLabel
                    },
                ],
                table: .init(title: { _ in "Forecast (count model, \(StatsDocument.predictiveIntervalLabel))" }, note: {
                    let forecast = $0.membership.countForecast
                    if case .unavailable(let reason) = forecast { return forecast.method?.summary ?? reason.explanation }
                    return forecast.method?.summary
                })),
            Group<GroupShare>(
                path: "membership.byRegion[]", shape: .array,
                meaning: "Members by region at the end of the report year, by count (descending) then name; regions "
                    + "without members are left out.",
                rows: { $0.membership.byRegion }, csvKey: { _, _, share in share.group },
                csvDate: { document, _ in document.reportYear.map { "\($0)" } ?? "" },
                fields: [
                    .text("region", label: "Region", csv: .none, "Region.") { $0.group },
                    .int("members", label: "Members", "Its members.") { $0.members },
                    .number("sharePercent", label: "Share %", format: .decimal(1), "Its share of all members in % (the "
                        + "shares add to 100 up to rounding of the last bit).") { $0.sharePercent },
                ],
                table: .init(title: { "Members by region at the end of \(StatsNumberFormat.integer($0.reportYear))" })),
        ]
    }

    private static var trendFields: [Field<StatsDocument.Trend>] {
        func standardError(_ of: String) -> String {
            "Standard error of the \(of), with `n − 2` degrees of freedom; null when `n < 3`."
        }
        return [
            .text("method", "`\"linear least squares\"`.") { $0.method },
            .int("n", "Years fitted.") { $0.n },
            .optionalNumber("slope", label: "Trend slope (members per year, linear least squares)",
                            "Members per year. Null with fewer than two years.") { $0.slope },
            .optionalNumber("intercept", label: "Trend intercept (calendar year 0)",
                            "Value of the fit at calendar year 0 (the fit is on calendar years).") { $0.intercept },
            .optionalNumber("valueAtFirstYear", label: "Trend value at the first year",
                            "Value of the fit at `firstYear`.") { $0.valueAtFirstYear },
            .optionalNumber("r2", label: "Trend r2",
                            "Coefficient of determination; null when year-end members are constant.") { $0.r2 },
            .optionalNumber("slopeStandardError", label: "Trend slope standard error", standardError("slope")) {
                $0.slopeStandardError
            },
            .optionalNumber("interceptStandardError", label: "Trend intercept standard error",
                            standardError("intercept")) { $0.interceptStandardError },
            .optionalNumber("residualStandardError", label: "Residual standard error", standardError("residuals")) {
                $0.residualStandardError
            },
            .optionalNumber("durbinWatson", label: "Trend Durbin-Watson", "Durbin–Watson statistic of the residuals in "
                + "year order, `Σ(eₜ − eₜ₋₁)² / Σeₜ²`: near 2 without autocorrelation, near 0 for a step series or a "
                + "structural break; null for an exact fit or without a fit.") { $0.durbinWatson },
            .bool("adequate", label: "Trend adequate", "Whether the line describes the series: `r2 ≥ 0.8` and "
                + "`durbinWatson` within 1.5–2.5 (and n ≥ 3). Only an adequate fit is called a \"linear trend\" in the "
                + "report's sentences.") { $0.adequate },
        ]
    }

    private static var forecastMethodFields: [Field<CountForecast>] {
        [
            .text("model", "`\"\(StatsDocument.forecastModel)\"`.") { _ in StatsDocument.forecastModel },
            .optionalText("summary", "The fitted model in one line (`\"Joins 2008–2024: negative binomial, 0.76 a year "
                + "(α = 4.03); no departures\"`); null when there is no forecast.") { $0.method?.summary },
            .optionalText("unavailable", csv: .rowWhenAvailable, "Why there is no forecast (fewer than five years after "
                + "the first, no members, or a single batch with no join or departure since); null when there is one.") {
                if case .unavailable(let reason) = $0 { reason.explanation } else { nil }
            },
            .optionalInt("windowFirstYear", "The first year whose joins and departures were fitted: the year after the "
                + "first (the founding batch is not a join rate).") { $0.method?.window.lowerBound },
            .optionalInt("windowLastYear", "The last year fitted: the report year.") { $0.method?.window.upperBound },
            .optionalInt("startYear", csv: .none, "The last observed year: where the forecast starts.") { $0.method?.startYear },
            .optionalInt("startMembers", csv: .none, "Year-end members of `startYear`.") { $0.method?.startMembers },
            .optionalInt("floor", "The lowest count the forecast can reach: `startMembers` when no member ever left, "
                + "else 0.") { $0.method?.floor },
            .optionalNumber("level", csv: .none, "The interval's probability (0.95).") { $0.method?.level },
        ]
    }

    private static var fitFields: [Field<CountRateFit>] {
        [
            .text("model", "`\"Poisson\"` or `\"negative binomial\"`, chosen when the counts are overdispersed") {
                $0.model.rawValue
            },
            .int("years", csv: .none, "years fitted") { $0.years },
            .int("total", csv: .none, "their total") { $0.total },
            .number("meanPerYear", "the rate") { $0.meanPerYear },
            .optionalNumber("variance", csv: .none, "sample variance") { $0.variance },
            .optionalNumber("dispersion", "NB2 α, variance `μ + αμ²`; null for Poisson") { $0.dispersion },
        ]
    }

    /// The fields of a forecast or extrapolation entry, documented inline.
    private static func entryFields(value: String, interval: String, bounds: String) -> [Field<ForecastEntry>] {
        [
            .int("year", label: "Year", csv: .none, "the year") { $0.year },
            .number("value", label: "Value", format: .decimal(2), value) { $0.value },
            .number("lower", label: "Lower", format: .decimal(2), "the lower end of the " + bounds) { $0.lower },
            .number("upper", label: "Upper", format: .decimal(2), "its upper end") { $0.upper },
            .text("interval", csv: .none, "`\"\(interval)\"`") { _ in interval },
        ]
    }
}
