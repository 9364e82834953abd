import StatisticsCore

/// The definitions and methods behind the statistics, each described once: the short text written in
/// `definitions` of stats.json (keyed by name) and, where the report explains it, the methodology section
/// (heading and paragraph) that says the same in plain words.
enum StatsConcepts {
    /// One definition or named method.
    struct Concept {
        /// Its name in `definitions`.
        var key: String
        /// The short text in `definitions`.
        var definition: String
        /// The methodology section for the member noun and its singular; nil when another concept's section
        /// explains it too (the trend's extrapolation is in the trend's).
        var methodology: ((_ noun: String, _ one: String) -> Methodology.Section)? = nil
    }

    /// Every concept, in the methodology's reading order.
    static var all: [Concept] {
        let forecastYears = HouseStyle.words(GroupStatistics.forecastYears)
        return [
            Concept(
                key: "yearEndMembers",
                definition: "Members at the end of year Y: joined <= Y-12-31 and (left empty or left >= Y-12-31); "
                    + "a partial date compares at its first day.",
                methodology: { noun, one in
                    Methodology.Section(heading: "\(noun.capitalizedFirst) at year end",
                        paragraph: "A \(one) counts at the end of a year if it joined on or before 31 December and had not left "
                            + "before that day. A date known only to the month or the year is taken at its first day "
                            + "(2019 means 1 January 2019).")
                }),
            Concept(
                key: "yearRange",
                definition: "From the first join year to the report year (given, or the latest year of any joined, output "
                    + "or reported-count date; left dates do not extend it).",
                methodology: { noun, one in
                    Methodology.Section(heading: "Years covered",
                        paragraph: "The statistics run from the year the first \(one) joined to the report year. Unless a year "
                            + "is given, the report year is the latest year of any join, output or reported-count date, never "
                            + "today's date, so the report does not change with the calendar; departure dates do not extend it, "
                            + "since a departure can be announced ahead.")
                }),
            Concept(
                key: "growth",
                definition: "Joins and departures per year by the year of their date; net change and year-over-year % of "
                    + "year-end members (null where the previous year-end is 0).",
                methodology: { noun, one in
                    Methodology.Section(heading: "Joins, departures and net change",
                        paragraph: "Joins and departures are counted in the year of their date. The net change is the "
                            + "difference between consecutive year-end counts, and year-over-year growth is that change as a "
                            + "percentage of the previous year-end count; it is not defined where that count is zero.")
                }),
            Concept(
                key: "cagr",
                definition: "Compound annual growth rate: (last/first)^(1/n) - 1 with n = last year - first year; null when the "
                    + "base is 0 or the range is a single year.",
                methodology: { noun, one in
                    Methodology.Section(heading: "Compound annual growth rate",
                        paragraph: "The compound annual growth rate over n = last \u{2212} first years is (last count \u{00F7} first "
                            + "count)^(1/n) \u{2212} 1, from the first to the last year-end count of the range. It is not defined "
                            + "for a single year or when the first count is zero.")
                }),
            Concept(
                key: "forecast",
                definition: "Count model: joins (and departures, if any member ever left) per year over the years after the "
                    + "first to the report year, fitted as Poisson, or negative binomial when overdispersed; year-end members "
                    + "h years ahead = max(0, last + joins - departures over h years); value = predictive mean, lower/upper = "
                    + "its 2.5 % and 97.5 % quantiles (closed form); needs five years after the first and a join or departure.",
                methodology: { noun, one in
                    Methodology.Section(heading: "Forecast: count model of joins and departures",
                        paragraph: "The headline forecast treats year-end \(noun) as a count that changes only when \(noun) "
                            + "join or leave. Joins per year are fitted over every year after the first (the founding batch is "
                            + "not a rate of joining) to the report year, as a Poisson count, or as a negative binomial count "
                            + "when the years vary more than a Poisson allows (overdispersion, tested at 5 %); departures the "
                            + "same way if any \(one) ever left. The forecast for each of the \(forecastYears) years after the "
                            + "report year starts at the last observed count: its value is the predictive mean of that count "
                            + "plus the joins and minus the departures to come, its band the 2.5 % and 97.5 % quantiles of "
                            + "their distribution (a 95 % predictive interval, in closed form, with the rates taken at their "
                            + "estimates). When nobody ever left it never falls below the last count; it never falls below "
                            + "zero. It needs at least \(HouseStyle.words(CountForecast.minimumYears)) years after the first and "
                            + "at least one join or departure in them; otherwise the chart says why there is none. It assumes "
                            + "\(noun) keep joining (and leaving) at the past rate: it is an extrapolation of the past, not a "
                            + "prediction of decisions.")
                }),
            Concept(
                key: "trend",
                definition: "Linear least squares of year-end members on the calendar year: slope, intercept, r2, standard "
                    + "errors (n - 2 degrees of freedom), Durbin-Watson statistic of the residuals; adequate (called a linear "
                    + "trend in the text) when r2 >= 0.8 and Durbin-Watson is within 1.5-2.5.",
                methodology: { noun, one in
                    Methodology.Section(heading: "Trend: linear least squares, as a description",
                        paragraph: "A straight line is also fitted to the year-end counts against the calendar year by linear "
                            + "least squares (ordinary least squares with one regressor). Its slope is the average change in "
                            + "\(noun) per year; r\u{00B2} is the share of the variation the line explains; standard errors use "
                            + "n \u{2212} 2 degrees of freedom. The Durbin\u{2013}Watson statistic of its residuals is near 2 when they "
                            + "do not run in streaks and near 0 for a step series or a structural break, where the line and its "
                            + "Student's t 95 % prediction interval, \u{0177} \u{00B1} t(0.975, n \u{2212} 2) \u{00B7} s \u{00B7} "
                            + "\u{221A}(1 + 1/n + (x \u{2212} x\u{0304})\u{00B2} / Sxx), mislead: the line cuts through the steps, "
                            + "can fall below today's count and implies \(noun) leaving when none did. The headline therefore "
                            + "uses the count model. The report calls the line a linear trend, and describes it in a sentence, "
                            + "only when the fit is adequate: \(TrendAdequacy.rule). Its extension over the forecast years is "
                            + "published in stats.json as the trend's extrapolation.")
                }),
            Concept(
                key: "trendExtrapolation",
                definition: "The linear trend extended over the five years after the report year with its 95 % "
                    + "prediction interval: value +/- t(0.975, n-2) * s * sqrt(1 + 1/n + (x - mean x)^2 / Sxx), Student's t; "
                    + "a description of the line, not a forecast."),
            Concept(
                key: "logLinearGrowth",
                definition: "Log-linear OLS: linear least squares of ln(year-end members) on the year; rate = e^slope - 1; "
                    + "null if any year-end count is 0 or fewer than two years.",
                methodology: { noun, one in
                    Methodology.Section(heading: "Growth rate: log-linear OLS",
                        paragraph: "The natural logarithm of the year-end counts is fitted against the year by log-linear OLS; "
                            + "the growth rate per year is e^slope \u{2212} 1. It is not defined when any year-end count is zero. "
                            + "The compound and log-linear rates are averages: the findings say in how many years any \(one) "
                            + "joined.")
                }),
            Concept(
                key: "byRegion",
                definition: "Members by region at the end of the report year, with shares of the total in percent."),
            Concept(
                key: "outputs",
                definition: "Outputs per year by type over the range (years without outputs are 0); cumulative from the "
                    + "first year of the range.",
                methodology: { noun, one in
                    Methodology.Section(heading: "Outputs, editions and supplements",
                        paragraph: "Outputs are counted per year by type over the range, with years without outputs as zero, and "
                            + "cumulatively from the first year. Roadmap editions are counted as editions; a supplement to an "
                            + "edition is listed beside the editions and never counted as one. The interval between consecutive "
                            + "editions is measured in days between the middles of their dates (a date known only to the month "
                            + "or year is taken at the middle of its period), with each interval's shortest and longest possible "
                            + "length in stats.json, and summarised by its mean and median; the days since the latest edition "
                            + "are counted to 31 December of the report year from its middle, with their range. Outputs per "
                            + "lead count the outputs that name a lead; outputs per \(one)-year divide all outputs in the range "
                            + "by the sum of the year-end counts.")
                }),
            Concept(
                key: "roadmapInterval",
                definition: "Days between consecutive roadmap editions (supplements are listed beside, never counted), "
                    + "each date taken at the middle of its period, with each interval's shortest and longest possible length; "
                    + "days since the last edition to the end of the report year from its middle, with its range."),
            Concept(
                key: "outputsPerLead",
                definition: "Outputs in the range that name a lead, per lead."),
            Concept(
                key: "outputsPerMemberYear",
                definition: "Total outputs in the range divided by the sum of year-end members over the range."),
            Concept(
                key: "correlation",
                definition: "Pearson and Spearman (average ranks for ties) correlation of year-end members with outputs per "
                    + "year over the range (levels), and of their year-over-year changes (n = years - 1, with the two-sided "
                    + "p-value of Pearson's r); not meaningful (null) when n < 3 or either series is constant. A relation is "
                    + "claimed (verdict positive or negative) only when levels and changes agree in sign, both |r| >= 0.3 and "
                    + "the changes' p < 0.05; levels alone: trend only.",
                methodology: { noun, one in
                    Methodology.Section(heading: "Correlation: levels and year-over-year changes",
                        paragraph: "Year-end \(noun) and outputs per year are compared by the Pearson product-moment and Spearman "
                            + "rank correlation (average ranks for ties), of their levels and of their year-over-year changes "
                            + "(n = years \u{2212} 1). Two series that both move with time correlate in their levels whether or not "
                            + "they are related; their changes take that common movement out. A relation is stated only when "
                            + "the levels and the changes agree in sign, both reach at least a moderate strength (|r| \u{2265} "
                            + "\(HouseStyle.decimal(ChangeCorrelation.moderate, 1))) and the changes' correlation is significant "
                            + "at 5 %; when only the levels correlate, the report says that both series move with time and show "
                            + "no relation once that is taken out. Nothing is said with fewer than three years or a constant series.")
                }),
            Concept(
                key: "reconciliation",
                definition: "Each total reported count against the roster on its date. Imprecise dates make the roster "
                    + "a range: lowest = fewest members certainly in on any day the statement can mean, highest = most members "
                    + "possibly in. Inside the range: consistent within date precision; equal to an exact count: match; otherwise "
                    + "discrepancy (reported - nearest bound). Dated before the first join: before roster. Counted by status "
                    + "in reconciliationSummary.",
                methodology: { noun, one in
                    Methodology.Section(heading: "Reconciliation of reported totals",
                        paragraph: "Each reported total is compared with the roster on its date. When a date is known only to the "
                            + "month or year, the roster count on that day is a range: the lowest counts only the \(noun) whose "
                            + "whole join period lies before the day, the highest counts all whose join period has begun. A total "
                            + "equal to an exact count is a match; one inside the range is consistent within date precision, not "
                            + "a discrepancy; one outside it is a discrepancy, reported as the difference from the nearest bound. "
                            + "A statement dated before the first \(one) joined is reported as before the roster. A join date "
                            + "that was itself estimated from press counts cannot be confirmed this way: a total that agrees "
                            + "with it agrees with the counts it came from.")
                }),
        ]
    }
}
