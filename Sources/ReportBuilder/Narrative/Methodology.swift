import StatisticsCore

/// The methodology section: each definition of the statistics in plain words, and each method by name.
public enum Methodology {
    /// One heading and its paragraph.
    public struct Section: Hashable, Sendable {
        /// The heading ("Compound annual growth rate").
        public var heading: String
        /// The paragraph, in plain words.
        public var paragraph: String
    }

    /// The sections in reading order, with the member noun of `names` ("members" by default).
    public static func sections(names: PublicationNames = PublicationNames()) -> [Section] {
        let noun = names.memberNoun, one = names.memberSingular
        let forecastYears = HouseStyle.words(GroupStatistics.forecastYears)
        return [
            Section(heading: "\(noun.capitalizedFirst) at year end",
                    paragraph: "A \(one) counts at the end of a year if it joined on or before 31 December and had not left "
                        + "before that day. A date known only to the month or the year is taken at its first day "
                        + "(2019 means 1 January 2019)."),
            Section(heading: "Years covered",
                    paragraph: "The statistics run from the year the first \(one) joined to the report year. Unless a year "
                        + "is given, the report year is the latest year of any join, output or reported-count date, never "
                        + "today's date, so the report does not change with the calendar; departure dates do not extend it, "
                        + "since a departure can be announced ahead."),
            Section(heading: "Joins, departures and net change",
                    paragraph: "Joins and departures are counted in the year of their date. The net change is the "
                        + "difference between consecutive year-end counts, and year-over-year growth is that change as a "
                        + "percentage of the previous year-end count; it is not defined where that count is zero."),
            Section(heading: "Compound annual growth rate",
                    paragraph: "The compound annual growth rate over n = last \u{2212} first years is (last count \u{00F7} first "
                        + "count)^(1/n) \u{2212} 1, from the first to the last year-end count of the range. It is not defined "
                        + "for a single year or when the first count is zero."),
            Section(heading: "Forecast: count model of joins and departures",
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
                        + "prediction of decisions."),
            Section(heading: "Trend: linear least squares, as a description",
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
                        + "published in stats.json as the trend's extrapolation."),
            Section(heading: "Growth rate: log-linear OLS",
                    paragraph: "The natural logarithm of the year-end counts is fitted against the year by log-linear OLS; "
                        + "the growth rate per year is e^slope \u{2212} 1. It is not defined when any year-end count is zero. "
                        + "The compound and log-linear rates are averages: the findings say in how many years any \(one) "
                        + "joined."),
            Section(heading: "Outputs, editions and supplements",
                    paragraph: "Outputs are counted per year by type over the range, with years without outputs as zero, and "
                        + "cumulatively from the first year. Roadmap editions are counted as editions; a supplement to an "
                        + "edition is listed beside the editions and never counted as one. The interval between consecutive "
                        + "editions is measured in days between the middles of their dates (a date known only to the month "
                        + "or year is taken at the middle of its period), with each interval's shortest and longest possible "
                        + "length in stats.json, and summarised by its mean and median; the days since the latest edition "
                        + "are counted to 31 December of the report year from its middle, with their range. Outputs per "
                        + "lead count the outputs that name a lead; outputs per \(one)-year divide all outputs in the range "
                        + "by the sum of the year-end counts."),
            Section(heading: "Correlation: levels and year-over-year changes",
                    paragraph: "Year-end \(noun) and outputs per year are compared by the Pearson product-moment and Spearman "
                        + "rank correlation (average ranks for ties), of their levels and of their year-over-year changes "
                        + "(n = years \u{2212} 1). Two series that both move with time correlate in their levels whether or not "
                        + "they are related; their changes take that common movement out. A relation is stated only when "
                        + "the levels and the changes agree in sign, both reach at least a moderate strength (|r| \u{2265} "
                        + "\(HouseStyle.decimal(ChangeCorrelation.moderate, 1))) and the changes' correlation is significant "
                        + "at 5 %; when only the levels correlate, the report says that both series move with time and show "
                        + "no relation once that is taken out. Nothing is said with fewer than three years or a constant series."),
            Section(heading: "Reconciliation of reported totals",
                    paragraph: "Each reported total is compared with the roster on its date. When a date is known only to the "
                        + "month or year, the roster count on that day is a range: the lowest counts only the \(noun) whose "
                        + "whole join period lies before the day, the highest counts all whose join period has begun. A total "
                        + "equal to an exact count is a match; one inside the range is consistent within date precision, not "
                        + "a discrepancy; one outside it is a discrepancy, reported as the difference from the nearest bound. "
                        + "A statement dated before the first \(one) joined is reported as before the roster. A join date "
                        + "that was itself estimated from press counts cannot be confirmed this way: a total that agrees "
                        + "with it agrees with the counts it came from."),
        ]
    }
}
