import ChartEngine
import DatasetCore
import Foundation
import PartialDates
import StatisticsCore

/// One analysed dataset turned into publishable things: chart specs with their words, chart files, and
/// (later) the whole report set. The CLI's commands call this; it holds no state beyond the analysis.
public struct Publication: Sendable {
    /// The dataset and its statistics.
    public let analysis: DatasetAnalysis

    public init(analysis: DatasetAnalysis) {
        self.analysis = analysis
    }

    /// The report configuration from report.yml (empty when absent).
    var config: ReportConfig { analysis.dataset.config }

    /// The data's as-of date.
    public var asOf: DayNumber? { PublicationDate.asOf(analysis.dataset, reportYear: analysis.statistics.reportYear) }

    /// The names the prose uses, from report.yml (generic words without it).
    public var names: PublicationNames {
        PublicationNames(group: config.group, short: config.short, title: config.title,
                         memberNoun: config.memberNoun ?? "members", sourceNote: config.sourceNote)
    }

    /// The chart's text: title (the finding), subtitle, source line, statement and alt text, from the data.
    public func text(for chart: StandardChart) -> ChartText {
        ChartText.make(chart.drawing.init(context: chartContext))
    }

    /// What the charts are made from: the statistics, the names, the roster and the outputs.
    var chartContext: ChartContext {
        ChartContext(statistics: analysis.statistics, names: names, roster: analysis.dataset.members,
                     outputs: analysis.dataset.outputs)
    }

    /// The words drawn on a chart.
    public func words(for chart: StandardChart) -> ChartWords {
        let text = text(for: chart)
        return ChartWords(title: text.title, subtitle: text.subtitle, caption: text.caption, source: text.source,
                          altText: text.altText)
    }

    /// The chart spec of `chart` with `options`.
    public func chartSpec(_ chart: StandardChart, options: ChartOptions) -> ChartSpec {
        chart.spec(chartContext, words: words(for: chart), size: options.size, theme: options.effectiveTheme)
    }

    /// The bytes of one chart file.
    public func chartFile(_ chart: StandardChart, format: ChartFormat, options: ChartOptions,
                          sourceDateEpoch: String?) throws -> Data {
        try ChartExport.render(chartSpec(chart, options: options), format: format, scale: options.scale,
                               createDate: PublicationDate.creation(sourceDateEpoch: sourceDateEpoch, asOf: asOf),
                               author: config.author)
    }
}
