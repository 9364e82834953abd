import ChartEngine
import PartialDates
import StatisticsCore

/// reported-vs-roster: press-reported totals against the roster-derived count.
struct ReportedVsRosterChart: ChartDrawing {
    static let name = "reported-vs-roster"
    static let summary = "press-reported totals against the roster-derived count and its range"
    let context: ChartContext

    /// The roster step line against every reported total, with the range imprecise join dates allow drawn as
    /// a band around it (lowest: members whose whole join period has passed; highest: all whose join period has
    /// begun), so that a total consistent within date precision visibly lies inside it. Day-precision statements
    /// are filled points at their day; imprecise ones are hollow points at the middle of the period they can
    /// mean. Each discrepancy is labelled with its difference, stacked above its own point with a leader;
    /// statements before the roster existed are labelled as such.
    func body() -> ChartBody {
        let rows = statistics.reconciliation.filter { $0.statement.date.year <= reportYear }
        func point(_ row: ReconciliationRow) -> LabeledPoint {
            let date = row.statement.date
            let x = date.precision == .day ? FractionalYear.start(of: date) : FractionalYear.middle(of: date)
            var label: String?
            switch row.status {
            case .discrepancy:
                let difference = row.difference ?? 0
                label = "\(difference > 0 ? "+" : "\u{2212}")\(abs(difference)) vs roster"
            case .beforeRoster:
                label = "before the roster"
            case .match, .consistentWithinDatePrecision:
                label = nil
            }
            return LabeledPoint(DataPoint(x: x, y: Double(row.statement.reported)), label: label)
        }
        let exact = rows.filter { $0.statement.date.precision == .day }.map(point)
        let imprecise = rows.filter { $0.statement.date.precision != .day }.map(point)
        var marks: [Mark] = []
        let band = rosterRangeBand
        if let band { marks.append(.area(band)) }
        marks.append(.line(LineMark(points: rosterSteps, color: ChartColors.membership, interpolation: .stepAfter,
                                    extendTo: Double(reportYear + 1), label: "Roster")))
        if !exact.isEmpty {
            marks.append(.points(PointMark(points: exact, color: ChartColors.highlight, radius: 4, labelPlacement: .stackAbove)))
        }
        if !imprecise.isEmpty {
            marks.append(.points(PointMark(points: imprecise, color: ChartColors.highlight, radius: 4, hollow: true,
                                           labelPlacement: .stackAbove)))
        }
        var legend = [LegendEntry("Roster count", color: ChartColors.membership, symbol: .line)]
        if band != nil {
            legend.append(LegendEntry("Roster range, imprecise dates", color: ChartColors.membership, symbol: .swatch))
        }
        if !exact.isEmpty { legend.append(LegendEntry("Reported total, dated to the day", color: ChartColors.highlight, symbol: .point)) }
        if !imprecise.isEmpty {
            legend.append(LegendEntry("Reported total, month or year only (mid-period)", color: ChartColors.highlight,
                                      symbol: .hollowPoint))
        }
        let note = rows.isEmpty ? "No reported totals in the datasets" : nil
        return (yearAxis, [PanelSpec(y: Self.countAxis(), marks: marks, note: note)], legend)
    }

    /// The roster's lowest and highest count on each day as a stepped band, from the start of the first join
    /// period to the end of the report year; nil when every join and departure date is exact (the band would
    /// be the line).
    var rosterRangeBand: AreaMark? {
        guard members.contains(where: { $0.joined.precision != .day || ($0.left.map { $0.precision != .day } ?? false) })
        else { return nil }
        // lowest: in from the join period's last day, out from the leave period's first day;
        // highest: in from the join period's first day, out after the leave period's last day.
        var low: [DayNumber: Int] = [:], high: [DayNumber: Int] = [:]
        for member in members {
            low[member.joined.lastDay, default: 0] += 1
            high[member.joined.firstDay, default: 0] += 1
            if let left = member.left {
                low[left.firstDay, default: 0] -= 1
                high[left.lastDay.advanced(by: 1), default: 0] -= 1
            }
        }
        let end = DayNumber.endOfYear(reportYear)
        let days = Set(low.keys).union(high.keys).filter { $0 <= end }.sorted()
        var stepX: [Double] = [], stepLower: [Double] = [], stepUpper: [Double] = []
        var lowCount = 0, highCount = 0
        for day in days {
            lowCount += low[day] ?? 0
            highCount += high[day] ?? 0
            stepX.append(FractionalYear.of(day)); stepLower.append(Double(lowCount)); stepUpper.append(Double(highCount))
        }
        let steps = StepThinning.band(x: stepX, lower: stepLower, upper: stepUpper)
        var x: [Double] = [], lower: [Double] = [], upper: [Double] = []
        for index in steps.x.indices {
            let next = index + 1 < steps.x.count ? steps.x[index + 1] : Double(reportYear + 1)
            x += [steps.x[index], next]
            lower += [steps.lower[index], steps.lower[index]]
            upper += [steps.upper[index], steps.upper[index]]
        }
        return x.isEmpty ? nil : AreaMark(x: x, lower: lower, upper: upper, color: ChartColors.membership, opacity: 0.18)
    }

    /// "None of 22 reported totals differs from the roster".
    func titles(first _: MembershipYear, last _: MembershipYear) -> [String] {
        [DataQuality.reconciliationTitle(statistics.reconciliation)]
    }

    func subtitle() -> String { subtitle("Reported totals and roster count of \(names.memberNoun)", period: range) }

    func statement(first _: MembershipYear, last _: MembershipYear) -> String {
        DataQuality.reconciliationSummary(statistics.reconciliation, largest: false)
    }

    func altText(last _: MembershipYear, period _: String, members: String) -> String {
        let points = statistics.reconciliation.map { row -> String in
            let roster = row.status == .beforeRoster ? "before the roster starts"
                : row.rosterLow == row.rosterHigh ? "roster \(N.integer(row.rosterLow))"
                : "roster \(N.integer(row.rosterLow))\u{2013}\(N.integer(row.rosterHigh))"
            let status = row.status == .beforeRoster ? "" : ", \(row.status.rawValue)"
            return "\(N.date(row.statement.date)) reported \(N.integer(row.statement.reported)), \(roster)\(status)"
        }
        return "Step line of the roster count, \(members); reported totals as points: "
            + (points.isEmpty ? "none." : points.joined(separator: "; ") + ".")
    }
}

extension StandardChart {
    /// The reported-vs-roster chart.
    public static let reportedVsRoster = StandardChart(ReportedVsRosterChart.self)
}
