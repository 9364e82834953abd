import ChartEngine
import DocumentLayout
import Foundation

/// Everything the annual summary PDF says, as plain values: the report model the describe step makes from
/// the analysis. ``document`` turns it into the domain-free ``DocumentContent`` that DocumentLayout lays out;
/// the section titles and the words around empty sections are chosen here.
public struct ReportContent: Sendable {
    /// Paper size in points (A4 595.28 × 841.89, US Letter 612 × 792).
    public var paper: Size
    /// Document title, e.g. "ISECG annual summary 2024".
    public var title: String
    /// One quiet line under the title (e.g. the group's full name and what it is).
    public var subtitle: String?
    /// Report year.
    public var year: Int
    /// The data's as-of date (the latest date in the datasets), ISO form.
    public var asOfDate: String
    /// Input files with their hashes, for the title page's small print.
    public var inputs: [InputLine]
    /// Key figures table rows.
    public var keyFigures: [KeyFigureLine]
    /// Three to five sentences of findings.
    public var findings: [String]
    /// One section per chart, numbered in order.
    public var figures: [Figure]
    /// The member roster table.
    public var roster: Table
    /// The report year's outputs table.
    public var yearOutputs: Table
    /// Data quality: paragraphs and tables (reconciliation, imprecise dates, warnings).
    public var dataQuality: [Block]
    /// Methodology: one heading and paragraph per definition or method.
    public var methodology: [Block]
    /// Every source URL with what it supports (at most the report's row limit).
    public var sources: [SourceLink]
    /// The line under the sources when some were cut ("… and 12 more: see …"); nil when all are listed.
    public var sourcesNote: String?
    /// Document information (title, author, subject, keywords, creator, creation date).
    public var metadata: PDFMetadata

    /// Creates the content of a report.
    public init(paper: Size, title: String, subtitle: String?, year: Int, asOfDate: String, inputs: [InputLine],
                keyFigures: [KeyFigureLine], findings: [String], figures: [Figure], roster: Table,
                yearOutputs: Table, dataQuality: [Block], methodology: [Block], sources: [SourceLink],
                metadata: PDFMetadata) {
        self.paper = paper; self.title = title; self.subtitle = subtitle; self.year = year; self.asOfDate = asOfDate
        self.inputs = inputs; self.keyFigures = keyFigures; self.findings = findings; self.figures = figures
        self.roster = roster; self.yearOutputs = yearOutputs; self.dataQuality = dataQuality
        self.methodology = methodology; self.sources = sources; self.metadata = metadata
    }

    /// One input file: name, SHA-256 (hex) and data rows.
    public struct InputLine: Sendable, Hashable {
        public var file: String
        public var sha256: String
        public var rows: Int
        public init(file: String, sha256: String, rows: Int) { self.file = file; self.sha256 = sha256; self.rows = rows }
    }

    /// One key figure: label, value text (already formatted) and an optional note.
    public struct KeyFigureLine: Sendable, Hashable {
        public var label: String
        public var value: String
        public var note: String?
        public init(label: String, value: String, note: String? = nil) { self.label = label; self.value = value; self.note = note }
    }

    /// A chart section (DocumentLayout's figure).
    public typealias Figure = DocumentContent.Figure
    /// A table that may break across pages.
    public typealias Table = DocumentContent.Table
    /// A piece of running text.
    public typealias Block = DocumentContent.Block
    /// A source URL with what it supports.
    public typealias SourceLink = DocumentContent.SourceLink

