import ChartEngine
import DatasetCore
import Foundation
import ReportWriter
import StatisticsCore

extension Publication {
    /// The charts the report shows, in order: report.yml's `charts`, or all nine.
    public func reportCharts() throws(ReportError) -> [StandardChart] {
        let configFile = analysis.directory.filePath("report.yml")
        guard let names = config.charts else { return ChartCatalog.charts }
        var charts: [StandardChart] = []
        for name in names {
            guard let chart = ChartCatalog.chart(named: name) else { throw .unknownChart(file: configFile, name: name) }
            if !charts.contains(chart) { charts.append(chart) }
        }
        return charts
    }

    /// The paper: the option, else report.yml's `paper`, else A4.
    func resolvedPaper(_ option: Paper?) -> Paper {
        option ?? config.paper.flatMap { Paper(rawValue: $0.lowercased()) } ?? .a4
    }

    /// Theme of the slide charts (PNG/SVG): report.yml's `theme`, else light. The PDF is always light (print).
    var slideTheme: Theme { config.theme?.lowercased() == "dark" ? .dark : .light }

    /// Every file of the report set, in memory: `annual-summary-YEAR.pdf`, `charts/NAME.png` and
    /// `charts/NAME.svg` for every chart, `stats.json` and `summary.md`.
    ///
    /// The files are independent, so they are rendered concurrently (each render has its own Cairo surface
    /// and Pango font map); the set is the same whatever the order they finish in.
    ///
    /// - Parameters:
    ///   - imageBaseURL: when given, summary.md links its images absolutely under it (for a pull-request comment).
    ///   - previous: the set the output directory held, for summary.md's "Changes since the previous build".
    public func reportFiles(paper: Paper?, sourceDateEpoch: String?, imageBaseURL: String? = nil,
                            previous: PreviousBuild? = nil) throws -> OutputFileSet {
        guard analysis.statistics.reportYear != nil, !analysis.dataset.members.isEmpty else {
            throw ReportError.noMembers(file: analysis.directory.filePath("members.csv"))
        }
        let charts = try reportCharts()
        let slide = ChartOptions(size: Size(960, 540), scale: 2, theme: slideTheme)
        let createDate = PublicationDate.creation(sourceDateEpoch: sourceDateEpoch, asOf: asOf)
        let author = config.author
        var jobs: [@Sendable () throws -> [(String, [UInt8])]] = []
        jobs.append { [self] in
            let content = reportContent(charts: charts, paper: resolvedPaper(paper), createDate: createDate)
            return [("annual-summary-\(content.year).pdf", [UInt8](try ReportPDF.render(content)))]
        }
        for chart in charts {
            let spec = chartSpec(chart, options: slide)
            jobs.append {
                [("charts/\(chart.name).png",
                  [UInt8](try ChartExport.render(spec, format: .png, scale: slide.scale, createDate: createDate, author: author)))]
            }
            jobs.append {
                [("charts/\(chart.name).svg",
                  [UInt8](try ChartExport.render(spec, format: .svg, scale: 1, createDate: createDate, author: author)))]
            }
        }
        jobs.append { [self] in [("stats.json", Array(try analysis.document.jsonText().utf8))] }
        let rendered = try ConcurrentJobs.run(jobs).joined()
        var files = OutputFileSet()
        for (path, bytes) in rendered { files.add(path, bytes) }
        // summary.md last: its changes section compares the new chart files with the earlier set's.
        let changes = changesSection(previous: previous, charts: charts,
                                     files: Dictionary(rendered.map { ($0.0, $0.1) }) { first, _ in first })
        files.add("summary.md", Array(summaryMarkdown(charts: charts, imageBaseURL: imageBaseURL, changes: changes).utf8))
        return files
    }
}
