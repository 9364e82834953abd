import ChartEngine
import StatisticsCore

/// joins-per-year: joins (and departures, below zero) per year as columns.
struct JoinsPerYearChart: ChartDrawing {
    static let name = "joins-per-year"
    static let summary = "joins (and departures, below zero) per year as columns"
    let context: ChartContext

    func body() -> ChartBody {
        let years = statistics.membership
        let joins = BarSeries(name: "Joined", color: ChartColors.membership,
                              values: years.filter { $0.joined > 0 }.map { BarDatum(.number(Self.yearMiddle($0.year)), Double($0.joined)) })
        let departures = BarSeries(name: "Left", color: ChartColors.highlight,
                                   values: years.filter { $0.left > 0 }.map { BarDatum(.number(Self.yearMiddle($0.year)), -Double($0.left)) })
        let anyDeparture = !departures.values.isEmpty
        let bars = BarMark(series: anyDeparture ? [joins, departures] : [joins], stacked: true, thickness: 0.7,
                           valueLabels: .integer)
        var marks: [Mark] = [.bars(bars)]
        if anyDeparture { marks.append(.rule(RuleMark(.horizontal(0), color: .muted, dash: []))) }
        let legend = anyDeparture
            ? [LegendEntry("Joined", color: ChartColors.membership), LegendEntry("Left", color: ChartColors.highlight)]
            : []
        return (yearAxis, [PanelSpec(y: AxisSpec(.linear(includeZero: true, integerOnly: true), format: .integer,
                                                      grid: true), marks: marks)], legend)
    }

    /// "After 2007, joins cluster in 2019–2021".
    func titles(first: MembershipYear, last: MembershipYear) -> [String] {
        if first.year == last.year { return ["\(names.allMembers(last.members)) joined in \(last.year)"] }
        let waves = JoinWave.waves(statistics.membership)
        let left = statistics.departures
        let departures = left > 0 ? "; \(N.words(left)) left" : ""
        guard let top = JoinWave.largest(waves) else {
            return ["No new \(names.memberNoun) since \(first.year)\(departures)", "No new \(names.memberNoun) since \(first.year)"]
        }
        let joins = waves.reduce(0) { $0 + $1.joins }
        // A peak or cluster only for one wave that holds at least half the joins (a tie is no single peak).
        let unique = waves.count { $0.joins == top.joins } == 1
        if unique, waves.count == 1 || Double(top.joins) >= 0.5 * Double(joins) {
            let verb = top.first == top.last ? "peak in" : "cluster in"
            return ["After \(first.year), joins \(verb) \(top.years)\(departures)", "After \(first.year), joins \(verb) \(top.years)"]
        }
        let years = statistics.membership.dropFirst().count { $0.joined > 0 }
        return ["Joins spread over \(N.words(years)) years since \(first.year)\(departures)",
                "Joins spread over \(N.words(years)) years since \(first.year)"]
    }

    func subtitle() -> String {
        subtitle("\(names.memberNoun.capitalizedFirst) joining and leaving per year", period: range)
    }

    func statement(first: MembershipYear, last: MembershipYear) -> String {
        let later = statistics.membership.dropFirst().filter { $0.joined > 0 }
        let joins = later.reduce(0) { $0 + $1.joined }
        let left = statistics.departures
        let leftText = left == 0 ? "none left" : "\(names.members(left, spelled: true)) left"
        let firstText = "\(names.members(first.joined)) joined in \(first.year)"
        guard first.year < last.year else { return firstText.capitalizedFirst + "; \(leftText)." }
        guard let top = N.highest(later, year: \.year, value: \.joined) else {
            let after = last.year - first.year == 1 ? "the year after" : "the \(N.words(last.year - first.year)) years after"
            return firstText.capitalizedFirst + " and none in \(after); \(leftText)."
        }
        return firstText.capitalizedFirst + ", then \(N.integer(joins)) in \(N.words(later.count)) of the "
            + "\(N.words(last.year - first.year)) following years, "
            + (top.years.count == 1 ? "most in \(top.years[0]) (\(N.integer(top.value)))"
                : "most in \(N.list(top.years.map(String.init))) (\(N.integer(top.value)) each)") + "; \(leftText)."
    }

    func altText(last: MembershipYear, period: String, members: String) -> String {
        let joins = statistics.membership.filter { $0.joined > 0 }.map { "\(N.integer($0.joined)) in \($0.year)" }
        let leaves = statistics.membership.filter { $0.left > 0 }.map { "\(N.integer($0.left)) in \($0.year)" }
        return "Columns of joins per year, \(period): \(joins.isEmpty ? "none" : joins.joined(separator: ", "))"
            + (joins.count < statistics.membership.count ? "; no joins in the other years" : "")
            + ". Departures, below zero: \(leaves.isEmpty ? "none" : leaves.joined(separator: ", "))."
    }
}

extension StandardChart {
    /// The joins-per-year chart.
    public static let joinsPerYear = StandardChart(JoinsPerYearChart.self)
}
