import ChartEngine
import DatasetCore
import StatisticsCore

/// One of the standard charts, as the CLI, report.yml and the report see it: a name users type (also the
/// file name) and one line on what it shows. What the chart draws and says lives in its own file under
/// `Charts/Standard/` (one ``ChartDrawing`` each); ``ChartCatalog`` lists them in report order.
public struct StandardChart: Sendable, Hashable, CustomStringConvertible {
    /// The drawing: the one file that knows this chart.
    let drawing: any ChartDrawing.Type

    init(_ drawing: any ChartDrawing.Type) { self.drawing = drawing }

    /// The name users type and the file name (for example the membership growth chart's).
    public var name: String { drawing.name }
    /// One line on what the chart shows, for `isecg-report charts` and `--help`.
    public var summary: String { drawing.summary }
    public var description: String { name }

    public static func == (lhs: StandardChart, rhs: StandardChart) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

extension StandardChart {
    /// The chart's spec for `context` at `size` in `theme`, with its words.
    func spec(_ context: ChartContext, words: ChartWords, size: Size, theme: Theme) -> ChartSpec {
        var context = context
        context.canvasSize = size
        let (x, panels, legend) = drawing.init(context: context).body()
        return ChartSpec(size: size, title: words.title, subtitle: words.subtitle, caption: words.caption,
                         source: words.source, x: x, panels: panels, legend: legend, altText: words.altText, theme: theme)
    }
}

/// The axis, panels and legend of a chart: its spec without the words and the size.
typealias ChartBody = (x: AxisSpec, panels: [PanelSpec], legend: [LegendEntry])

/// What one standard chart knows, for one dataset: its name and summary, its spec from the analysis, and
/// its words (title candidates, subtitle, figure statement, alt text). One conforming type per file.
///
/// The shared guards stay outside: without any membership year ``ChartText`` words every chart alike, so
/// `titles`, `statement` and `altText` receive the first and the report year's rows.
protocol ChartDrawing: Sendable {
    /// The name users type and the file name (for example the membership growth chart's).
    static var name: String { get }
    /// One line on what the chart shows.
    static var summary: String { get }
    /// The drawing of `context`'s dataset.
    init(context: ChartContext)
    /// The context: statistics, names, roster and outputs.
    var context: ChartContext { get }
    /// The axis, panels and legend.
    func body() -> ChartBody
    /// Title candidates, from the most to the least specific (the first that fits is used).
    func titles(first: MembershipYear, last: MembershipYear) -> [String]
    /// The subtitle: statistic, unit, group and period.
    func subtitle() -> String
    /// One sentence for the report's section that states what the chart shows, with numbers.
    func statement(first: MembershipYear, last: MembershipYear) -> String
    /// The alt text; `period` is the year range and `members` the year-end counts with equal runs merged.
    func altText(last: MembershipYear, period: String, members: String) -> String
    /// A note above the source line on what the chart leaves out (for example editions before its first
    /// year), or nil (the default).
    func caption() -> String?
}

extension ChartDrawing {
    func caption() -> String? { nil }
}
