import ChartEngine

/// A document as plain data, for ``DocumentPDF``: a title page, then sections of blocks (tables, figures,
/// running text, links), with a contents page drawn from them. It knows blocks, not what they are about:
/// every word comes from the caller; nothing here knows about pages or Cairo.
public struct DocumentContent: Sendable {
    /// Paper size in points (A4 595.28 × 841.89, US Letter 612 × 792).
    public var paper: Size
    /// Document title; also the footer's left-hand text.
    public var title: String
    /// One quiet line under the title.
    public var subtitle: String?
    /// The edition shown above the title when the title does not already contain it (e.g. "2024").
    public var edition: String
    /// The line under the subtitle (e.g. "Data as of 31 December 2024").
    public var dateLine: String
    /// The input files listed in small print at the foot of the title page.
    public var inputs: [InputLine]
    /// The sections, in page order; the first starts a new page, the others run on.
    public var sections: [Section]
    /// PDF metadata (title, author, subject, keywords, dates).
    public var metadata: PDFMetadata
    /// The document's language (BCP 47), the catalog's `/Lang`; the generated words are English.
    public var language = "en"

    /// The figures' alt texts in page order (the order their `/Figure` elements are written).
    var figureAltTexts: [String] {
        sections.flatMap { section -> [String] in
            if case .figures(let figures, _) = section.body { return figures.map(\.altText) }
            return []
        }
    }

    public init(paper: Size, title: String, subtitle: String?, edition: String, dateLine: String, inputs: [InputLine],
                sections: [Section], metadata: PDFMetadata) {
        self.paper = paper; self.title = title; self.subtitle = subtitle; self.edition = edition
        self.dateLine = dateLine; self.inputs = inputs; self.sections = sections; self.metadata = metadata
    }

    /// One input file: its name, its SHA-256 and its row count as written.
    public struct InputLine: Sendable, Hashable {
        public var file: String
        public var sha256: String
        public var rows: String
        public init(file: String, sha256: String, rows: String) { self.file = file; self.sha256 = sha256; self.rows = rows }
    }

    /// A section: its heading (H1, in the outline and the contents), its link destination and its body.
    public struct Section: Sendable, Hashable {
        public var title: String
        public var destination: String
        public var body: Body
        public init(title: String, destination: String, body: Body) {
            self.title = title; self.destination = destination; self.body = body
        }
    }

    /// What a section holds.
    public enum Body: Sendable, Hashable {
        /// A table with left-aligned cells, then (when `list` is not empty) a bulleted list under an unlisted
        /// subheading `listHeading`: a summary of figures with what they mean.
        case summary(Table, listHeading: String, list: [String])
        /// Numbered figures, each with its heading, chart and statement; `emptyText` when there are none.
        case figures([Figure], emptyText: String)
        /// One table that may break across pages.
        case table(Table)
        /// Running text; subheadings become outline entries. `emptyText` when there is nothing.
        case blocks([Block], emptyText: String)
        /// Links, one after another; `emptyText` when there are none; `note` (if any) after the last.
        case links([SourceLink], emptyText: String, note: String? = nil)
    }

    /// A chart section: the chart (drawn full text width at its aspect ratio), its number, caption and a
    /// sentence stating what it shows with numbers.
    public struct Figure: Sendable, Hashable {
        /// Stable identifier, used for link destinations.
        public var id: String
        /// Section heading (usually the chart's title).
        public var heading: String
        /// The chart; its `figureNumber` is set by the caller ("Figure 3").
        public var chart: ChartSpec
        /// Caption under the chart.
        public var caption: String
        /// What the chart shows, with numbers.
        public var statement: String
        /// Alt text (the PDF figure's alternate description).
        public var altText: String
        /// The size the chart is laid out at before it is scaled to the column: nil for the standard
        /// 640 × 360, or a taller one for a chart that needs the height (a Gantt chart's rows, at most
        /// ``DocumentPDF/fullPageChartHeight(paper:)``).
        public var designSize: Size?
        public init(id: String, heading: String, chart: ChartSpec, caption: String, statement: String, altText: String,
                    designSize: Size? = nil) {
            self.id = id; self.heading = heading; self.chart = chart; self.caption = caption
            self.statement = statement; self.altText = altText; self.designSize = designSize
        }

        /// The chart as the PDF draws it: at its design size, in the light theme, without the title and
        /// figure number (the figure's heading says them) or the chart's caption (``caption`` is set under it).
        public var drawnChart: ChartSpec {
            var spec = chart
            spec.size = designSize ?? PageStyle.chartDesignSize
            spec.title = ""
            spec.figureNumber = nil
            spec.caption = nil
            if spec.theme.isDark { spec.theme = .light }
            return spec
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
        /// A line set under the table's last row (e.g. "… and 940 more: see members.csv"); nil for none.
        public var note: String?
        public init(columns: [Column], rows: [[String]], emptyText: String = "None.", note: String? = nil) {
            self.columns = columns; self.rows = rows; self.emptyText = emptyText; self.note = note
        }
    }

    /// A piece of running text in a section.
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

    /// A link: the URL (a link in the PDF, broken by hand across lines) and what it supports.
    public struct SourceLink: Sendable, Hashable {
        public var url: String
        public var usedFor: String
        public init(url: String, usedFor: String) { self.url = url; self.usedFor = usedFor }
    }
}
