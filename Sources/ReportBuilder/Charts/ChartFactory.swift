import ChartEngine
import DatasetCore
import PartialDates
import StatisticsCore

/// The words around a chart: its title (the finding), subtitle, source line and alt text.
public struct ChartWords: Sendable, Hashable {
    public var title: String
    public var subtitle: String?
    public var caption: String?
    public var source: String?
    public var altText: String

    public init(title: String, subtitle: String? = nil, caption: String? = nil, source: String? = nil, altText: String) {
        self.title = title; self.subtitle = subtitle; self.caption = caption; self.source = source; self.altText = altText
    }
}

/// Describes the nine standard charts as `ChartSpec`s from an analysed dataset: the mapping from the
/// domain (members, regions, outputs, reported counts) to marks, scales and colours.
public struct ChartFactory: Sendable {
    /// The analysed dataset (with output titles loaded).
    public let analysis: DatasetAnalysis

    public init(analysis: DatasetAnalysis) {
        self.analysis = analysis
    }

    var statistics: GroupStatistics { analysis.statistics }
    var members: [Member] { analysis.dataset.members }
    var reportYear: Int { statistics.reportYear ?? statistics.firstYear ?? 0 }
    var firstYear: Int { statistics.firstYear ?? reportYear }
    /// The x domain of year axes: from the start of the first year to the end of the report year.
    var yearDomain: ClosedRange<Double> { Double(firstYear)...Double(reportYear + 1) }

    /// The chart `name` at `size` points in `theme`, with its words.
    public func spec(_ name: ChartName, words: ChartWords, size: Size = Size(960, 540), theme: Theme = .light) -> ChartSpec {
        let (x, panels, legend) = body(of: name)
        return ChartSpec(size: size, title: words.title, subtitle: words.subtitle, caption: words.caption,
                         source: words.source, x: x, panels: panels, legend: legend, altText: words.altText, theme: theme)
    }

    private func body(of name: ChartName) -> (AxisSpec, [PanelSpec], [LegendEntry]) {
        switch name {
        case .membershipGrowth: membershipGrowth()
        case .joinsPerYear: joinsPerYear()
        case .membersByRegion: membersByRegion()
        case .memberTimeline: memberTimeline()
        case .outputsByYear: outputsByYear()
        case .cumulativeOutputs: cumulativeOutputs()
        case .roadmapTimeline: roadmapTimeline()
        case .membershipForecast: membershipForecast()
        case .reportedVsRoster: reportedVsRoster()
        }
    }

    /// A count axis: whole numbers from zero, with gridlines.
    static func countAxis(title: String? = nil) -> AxisSpec {
        AxisSpec(.linear(includeZero: true, integerOnly: true), format: .integer, title: title, grid: true)
    }

    /// A continuous year axis over the report range, labelled with whole years.
    var yearAxis: AxisSpec { AxisSpec(.time(domain: yearDomain)) }

    /// The x domain for values plotted at whole years `first...last`; a single year gets half a year on each
    /// side, since an empty domain has no scale.
    static func yearPoints(_ first: Int, _ last: Int) -> ClosedRange<Double> {
        last > first ? Double(first)...Double(last) : (Double(first) - 0.5)...(Double(first) + 0.5)
    }

    /// A year axis for per-year columns: whole years, each column centred on its year.
    var columnYearAxis: AxisSpec {
        AxisSpec(.linear(domain: (Double(firstYear) - 0.6)...(Double(reportYear) + 0.6), integerOnly: true), format: .year)
    }

    /// Members on the roster on each change date: a step series by exact (first-day) dates, ending at the
    /// end of the report year.
    var rosterSteps: [DataPoint] {
        var changes: [DayNumber: Int] = [:]
        for member in members {
            changes[member.joined.firstDay, default: 0] += 1
            if let left = member.left { changes[left.firstDay, default: 0] -= 1 }
        }
        let end = DayNumber.endOfYear(reportYear)
        var count = 0
        var points: [DataPoint] = []
        for day in changes.keys.sorted() where day <= end {
            count += changes[day]!
            points.append(DataPoint(x: FractionalYear.of(day), y: Double(count)))
        }
        return points
    }
}
