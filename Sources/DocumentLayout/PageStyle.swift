import ChartEngine

/// The report page's geometry, type scale and colours (CHART-STYLE "The report page").
///
/// - Margins 20 mm on every side; a 12-column grid with 12 pt gutters across the text width.
/// - Running text is set on 9 of the 12 columns (about 65 characters a line); tables, charts and
///   URLs use the full text width.
/// - Type: headings 18 / 14 / 11.5 pt bold, body 10.5 pt on 1.4 line spacing, tables 9.5 pt, captions and
///   notes 9 pt, footer 8 pt, hashes 7 pt DejaVu Sans Mono. One family (DejaVu Sans).
/// - Vertical spacing between blocks is always a multiple of 4 pt.
/// - Colours from the chart theme: text #1A1A1A, muted #595959, rules #D9D9D9; one accent (#0072B2) for the
///   short bar over section headings and for links.
struct PageStyle {
    /// Paper size in points.
    let paper: Size
    /// 20 mm.
    let margin = 20 * 72 / 25.4
    /// Grid columns and gutter.
    let columns = 12
    let gutter = 12.0

    init(paper: Size) { self.paper = paper }

    var left: Double { margin }
    var top: Double { margin }
    var width: Double { paper.width - 2 * margin }
    var bottom: Double { paper.height - margin }
    var right: Double { paper.width - margin }
    /// Baseline of the running footer, inside the bottom margin.
    var footerBaseline: Double { paper.height - margin / 2 }

    /// Width of one grid column.
    var columnWidth: Double { (width - Double(columns - 1) * gutter) / Double(columns) }
    /// Width of `n` adjacent columns including the gutters between them.
    func span(_ n: Int) -> Double { Double(n) * columnWidth + Double(max(n - 1, 0)) * gutter }
    /// Left edge of column `n` (0-based) relative to the text area.
    func columnOffset(_ n: Int) -> Double { Double(n) * (columnWidth + gutter) }
    /// The measure for running text: 9 columns.
    var measure: Double { span(9) }

    // MARK: Colours

    static let ink = Color(hex: 0x1A1A1A)
    static let muted = Color(hex: 0x595959)
    static let rule = Color(hex: 0xD9D9D9)
    static let accent = Color(hex: 0x0072B2)

    // MARK: Type scale

    static let family = TextStyle.defaultFamily
    static let monoFamily = "DejaVu Sans Mono"

    static let display = TextStyle(size: 28, weight: .bold, color: ink, lineHeight: 1.15)
    static let h1 = TextStyle(size: 18, weight: .bold, color: ink, lineHeight: 1.2)
    static let h2 = TextStyle(size: 14, weight: .bold, color: ink, lineHeight: 1.25)
    static let h3 = TextStyle(size: 11.5, weight: .bold, color: ink, lineHeight: 1.3)
    static let body = TextStyle(size: 10.5, color: ink, lineHeight: 1.4)
    static let lead = TextStyle(size: 13, color: muted, lineHeight: 1.35)
    static let caption = TextStyle(size: 9, color: muted, lineHeight: 1.35)
    static let tableCell = TextStyle(size: 9.5, color: ink, lineHeight: 1.3)
    static let tableHeader = TextStyle(size: 8.5, weight: .bold, color: muted, lineHeight: 1.3)
    static let contentsEntry = TextStyle(size: 10.5, color: ink, lineHeight: 1.3)
    static let contentsSubEntry = TextStyle(size: 9.5, color: muted, lineHeight: 1.3)
    static let small = TextStyle(size: 8, color: muted, lineHeight: 1.3)
    static let smallBold = TextStyle(size: 8, weight: .bold, color: muted, lineHeight: 1.3)
    static let mono = TextStyle(size: 7, color: muted, lineHeight: 1.3, family: monoFamily)
    static let footer = TextStyle(size: 8, color: muted)
    static let link = TextStyle(size: 9.5, color: accent, lineHeight: 1.3)

    // MARK: Spacing (multiples of 4 pt)

    /// Space above a section heading that does not start a page.
    static let beforeH1 = 32.0
    /// Space under a section heading.
    static let afterH1 = 16.0
    static let beforeH2 = 20.0
    static let afterH2 = 8.0
    /// Between paragraphs.
    static let paragraphGap = 8.0
    /// Between list items.
    static let itemGap = 4.0
    /// Between blocks of different kinds (paragraph → table).
    static let blockGap = 12.0
    /// Between two figures on one page.
    static let figureGap = 24.0

    /// Design size a chart is laid out at before being scaled to the text width. At 640 × 360 the chart's
    /// 11 pt labels print at about 8.3 pt and its 9 pt source line at about 6.8 pt on A4: legible next to
    /// 10.5 pt body text. (At 960 × 540 they would shrink to 5.5 pt; at the text width itself, 482 pt, the
    /// chart's 20 pt type would outweigh the page's headings.)
    static let chartDesignSize = Size(640, 360)
}
