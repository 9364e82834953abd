import ChartEngine
import DatasetCore
import Foundation
import StatisticsCore

extension Publication {
    /// The charts the report shows, in order: report.yml's `charts`, or all nine.
    public func reportCharts(configFile: String = "report.yml") throws(ReportError) -> [ChartName] {
        guard let names = config.charts else { return ChartName.allCases }
        var charts: [ChartName] = []
        for name in names {
            guard let chart = ChartName(name: name) else { throw .unknownChart(file: configFile, name: name) }
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
    public func reportFiles(paper: Paper?, sourceDateEpoch: String?) throws -> OutputFileSet {
        guard analysis.statistics.reportYear != nil, !analysis.dataset.members.isEmpty else {
            throw ReportError.noMembers(file: "members.csv")
        }
        let charts = try reportCharts()
        var files = OutputFileSet()
        files.add("stats.json", text: try analysis.document.jsonText())
        let slide = ChartOptions(size: Size(960, 540), scale: 2, theme: slideTheme)
        let createDate = PublicationDate.creation(sourceDateEpoch: sourceDateEpoch, asOf: asOf)
        for chart in charts {
            let spec = chartSpec(chart, options: slide)
            files.add("charts/\(chart.rawValue).png",
                      [UInt8](try ChartExport.render(spec, format: .png, scale: slide.scale, createDate: createDate,
                                                     author: config.author)))
            files.add("charts/\(chart.rawValue).svg",
                      [UInt8](try ChartExport.render(spec, format: .svg, scale: 1, createDate: createDate,
                                                     author: config.author)))
        }
        files.add("summary.md", text: summaryMarkdown(charts: charts))
        let content = reportContent(charts: charts, paper: resolvedPaper(paper), createDate: createDate)
        files.add("annual-summary-\(content.year).pdf", [UInt8](try ReportPDF.render(content)))
        return files
    }
}
