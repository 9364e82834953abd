import ChartEngine
import Foundation
import ReportBuilder

/// What the user asked to change in a chart's words: a title or subtitle of their own, or none at all.
struct ChartWordOverrides {
    var title: String?
    var subtitle: String?
    /// Leave out the title and subtitle (for a slide with its own title area).
    var noTitle = false
    /// Leave out the source line and caption.
    var noSource = false

    /// `spec` with the overrides applied. The alt text is kept: it describes the data, not the slide.
    func apply(to spec: ChartSpec) -> ChartSpec {
        var spec = spec
        if let title { spec.title = title; spec.figureNumber = nil }
        if let subtitle { spec.subtitle = subtitle }
        if noTitle { spec.title = ""; spec.subtitle = nil; spec.figureNumber = nil }
        if noSource { spec.source = nil; spec.caption = nil }
        return spec
    }
}

/// Renders the chart files `chart` writes: the report's chart spec with the user's words, in one format.
struct ChartFileRenderer {
    let publication: Publication
    let options: ChartOptions
    let format: ChartFormat
    let overrides: ChartWordOverrides

    /// The bytes of `chart`. A PNG gets iTXt Title and Description chunks (the title as generated or
    /// given, and the alt text) even when the title is not drawn.
    func file(_ chart: StandardChart) throws -> Data {
        let generated = publication.chartSpec(chart, options: options)
        let spec = overrides.apply(to: generated)
        return try ChartExport.render(
            spec, format: format, scale: options.scale,
            createDate: PublicationDate.creation(sourceDateEpoch: ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"],
                                                 asOf: publication.asOf),
            author: publication.analysis.dataset.config.author, accessibleTitle: overrides.title ?? generated.title)
    }
}