    /// The content as a document: title page, then key figures with findings, charts, roster, the year's
    /// outputs, data quality, methodology and sources, in that order. A section with nothing in it (no chart,
    /// no member, no output of the year, no source) is left out: no heading over nothing.
    public var document: DocumentContent {
        let hasNotes = keyFigures.contains { !($0.note ?? "").isEmpty }
        var columns = [Table.Column("Measure", weight: 5), Table.Column("Value", alignment: .trailing, weight: 2)]
        if hasNotes { columns.append(Table.Column("Note", weight: 5)) }
        let rows = keyFigures.map { k in (hasNotes ? [k.label, k.value, k.note ?? ""] : [k.label, k.value]).map(prose) }
        let findings = findings.map(prose)
        let figures = figures.map { figure -> Figure in
            var f = figure
            f.statement = prose(f.statement); f.caption = prose(f.caption)
            return f
        }
        let dataQuality = dataQuality.map { typeset($0) }
        let methodology = methodology.map { typeset($0, formulas: true) }
        let sources = sources.map { SourceLink(url: $0.url, usedFor: prose($0.usedFor)) }
        let keyTable = Table(columns: columns, rows: rows, emptyText: "No key figures are available.")
        let candidates: [(DocumentContent.Section, isEmpty: Bool)] = [
            (.init(title: "Key figures", destination: "key-figures",
                   body: .summary(keyTable, listHeading: "Findings", list: findings)), keyFigures.isEmpty && findings.isEmpty),
            (.init(title: "Charts", destination: "charts", body: .figures(figures, emptyText: "No charts are available.")),
             figures.isEmpty),
            (.init(title: "Member roster", destination: "roster", body: .table(roster)), roster.rows.isEmpty),
            (.init(title: "Outputs in \(year)", destination: "outputs", body: .table(yearOutputs)), yearOutputs.rows.isEmpty),
            (.init(title: "Data quality", destination: "data-quality", body: .blocks(dataQuality, emptyText: "Nothing to report.")),
             dataQuality.isEmpty),
            (.init(title: "Methodology", destination: "methodology", body: .blocks(methodology, emptyText: "Nothing to report.")),
             methodology.isEmpty),
            (.init(title: "Sources", destination: "sources",
                   body: .links(sources, emptyText: "No sources are listed.", note: sourcesNote)), sources.isEmpty),
        ]
        let sections = candidates.filter { !$0.isEmpty }.map(\.0)
        return DocumentContent(
            paper: paper, title: title, subtitle: subtitle, edition: "\(year)",
            dateLine: "Data as of \(HouseStyle.longDate(iso: asOfDate))",
            // report.yml has settings, not data rows: a dash, not "0".
            inputs: inputs.map { .init(file: $0.file, sha256: $0.sha256,
                                       rows: $0.file.hasSuffix(".csv") ? HouseStyle.integer($0.rows) : "\u{2014}") },
            sections: sections, metadata: metadata)
    }
}

extension ReportContent {
    /// Prose as the page sets it: no-break spaces between numbers and units (``HouseStyle/bindingSpaces(_:)``).
    func prose(_ text: String) -> String { HouseStyle.bindingSpaces(text) }

    /// A block typeset for the page; `formulas` also sets exponents as superscripts (the methodology).
    func typeset(_ block: Block, formulas: Bool = false) -> Block {
        let text = { (t: String) in formulas ? prose(HouseStyle.superscripts(t)) : prose(t) }
        switch block {
        case .heading(let t): return .heading(formulas ? HouseStyle.superscripts(t) : t)
        case .paragraph(let t): return .paragraph(text(t))
        case .bullets(let items): return .bullets(items.map(text))
        case .table(var table):
            table.rows = table.rows.map { $0.map(prose) }
            return .table(table)
        }
    }
}

/// The annual summary PDF of a ``ReportContent``.
public enum ReportPDF {
    /// What one planned page holds (its label, headings, figures).
    public typealias PlannedPage = PlannedPageSummary
    /// The PDF bytes: deterministic for the same content and fonts.
    public static func render(_ content: ReportContent) throws -> Data { try DocumentPDF.render(content.document) }
    /// What each page of the PDF holds, planned as ``render(_:)`` plans it but without drawing: for checking
    /// page counts and breaks fast (no chart is rasterised).
    public static func plan(_ content: ReportContent) throws -> [PlannedPage] {
        try DocumentPDF.plan(content.document)
    }
}
