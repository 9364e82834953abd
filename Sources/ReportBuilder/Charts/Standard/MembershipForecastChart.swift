import ChartEngine
import StatisticsCore

/// membership-forecast: observed year-end members, then the count model's forecast with its 95 % predictive
/// band, both starting at the last observed count; a note instead of a forecast where the model makes none.
struct MembershipForecastChart: ChartDrawing {
    static let name = "membership-forecast"
    static let summary = "year-end members and a 5-year count-model forecast with its 95 % predictive band"
    let context: ChartContext

    var text: ForecastText { ForecastText(statistics: statistics, names: names) }

    func body() -> ChartBody {
        // Year-end counts (observed, fitted, forecast) at their years' ends, on the report's year axis.
        let observed = rosterSteps
        var marks: [Mark] = []
        let forecast = statistics.countForecast.entriesFromStart
        if !forecast.isEmpty {
            marks.append(.area(AreaMark(x: forecast.map { Self.yearEnd($0.year) }, lower: forecast.map { max(0, $0.lower) },
                                        upper: forecast.map { max(0, $0.upper) }, color: ChartColors.highlight,
                                        opacity: 0.16, label: StatsDocument.predictiveIntervalLabel)))
            marks.append(.line(LineMark(points: forecast.map { DataPoint(x: Self.yearEnd($0.year), y: max(0, $0.value)) },
                                        color: ChartColors.highlight, dash: [6, 4], label: "Forecast")))
        }
        if statistics.trendIsAdequate, let trend = statistics.trend {
            let fitted = statistics.membership.map { DataPoint(x: Self.yearEnd($0.year), y: trend.value(at: Double($0.year))) }
            marks.append(.line(LineMark(points: fitted, color: .muted, width: 1, label: "Linear trend")))
        }
        marks.append(.line(LineMark(points: observed, color: ChartColors.membership, interpolation: .stepAfter,
                                    extendTo: Self.yearEnd(reportYear), label: "Observed")))
        // The report's year axis, extended to the forecast's last year.
        let end = forecast.last?.year ?? reportYear
        let x = AxisSpec(.time(domain: Double(firstYear)...Self.yearEnd(end)))
        let note = forecast.isEmpty ? text.reason?.explanation : nil
        return (x, [PanelSpec(y: Self.countAxis(), marks: marks, note: note)], [])
    }

    /// "About 31 agencies by 2029 at the 2008–2024 joining rate".
    func titles(first _: MembershipYear, last _: MembershipYear) -> [String] { text.titles }

    func subtitle() -> String {
        let end = statistics.countForecast.entries.last?.year
        let period = statistics.firstYear.flatMap { first in end.map { N.years(first, $0) } } ?? range
        let what = end == nil ? "\(membersLabel) at year end"
            : "\(membersLabel) at year end and count-model forecast, \(StatsDocument.predictiveIntervalLabel)"
        return subtitle(what, period: period)
    }

    func statement(first _: MembershipYear, last _: MembershipYear) -> String {
        [text.sentence, text.trendSentence].compactMap { $0 }.joined(separator: " ")
    }

    func altText(last _: MembershipYear, period _: String, members: String) -> String {
        let observed = "Observed \(names.memberNoun) at year end as a solid step line, \(members)"
        guard let (_, method) = text.last else { return "\(observed); \(text.reason?.explanation ?? "no forecast")" }
        let points = statistics.countForecast.entries.map { entry -> String in
            "\(entry.year) \(entry.value >= 100 ? N.integer(ForecastText.whole(entry.value)) : N.decimal(entry.value, 1)) (\(N.integer(ForecastText.whole(entry.lower)))\u{2013}"
                + "\(N.integer(ForecastText.whole(entry.upper))))"
        }
        return "\(observed); dashed forecast from the last count, assuming \(names.memberNoun) "
            + "\(ForecastText.assumption(method)), with its \(StatsDocument.predictiveIntervalLabel) in brackets: "
            + points.joined(separator: ", ") + "."
    }
}

extension StandardChart {
    /// The membership-forecast chart.
    public static let membershipForecast = StandardChart(MembershipForecastChart.self)
}
