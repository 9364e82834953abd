import ChartEngine
import DatasetCore
import PartialDates
import StatisticsCore

/// What every chart is made from: the statistics, the names the words use, and the roster and outputs
/// where a chart labels acronyms or titles (both may be empty: the words then leave the labels out).
struct ChartContext: Sendable {
    var statistics: GroupStatistics
    var names: PublicationNames
    var roster: [Member]
    var outputs: OutputList
    /// The canvas the chart is drawn on, when known (a chart's rows or labels may depend on the room).
    var canvasSize: Size? = nil
    /// Whether the canvas draws the chart's title: false in the PDF, whose figure heading says it instead, so
    /// that a chart sizing its rows to the room (member-timeline) may use the title's.
    var drawsTitle = true

    /// "14 in 2007–2014, 15 in 2015–2018, 27 in 2021–2024": a yearly series with equal runs merged.
    static func runs(_ series: [(year: Int, value: String)]) -> String {
        var parts: [(first: Int, last: Int, value: String)] = []
        for (year, value) in series {
            if let last = parts.last, last.value == value, last.last == year - 1 {
                parts[parts.count - 1].last = year
            } else {
                parts.append((year, year, value))
            }
        }
        return parts.map { "\($0.value) in \(HouseStyle.years($0.first, $0.last))" }.joined(separator: ", ")
    }
}

/// The helpers the chart files share, reached as if they were the chart's own (`statistics`, `yearAxis`, `N`).
extension ChartDrawing {
    typealias N = HouseStyle

    var statistics: GroupStatistics { context.statistics }
    var names: PublicationNames { context.names }
    /// The roster (every member, with dates).
    var roster: [Member] { context.roster }
    /// The roster, as the chart specs call it.
    var members: [Member] { context.roster }
    var outputs: OutputList { context.outputs }

    // MARK: Specs

    var reportYear: Int { statistics.reportYear ?? statistics.firstYear ?? 0 }
    var firstYear: Int { statistics.firstYear ?? reportYear }
    /// The x domain of every chart's year axis (one for the report): from the start of the first year to the
    /// end of the report year, each year labelled in its middle. Dates sit at their fractional year, per-year
    /// columns on their year's middle (``yearMiddle(_:)``), year-end values at the year's end (``yearEnd(_:)``).
    var yearDomain: ClosedRange<Double> { Double(firstYear)...Double(reportYear + 1) }

    /// Where a per-year column stands: the middle of its year, under the year's label.
    static func yearMiddle(_ year: Int) -> Double { Double(year) + 0.5 }

    /// Where a year-end value stands: the end of its year (the start of the next).
    static func yearEnd(_ year: Int) -> Double { Double(year + 1) }

    /// A count axis: whole numbers from zero, with gridlines.
    static func countAxis(title: String? = nil) -> AxisSpec {
        AxisSpec(.linear(includeZero: true, integerOnly: true), format: .integer, title: title, grid: true)
    }

    /// A continuous year axis over the report range, labelled with whole years.
    var yearAxis: AxisSpec { AxisSpec(.time(domain: yearDomain)) }


    /// Members on the roster after each change date: (x, count) by exact (first-day) dates up to the end of the
    /// report year, every change.
    var rosterCounts: [(x: Double, y: Double)] {
        var changes: [DayNumber: Int] = [:]
        for member in members {
            changes[member.joined.firstDay, default: 0] += 1
            if let left = member.left { changes[left.firstDay, default: 0] -= 1 }
        }
        let end = DayNumber.endOfYear(reportYear)
        var count = 0
        var steps: [(x: Double, y: Double)] = []
        for day in changes.keys.sorted() where day <= end {
            count += changes[day]!
            steps.append((FractionalYear.of(day), Double(count)))
        }
        return steps
    }

    /// ``rosterCounts`` as the step series drawn: thinned (``StepThinning``) when there are more changes than a
    /// canvas shows.
    var rosterSteps: [DataPoint] { StepThinning.line(rosterCounts).map { DataPoint(x: $0.x, y: $0.y) } }

    /// Join batches: members sharing a join date, in date order, with the batch label.
    /// The first batch of more than three members is labelled as founders ("14 founders").
    var joinBatches: [(date: PartialDate, acronyms: [String], label: String)] {
        let byDate = Dictionary(grouping: members.filter { $0.joined.year <= reportYear }, by: \.joined)
        return byDate.keys.sorted().enumerated().map { index, date in
            let acronyms = byDate[date]!.map(\.acronym).sorted()
            let label = index == 0 && acronyms.count > 3 ? "\(acronyms.count) founders" : HouseStyle.cutList(acronyms, separator: ", ")
            return (date, acronyms, label)
        }
    }

    /// The note of an output panel without data: none in the files at all, or none up to the report year.
    var noOutputsNote: String {
        outputs.isEmpty && statistics.outputs.allSatisfy({ $0.cumulative == 0 })
            ? "No outputs in the datasets" : "No outputs up to \(reportYear)"
    }

    // MARK: Words

    /// "Members" or "Member agencies", the statistic's noun in subtitles.
    var membersLabel: String { names.memberNoun == "members" ? "Members" : "Member \(names.memberNoun)" }

    /// The report year, or nil without any date.
    var year: Int? { statistics.reportRow?.year ?? statistics.reportYear }

    /// "2007–2024", or the report year alone.
    var range: String? { statistics.rangeText ?? year.map { "\($0)" } }

    /// The subtitle: the statistic, the group's label (when named) and the period, separated by commas.
    func subtitle(_ statistic: String, period: String?) -> String {
        [statistic, names.label, period].compactMap { $0 }.joined(separator: ", ")
    }
}
