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
            Section(heading: "Trend: linear least squares",
                    paragraph: "A straight line is fitted to the year-end counts against the calendar year by linear least "
                        + "squares (ordinary least squares with one regressor). Its slope is the average change in \(noun) "
                        + "per year; r\u{00B2} is the share of the variation the line explains. Standard errors use n \u{2212} 2 "
                        + "degrees of freedom."),
            Section(heading: "Growth rate: log-linear OLS",
                    paragraph: "The natural logarithm of the year-end counts is fitted against the year by log-linear OLS; "
                        + "the growth rate per year is e^slope \u{2212} 1. It is not defined when any year-end count is zero."),
            Section(heading: "Forecast: Student's t 95 % prediction interval",
                    paragraph: "The linear trend is extended \(forecastYears) years past the report year. The band around it is a "
                        + "Student's t 95 % prediction interval for a single future year-end count, "
                        + "\u{0177} \u{00B1} t(0.975, n \u{2212} 2) \u{00B7} s \u{00B7} \u{221A}(1 + 1/n + (x \u{2212} x\u{0304})\u{00B2} / Sxx); "
                        + "it needs at least three years. A trend is an extrapolation of the past, not a prediction of decisions."),
            Section(heading: "Outputs",
                    paragraph: "Outputs are counted per year by type over the range, with years without outputs as zero, and "
                        + "cumulatively from the first year. The interval between consecutive roadmap editions is measured in "
                        + "days between their first days, summarised by its mean and median, and the days since the latest "
                        + "edition are counted to 31 December of the report year. Outputs per lead count the outputs that name "
                        + "a lead; outputs per \(one)-year divide all outputs in the range by the sum of the year-end counts."),
            Section(heading: "Correlation: Pearson and Spearman",
                    paragraph: "Year-end \(noun) and outputs per year are compared by the Pearson product-moment and Spearman "
                        + "rank correlation (average ranks for ties). Neither is reported with fewer than three years or when "
                        + "either series is constant; with so few points, a correlation describes, it does not explain."),
            Section(heading: "Reconciliation of reported totals",
                    paragraph: "Each reported total is compared with the roster on its date. When a date is known only to the "
                        + "month or year, the roster count on that day is a range: the lowest counts only the \(noun) whose "
                        + "whole join period lies before the day, the highest counts all whose join period has begun. A total "
                        + "equal to an exact count is a match; one inside the range is consistent within date precision, not "
                        + "a discrepancy; one outside it is a discrepancy, reported as the difference from the nearest bound. "
                        + "A statement dated before the first \(one) joined is reported as before the roster."),
        ]
    }
}
