import ChartEngine
import StatisticsCore

/// membership-forecast: year-end members, linear trend and a 5-year forecast with its prediction band.
struct MembershipForecastChart: ChartDrawing {
    static let name = "membership-forecast"
    static let summary = "year-end members, linear trend and a 5-year forecast with its 95 % prediction band"
    let context: ChartContext

    func body() -> ChartBody {
        let observed = statistics.membership.map { DataPoint(x: Double($0.year), y: Double($0.members)) }
        var marks: [Mark] = []
        let forecast = statistics.forecast
        if let trend = statistics.trend, let last = statistics.membership.last, !forecast.isEmpty {
            let lastFit = trend.value(at: Double(last.year))
            if forecast.allSatisfy({ $0.lower != nil && $0.upper != nil }) {
                marks.append(.area(AreaMark(x: forecast.map { Double($0.year) }, lower: forecast.map { $0.lower! },
                                            upper: forecast.map { $0.upper! },
                                            color: ChartColors.highlight, opacity: 0.16, label: Forecast.intervalLabel)))
            }
            let fitted = statistics.membership.map { DataPoint(x: Double($0.year), y: trend.value(at: Double($0.year))) }
            marks.append(.line(LineMark(points: fitted, color: .muted, width: 1, label: "Linear trend")))
            marks.append(.line(LineMark(points: [DataPoint(x: Double(last.year), y: lastFit)]
                                            + forecast.map { DataPoint(x: Double($0.year), y: $0.value) },
                                        color: ChartColors.highlight, dash: [6, 4], label: "Forecast")))
        }
        marks.append(.line(LineMark(points: observed, color: ChartColors.membership, label: "Observed")))
        let x = AxisSpec(.linear(domain: Self.yearPoints(firstYear, forecast.last?.year ?? reportYear), integerOnly: true),
                         format: .year)
        return (x, [PanelSpec(y: Self.countAxis(), marks: marks)], [])
    }

    /// "Trend points to about 30 agencies by 2029".
    func titles(first _: MembershipYear, last _: MembershipYear) -> [String] {
        guard let point = statistics.forecast.last, let slope = statistics.trend?.slope else { return ["Too few years for a trend"] }
        let value = max(0, Int(point.value.rounded()))
        if abs(slope) < 0.05 { return ["Trend flat at about \(names.members(value)) through \(point.year)"] }
        return ["Trend points to about \(names.members(value)) by \(point.year)"]
    }

    func subtitle() -> String {
        let end = statistics.forecast.last?.year
        let period = statistics.firstYear.flatMap { first in end.map { N.years(first, $0) } } ?? range
        return subtitle("\(membersLabel) at year end, linear trend and \(Forecast.intervalLabel)", period: period)
    }

    func statement(first _: MembershipYear, last _: MembershipYear) -> String {
        guard let fit = statistics.trend, let point = statistics.forecast.last else {
            return "With a single year there is no trend to extend."
        }
        if abs(fit.slope) < 0.005 {
            return "The linear least squares trend is flat at \(N.decimal(point.value, 1)) \(names.memberNoun) through \(point.year)."
        }
        let r2 = fit.r2.map { " (r\u{00B2} = \(N.decimal($0, 2)))" } ?? ""
        let interval = point.lower.flatMap { low in point.upper.map { high in
            ", with a \(Forecast.intervalLabel) of \(N.decimal(low, 1)) to \(N.decimal(high, 1))"
        } } ?? " (too few years for a prediction interval)"
        return "The linear least squares trend changes by \(N.decimal(fit.slope, 2)) \(names.memberNoun) a year\(r2) "
            + "and reaches \(N.decimal(point.value, 1)) in \(point.year)\(interval)."
    }

    func altText(last _: MembershipYear, period _: String, members: String) -> String {
        guard let fit = statistics.trend, !statistics.forecast.isEmpty else {
            return "Observed \(names.memberNoun) at year end, \(members); too few years for a trend or forecast."
        }
        let points = statistics.forecast.map { point -> String in
            let band = point.lower.flatMap { low in point.upper.map { " (\(N.decimal(low, 1))\u{2013}\(N.decimal($0, 1)))" } } ?? ""
            return "\(point.year) \(N.decimal(point.value, 1))\(band)"
        }
        return "Observed \(names.memberNoun) at year end as a solid line, \(members); linear trend of "
            + "\(N.decimal(fit.slope, 2)) a year; dashed forecast with its \(Forecast.intervalLabel) in brackets: "
            + points.joined(separator: ", ") + "."
    }
}

extension StandardChart {
    /// The membership-forecast chart.
    public static let membershipForecast = StandardChart(MembershipForecastChart.self)
}
