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

    /// The words of a chart: its title (the finding), subtitle, source line and alt text.
    public func words(for chart: ChartName) -> ChartWords {
        ChartWords(title: chart.summary.prefix(1).uppercased() + chart.summary.dropFirst(),
                   subtitle: config.group, source: "Source: \(config.short ?? "datasets"). Chart: isecg-report",
                   altText: chart.summary)
    }

    /// The chart spec of `chart` with `options`.
    public func chartSpec(_ chart: ChartName, options: ChartOptions) -> ChartSpec {
        ChartFactory(analysis: analysis).spec(chart, words: words(for: chart), size: options.size,
                                              theme: options.effectiveTheme)
    }

    /// The bytes of one chart file.
    public func chartFile(_ chart: ChartName, format: ChartFormat, options: ChartOptions,
                          sourceDateEpoch: String?) throws -> Data {
        try ChartExport.render(chartSpec(chart, options: options), format: format, scale: options.scale,
                               createDate: PublicationDate.creation(sourceDateEpoch: sourceDateEpoch, asOf: asOf),
                               author: config.author)
    }
}
