import ChartEngine

/// Everything the annual summary PDF says, as plain data, in page order. `ReportPDF` lays it out;
/// nothing here knows about pages or Cairo.
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
    /// Every source URL with what it supports.
    public var sources: [SourceLink]
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

    /// A chart section: the chart (drawn full text width at its aspect ratio), its number, caption and a
    /// sentence stating what it shows with numbers.
    public struct Figure: Sendable, Hashable {
        /// Stable identifier (the chart name), used for link destinations.
        public var id: String
        /// Section heading (usually the chart's title).
        public var heading: String
        /// The chart; its `figureNumber` is set by the report ("Figure 3").
        public var chart: ChartSpec
        /// Caption under the chart.
        public var caption: String
        /// What the chart shows, with numbers.
        public var statement: String
        /// Alt text (the PDF figure's alternate description).
        public var altText: String
        public init(id: String, heading: String, chart: ChartSpec, caption: String, statement: String, altText: String) {
            self.id = id; self.heading = heading; self.chart = chart; self.caption = caption
            self.statement = statement; self.altText = altText
        }
    }

    /// A table that may break across pages, repeating its header row.
    public struct Table: Sendable, Hashable {
        /// Column alignment: numbers right-aligned, text left-aligned.
        public enum Alignment: Sendable, Hashable { case leading, trailing }
        public struct Column: Sendable, Hashable {
            public var title: String
            public var alignment: Alignment
            /// Relative width (the table spans the text width).
            public var weight: Double
            public init(_ title: String, alignment: Alignment = .leading, weight: Double = 1) {
                self.title = title; self.alignment = alignment; self.weight = weight
            }
        }
        public var columns: [Column]
        /// Rows of cell texts, one per column.
        public var rows: [[String]]
        /// Shown instead of the table when there are no rows.
        public var emptyText: String
        public init(columns: [Column], rows: [[String]], emptyText: String = "None.") {
            self.columns = columns; self.rows = rows; self.emptyText = emptyText
        }
    }

    /// A piece of running text in the data-quality and methodology sections.
    public enum Block: Sendable, Hashable {
        /// A level-2 heading.
        case heading(String)
        /// A paragraph.
        case paragraph(String)
        /// A bulleted list.
        case bullets([String])
        /// A table.
        case table(Table)
    }

    /// A source: the URL (a link in the PDF) and what it supports (e.g. "members.csv: ASI, CNES, …").
    public struct SourceLink: Sendable, Hashable {
        public var url: String
        public var usedFor: String
        public init(url: String, usedFor: String) { self.url = url; self.usedFor = usedFor }
    }
}
