import ChartEngine
import DatasetCore
import DocumentLayout
import PartialDates
import StatisticsCore

extension Publication {
    /// Everything the PDF says, from the analysis and the narrative: the input of `ReportPDF`.
    func reportContent(charts: [StandardChart], paper: Paper, createDate: PDFDate) -> ReportContent {
        let statistics = analysis.statistics
        let year = statistics.reportYear ?? 0
        let names = self.names
        let figures = charts.enumerated().map { index, chart in
            let text = text(for: chart)
            // the member timeline is laid out at the height its rows need (up to a page), the others at 16:9.
            let design = chart == .memberTimeline ? memberTimelineDesignSize(paper: paper) : nil
            // The PDF draws no chart title (the figure heading says it): a chart sizing rows to the room may use it;
            // nor the chart's caption: the statement says what it leaves out, in a sentence.
            var context = chartContext
            context.drawsTitle = false
            var spec = chart.spec(context, words: words(for: chart), size: design ?? Size(960, 540), theme: .light)
            spec.figureNumber = "Figure \(index + 1)"
            return ReportContent.Figure(id: chart.name, heading: text.title, chart: spec, caption: "",
                                        statement: text.statement, altText: text.altText, designSize: design)
        }
        let title = "\(names.publicationTitle) \(year)"
        let keywords = config.keywords.isEmpty ? [names.label, "membership", "coordination outputs"].compactMap { $0 }
            : config.keywords
        let sources = ReportTables.sources(analysis.dataset)
        var content = ReportContent(
            paper: paper.size, title: title, subtitle: config.group ?? config.subject,
            year: year, asOfDate: asOf?.description ?? "no dates",
            inputs: analysis.dataset.inputs.map { .init(file: $0.fileName, sha256: $0.sha256, rows: $0.rows) },
            keyFigures: KeyFigures(statistics: statistics, names: names).rows
                .map { .init(label: $0.label, value: $0.value, note: $0.note) },
            findings: Findings.sentences(statistics: statistics, names: names, roster: analysis.dataset.members,
                                         outputs: analysis.dataset.outputs),
            figures: figures,
            roster: ReportTables.roster(analysis.dataset.members, reportYear: year),
            yearOutputs: ReportTables.yearOutputs(analysis.dataset.outputs, reportYear: year),
            dataQuality: dataQualityBlocks(),
            methodology: Methodology.sections(names: names).flatMap { [.heading($0.heading), .paragraph($0.paragraph)] },
            sources: sources.links,
            metadata: PDFMetadata(title: title, author: config.author ?? names.label,
                                  subject: config.subject ?? "Membership growth and coordination outputs, \(year)",
                                  keywords: keywords, creator: "isecg-report", createDate: createDate))
        content.sourcesNote = sources.note
        return content
    }

    /// Data quality: reconciliation of reported totals, dates known only to the month or year, warnings.
    func dataQualityBlocks() -> [ReportContent.Block] {
        let rows = analysis.statistics.reconciliation
        var blocks: [ReportContent.Block] = [.heading("Reported totals against the roster")]
        if rows.isEmpty {
            blocks.append(.paragraph("The datasets hold no reported totals to reconcile."))
        } else {
            blocks.append(.paragraph(DataQuality.reconciliationSummary(rows)))
            if let caveat = DataQuality.pressCountCaveat(analysis.dataset.members) { blocks.append(.paragraph(caveat)) }
            blocks.append(.table(ReportContent.Table(
                columns: [.init("Date", weight: 1.2), .init("Reported", alignment: .trailing),
                          .init("Roster", alignment: .trailing), .init("Difference", alignment: .trailing),
                          .init("Status", weight: 2.6)],
                rows: Array(ReportTables.cut(DataQuality.reconciliationRows(rows), file: "reported_counts.csv").rows),
                note: ReportTables.cut(rows, file: "reported_counts.csv").note)))
        }
        // A compact table by year, not a bullet per date (69 of them on the bundled data); no heading when
        // every date is exact.
        let members = analysis.dataset.members, items = analysis.dataset.outputs
        if let table = ReportTables.impreciseDates(members, items) {
            blocks.append(.heading("Dates known only to the month or year"))
            if let summary = DataQuality.impreciseDatesSummary(roster: members, outputs: items) {
                blocks.append(.paragraph(summary))
            }
            blocks.append(.table(table))
        }
        blocks.append(.heading("Validation warnings"))
        let warnings = analysis.dataset.warnings
        if warnings.isEmpty {
            blocks.append(.paragraph("The datasets passed validation without warnings."))
        } else {
            let (shown, note) = ReportTables.cut(warnings, file: "the output of isecg-report validate")
            blocks.append(.bullets(shown.map(\.description)))
            if let note { blocks.append(.paragraph(note)) }
        }
        return blocks
    }

    /// The text of summary.md.
    func summaryMarkdown(charts: [StandardChart], imageBaseURL: String? = nil, changes: [String] = []) -> String {
        SummaryMarkdown.make(statistics: analysis.statistics, names: names, charts: charts, changes: changes,
                             imageBaseURL: imageBaseURL,
                             asOf: asOf?.description ?? "no dates",
                             inputs: analysis.dataset.inputs.map { InputFileSummary(file: $0.fileName, sha256: $0.sha256, rows: $0.rows) },
                             roster: analysis.dataset.members, outputs: analysis.dataset.outputs)
    }

    /// The member timeline's design size in the PDF: the standard width, and the height its rows need, up to a
    /// full page (60 rows at 8 pt on A4).
    func memberTimelineDesignSize(paper: Paper) -> Size {
        let width = DocumentPDF.chartDesignWidth
        return Size(width, MemberTimelineChart.canvasHeight(
            members: analysis.dataset.members, reportYear: analysis.statistics.reportYear ?? 0, width: width,
            maximum: DocumentPDF.fullPageChartHeight(paper: paper.size), titled: false))
    }
}
