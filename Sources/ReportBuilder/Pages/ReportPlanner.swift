import ChartEngine
import Foundation

/// The planning pass: turns ``ReportContent`` into positioned page items, measuring with `canvas`.
///
/// Page order: title (label "i"), contents ("ii", …), then the numbered pages: key figures, charts, member
/// roster, outputs of the year, data quality, methodology, sources. Every section starts on a new page;
/// figures share a page two at a time when both fit.
final class ReportPlanner {
    let content: ReportContent
    let canvas: Canvas
    let style: ReportPageStyle
    typealias S = ReportPageStyle

    init(content: ReportContent, canvas: Canvas) {
        self.content = content
        self.canvas = canvas
        self.style = ReportPageStyle(paper: content.paper)
    }

    /// A line of the contents: title, destination and depth (0 section, 1 subsection).
    struct ContentsLine {
        var title: String
        var destination: String
        var level: Int
    }

    func plan() -> ReportPlan {
        let body = PageFlow(style: style, canvas: canvas)
        var outline: [OutlineEntry] = []

        outline.append(keyFigures(body))
        outline.append(figures(body))
        outline.append(tableSection(body, title: "Member roster", destination: "roster", table: content.roster))
        outline.append(tableSection(body, title: "Outputs in \(content.year)", destination: "outputs",
                                    table: content.yearOutputs))
        outline.append(blockSection(body, title: "Data quality", destination: "data-quality", blocks: content.dataQuality))
        outline.append(blockSection(body, title: "Methodology", destination: "methodology", blocks: content.methodology))
        outline.append(sources(body))

        var lines: [ContentsLine] = []
        for entry in outline {
            lines.append(ContentsLine(title: entry.title, destination: entry.destination, level: 0))
            for child in entry.children {
                lines.append(ContentsLine(title: child.title, destination: child.destination, level: 1))
            }
        }
        let front = PageFlow(style: style, canvas: canvas)
        contents(front, lines: lines, pageOf: body.destinations)

        var pages: [PlannedPage] = [PlannedPage(label: "i", footerRight: nil, items: titlePage())]
        for (i, items) in front.pages.enumerated() {
            let label = ReportPlanner.roman(i + 2)
            pages.append(PlannedPage(label: label, footerRight: "Page \(label)", items: items))
        }
        let total = body.pages.count
        for (i, items) in body.pages.enumerated() {
            pages.append(PlannedPage(label: "\(i + 1)", footerRight: "Page \(i + 1) of \(total)", items: items))
        }
        return ReportPlan(pages: pages,
                          outline: [OutlineEntry(title: "Contents", destination: "contents")] + outline)
    }

    // MARK: Headings

    /// A section heading (H1) with the accent bar above it. Sections run on after one another; the heading
    /// moves to the next page unless `keep` points of what follows fit under it. `newPage` starts a page.
    func sectionHeading(_ flow: PageFlow, _ title: String, destination: String, keep: Double, newPage: Bool = false) {
        if newPage { flow.breakPage() }
        flow.space(S.beforeH1)
        let h = flow.height(title, S.h1, width: style.width)
        flow.need(3 + 13 + h + S.afterH1 + keep)
        flow.destination(destination)
        flow.add(.box(Rect(x: style.left, y: flow.y, width: 28, height: 3), S.accent))
        flow.advance(3 + 13)
        flow.add(.structure("H1", [.text(title, S.h1, origin: Point(style.left, flow.y), width: style.width)]))
        flow.advance(h + S.afterH1)
        flow.afterHeading = true
    }

    /// What a section heading keeps with it when its section starts with `blocks`.
    func leadHeight(_ flow: PageFlow, _ blocks: [ReportContent.Block]) -> Double {
        guard let first = blocks.first else { return 20 }
        if case .heading(let title) = first {
            return flow.height(title, S.h2, width: style.measure) + S.afterH2 + keepHeight(flow, blocks.dropFirst().first)
        }
        return keepHeight(flow, first)
    }

    /// A subsection heading (H2) kept on the same page as `keep` points of what follows.
    func subheading(_ flow: PageFlow, _ title: String, destination: String?, keep: Double,
                    textStyle: TextStyle = S.h2, tag: String = "H2", width: Double? = nil) {
        flow.space(S.beforeH2)
        let w = width ?? style.measure
        let h = flow.height(title, textStyle, width: w)
        flow.need(h + S.afterH2 + keep)
        if let destination { flow.destination(destination) }
        flow.add(.structure(tag, [.text(title, textStyle, origin: Point(style.left, flow.y), width: w)]))
        flow.advance(h + S.afterH2)
        flow.afterHeading = true
    }

    /// The height a heading keeps with the block after it: two lines of text, or a table's header and two rows.
    func keepHeight(_ flow: PageFlow, _ block: ReportContent.Block?) -> Double {
        switch block {
        case .paragraph(let text)?:
            return flow.height(ofLines: 2, text, S.body, width: style.measure)
        case .bullets(let items)?:
            return items.first.map { flow.height(ofLines: 2, $0, S.body, width: style.measure - 14) } ?? 0
        case .table(let t)?:
            return tableKeep(t)
        case .heading?, nil:
            return 0
        }
    }

    /// A table's header and first two rows (single-line estimate).
    func tableKeep(_ t: ReportContent.Table) -> Double {
        let cell = S.tableCell.size * (S.tableCell.lineHeight ?? 1.3) + 2 * PageFlow.cellPadding
        let header = S.tableHeader.size * (S.tableHeader.lineHeight ?? 1.3) + 2 * PageFlow.cellPadding
        return header + cell * Double(max(min(t.rows.count, 2), 1))
    }

    // MARK: Running text

    func bullets(_ flow: PageFlow, _ items: [String], x: Double? = nil, width: Double? = nil) {
        let x = x ?? style.left, width = width ?? style.measure
        let indent = 14.0
        for (i, item) in items.enumerated() {
            if i > 0 { flow.space(S.itemGap) }
            flow.paragraph(item, S.body, x: x + indent, width: width - indent, tag: "LI") { rect, first in
                first ? [.text("•", S.body.with(color: S.muted), origin: Point(x + 2, rect.y), width: nil)] : []
            }
        }
    }

    func blocks(_ flow: PageFlow, _ blocks: [ReportContent.Block], continuation: String,
                destinationPrefix: String) -> [OutlineEntry] {
        var children: [OutlineEntry] = []
        for (i, block) in blocks.enumerated() {
            switch block {
            case .heading(let title):
                let dest = "\(destinationPrefix)-\(i + 1)"
                subheading(flow, title, destination: dest, keep: keepHeight(flow, i + 1 < blocks.count ? blocks[i + 1] : nil))
                children.append(OutlineEntry(title: title, destination: dest))
            case .paragraph(let text):
                flow.space(S.paragraphGap)
                flow.paragraph(text, S.body, x: style.left, width: style.measure)
            case .bullets(let items):
                flow.space(S.paragraphGap)
                bullets(flow, items)
            case .table(let table):
                flow.space(S.blockGap)
                flow.need(keepHeight(flow, block))
                flow.table(table, x: style.left, width: style.width, continuation: continuation)
            }
        }
        return children
    }

    // MARK: Sections

    func keyFigures(_ flow: PageFlow) -> OutlineEntry {
        sectionHeading(flow, "Key figures", destination: "key-figures", keep: 0, newPage: true)
        let hasNotes = content.keyFigures.contains { !($0.note ?? "").isEmpty }
        var columns = [ReportContent.Table.Column("Measure", weight: 5), ReportContent.Table.Column("Value", alignment: .trailing, weight: 2)]
        if hasNotes { columns.append(ReportContent.Table.Column("Note", weight: 5)) }
        let rows = content.keyFigures.map { k in hasNotes ? [k.label, k.value, k.note ?? ""] : [k.label, k.value] }
        let table = ReportContent.Table(columns: columns, rows: rows, emptyText: "No key figures are available.")
        flow.table(table, x: style.left, width: style.width,
                   continuation: "Key figures (continued)", cellStyle: S.tableCell.with(alignment: .left))
        if !content.findings.isEmpty {
            let keep = flow.height(ofLines: 2, content.findings[0], S.body, width: style.measure - 14)
            subheading(flow, "Findings", destination: nil, keep: keep)
            bullets(flow, content.findings)
        }
        return OutlineEntry(title: "Key figures", destination: "key-figures")
    }

    static func destinationName(_ id: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
        return String(id.map { allowed.contains($0) ? $0 : "-" })
    }

    /// A figure's parts, measured.
    struct PlacedFigure {
        var heading: String
        var spec: ChartSpec
        var scale: Double
        var frame: Size
        var inset: Double
        var headingHeight: Double
        var captionHeight: Double
        var statementHeight: Double
        var total: Double { headingHeight + frame.height + captionHeight + statementHeight }
    }

    /// The chart's inner padding at the design size (ChartEngine pads charts narrower than 800 pt by 12 pt).
    static let chartPadding = 12.0

    func measureFigure(_ flow: PageFlow, _ figure: ReportContent.Figure, number: Int) -> PlacedFigure {
        let heading = "Figure \(number): \(figure.heading)"
        var spec = figure.chart
        spec.size = S.chartDesignSize
        spec.title = ""
        spec.figureNumber = nil
        spec.caption = nil
        if spec.theme.isDark { spec.theme = .light }
        // The chart's frame bleeds into the margins by its inner padding, so that its texts and plot line
        // up with the text column on both sides; it keeps its 16:9 ratio.
        let pad = ReportPlanner.chartPadding
        let scale = style.width / (spec.size.width - 2 * pad)
        let frame = Size(spec.size.width * scale, spec.size.height * scale)
        return PlacedFigure(
            heading: heading, spec: spec, scale: scale, frame: frame, inset: pad * scale,
            headingHeight: flow.height(heading, S.h3, width: style.width),
            captionHeight: figure.caption.isEmpty ? 0 : flow.height(figure.caption, S.caption, width: style.width),
            statementHeight: figure.statement.isEmpty ? 0 : flow.height(figure.statement, S.body, width: style.width) + 8)
    }

    func figures(_ flow: PageFlow) -> OutlineEntry {
        let measured = content.figures.enumerated().map { measureFigure(flow, $1, number: $0 + 1) }
        sectionHeading(flow, "Charts", destination: "charts", keep: measured.first?.total ?? 20)
        var children: [OutlineEntry] = []
        for (i, figure) in content.figures.enumerated() {
            let m = measured[i]
            flow.space(S.figureGap)
            flow.need(m.total)
            let dest = "figure-\(ReportPlanner.destinationName(figure.id))-\(i + 1)"
            flow.destination(dest)
            children.append(OutlineEntry(title: m.heading, destination: dest))
            flow.add(.structure("H2", [.text(m.heading, S.h3, origin: Point(style.left, flow.y), width: style.width)]))
            // The chart's own top padding is the space under the heading.
            flow.advance(m.headingHeight)
            flow.add(.structure("Figure", [.chart(m.spec, origin: Point(style.left - m.inset, flow.y), scale: m.scale)]))
            flow.advance(m.frame.height)
            if !figure.caption.isEmpty {
                flow.paragraph(figure.caption, S.caption, x: style.left, width: style.width, tag: "Caption")
            }
            if !figure.statement.isEmpty {
                flow.advance(8)
                flow.paragraph(figure.statement, S.body, x: style.left, width: style.width)
            }
        }
        if content.figures.isEmpty {
            flow.paragraph("No charts are available.", S.body.with(color: S.muted), x: style.left, width: style.measure)
        }
        return OutlineEntry(title: "Charts", destination: "charts", children: children)
    }

    func tableSection(_ flow: PageFlow, title: String, destination: String, table: ReportContent.Table) -> OutlineEntry {
        sectionHeading(flow, title, destination: destination, keep: table.rows.isEmpty ? 20 : tableKeep(table))
        flow.table(table, x: style.left, width: style.width, continuation: "\(title) (continued)")
        return OutlineEntry(title: title, destination: destination)
    }

    func blockSection(_ flow: PageFlow, title: String, destination: String, blocks list: [ReportContent.Block]) -> OutlineEntry {
        sectionHeading(flow, title, destination: destination, keep: leadHeight(flow, list))
        let children = blocks(flow, list, continuation: "\(title) (continued)", destinationPrefix: destination)
        if list.isEmpty {
            flow.paragraph("Nothing to report.", S.body.with(color: S.muted), x: style.left, width: style.measure)
        }
        return OutlineEntry(title: title, destination: destination, children: children)
    }

    func sources(_ flow: PageFlow) -> OutlineEntry {
        sectionHeading(flow, "Sources", destination: "sources", keep: 40)
        for (i, source) in content.sources.enumerated() {
            if i > 0 { flow.space(12) }
            let lines = urlLines(flow, source.url, width: style.width)
            let lineHeight = flow.height("Ag", S.link, width: nil)
            let usedHeight = source.usedFor.isEmpty ? 0 : flow.height(source.usedFor, S.caption, width: style.measure) + 2
            flow.need(lineHeight * Double(lines.count) + usedHeight)
            // A URL is broken by hand (after '/', '?', '&', … where possible) so no hyphen is ever inserted
            // into it; each line is a link to the whole URL.
            var items: [PageItem] = []
            for line in lines {
                flow.need(lineHeight)
                let w = flow.layout(line, S.link).contentWidth
                let rect = Rect(x: style.left, y: flow.y, width: w, height: lineHeight)
                items = [.text(line, S.link, origin: Point(style.left, flow.y), width: nil), .uriLink(source.url, rect)]
                flow.add(.structure("P", items))
                flow.advance(lineHeight)
            }
            if !source.usedFor.isEmpty {
                flow.advance(2)
                flow.paragraph(source.usedFor, S.caption, x: style.left, width: style.measure)
            }
        }
        if content.sources.isEmpty {
            flow.paragraph("No sources are listed.", S.body.with(color: S.muted), x: style.left, width: style.measure)
        }
        return OutlineEntry(title: "Sources", destination: "sources")
    }

    /// Breaks a URL into lines no wider than `width`, preferring breaks after separators.
    func urlLines(_ flow: PageFlow, _ url: String, width: Double) -> [String] {
        var lines: [String] = []
        var rest = Substring(url)
        let separators: Set<Character> = ["/", "?", "&", "=", "-", "_", ".", "#", "%", "+", ","]
        while !rest.isEmpty {
            if flow.layout(String(rest), S.link).contentWidth <= width { lines.append(String(rest)); break }
            // Longest prefix that fits (binary search over characters).
            let chars = Array(rest)
            var lo = 1, hi = chars.count
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if flow.layout(String(chars[..<mid]), S.link).contentWidth <= width { lo = mid } else { hi = mid - 1 }
            }
            var cut = lo
            if let sep = (1...lo).reversed().first(where: { separators.contains(chars[$0 - 1]) }), Double(sep) >= Double(lo) * 0.6 {
                cut = sep
            }
            lines.append(String(chars[..<cut]))
            rest = Substring(String(chars[cut...]))
        }
        return lines
    }

    // MARK: Contents

    func contents(_ flow: PageFlow, lines: [ContentsLine], pageOf: [String: Int]) {
        sectionHeading(flow, "Contents", destination: "contents", keep: 0, newPage: true)
        let right = style.left + style.span(9)
        let numberWidth = 36.0
        // Leaders stop at one place, before the widest page number, and their dots sit on a common 3.5 pt pitch.
        let widestNumber = lines.compactMap { pageOf[$0.destination].map { "\($0 + 1)" } }
            .map { flow.layout($0, S.contentsEntry).contentWidth }.max() ?? 0
        let pitch = 3.5
        let leaderEnd = right - widestNumber - 6
        for (i, line) in lines.enumerated() {
            let textStyle = line.level == 0 ? S.contentsEntry : S.contentsSubEntry
            let x = style.left + (line.level == 0 ? 0 : style.columnOffset(1))
            let textWidth = right - numberWidth - 12 - x
            let page = pageOf[line.destination].map { "\($0 + 1)" } ?? ""
            if i > 0 { flow.space(line.level == 0 ? 12 : 4) }
            let l = flow.layout(line.title, textStyle, width: textWidth)
            flow.need(l.size.height)
            let y = flow.y
            var items: [PageItem] = [
                .text(line.title, textStyle, origin: Point(x, y), width: textWidth),
                .text(page, textStyle.with(alignment: .right), origin: Point(right - numberWidth, y), width: numberWidth),
            ]
            if l.lineCount == 1 {
                let x0 = style.left + ((x + l.contentWidth + 6 - style.left) / pitch).rounded(.up) * pitch
                let x1 = leaderEnd
                let baselineY = y + l.baseline
                if x1 - x0 > 12 {
                    items.append(.rule(x0: x0, x1: x1, y: baselineY - 0.5, width: 0.9, color: Color(hex: 0xA6A6A6), dash: [0.01, pitch]))
                }
            }
            items.append(.destinationLink(line.destination, Rect(x: x, y: y, width: right - x, height: l.size.height)))
            flow.add(.structure("TOCI", items))
            flow.advance(l.size.height)
        }
    }

    // MARK: Title page

    func titlePage() -> [PageItem] {
        var items: [PageItem] = []
        let x = style.left
        var y = style.top + (style.bottom - style.top) * 0.22
        items.append(.box(Rect(x: x, y: y, width: 28, height: 3), S.accent))
        y += 3 + 20
        let year = "\(content.year)"
        if !content.title.contains(year) {
            let yearStyle = TextStyle(size: 14, weight: .bold, color: S.muted, lineHeight: 1.2)
            items.append(.structure("P", [.text(year, yearStyle, origin: Point(x, y), width: style.span(10))]))
            y += canvas.measure(year, style: yearStyle, width: style.span(10)).height + 8
        }
        let titleWidth = style.width
        items.append(.structure("H1", [.text(content.title, S.display, origin: Point(x, y), width: titleWidth)]))
        y += canvas.measure(content.title, style: S.display, width: titleWidth).height + 16
        if let subtitle = content.subtitle, !subtitle.isEmpty {
            items.append(.structure("P", [.text(subtitle, S.lead, origin: Point(x, y), width: style.span(9))]))
            y += canvas.measure(subtitle, style: S.lead, width: style.span(9)).height + 24
        } else {
            y += 8
        }
        let asOf = "Data as of \(ReportPlanner.longDate(content.asOfDate))"
        items.append(.structure("P", [.text(asOf, S.body.with(color: S.muted), origin: Point(x, y), width: style.span(9))]))

        // Small print at the foot of the page: the inputs with their SHA-256.
        var foot: [PageItem] = []
        var fy = 0.0
        let fileX = x, fileW = style.span(3)
        let rowsX = x + style.columnOffset(3), rowsW = style.span(1)
        let hashX = x + style.columnOffset(4) + 4, hashW = style.span(8) - 4
        let label = "Input data"
        foot.append(.text(label, S.smallBold, origin: Point(x, fy), width: style.width))
        fy += canvas.measure(label, style: S.smallBold).height + 6
        let header: [(String, Double, Double, TextAlignment)] = [("File", fileX, fileW, .left), ("Rows", rowsX, rowsW, .right),
                                                                  ("SHA-256", hashX, hashW, .left)]
        for (t, hx, hw, align) in header {
            foot.append(.text(t, S.small.with(alignment: align), origin: Point(hx, fy), width: hw))
        }
        fy += canvas.measure("File", style: S.small).height + 3
        foot.append(.rule(x0: x, x1: style.right, y: fy, width: 0.5, color: S.muted, dash: []))
        for input in content.inputs {
            fy += 3
            let fileHeight = canvas.measure(input.file, style: S.small.with(color: S.ink), width: fileW).height
            let hashHeight = canvas.measure(input.sha256, style: S.mono, width: hashW).height
            let smallBaseline = canvas.layoutText("Ag", style: S.small).baseline
            let monoBaseline = canvas.layoutText("Ag", style: S.mono).baseline
            foot.append(.text(input.file, S.small.with(color: S.ink), origin: Point(fileX, fy), width: fileW))
            foot.append(.text(ReportPlanner.grouped(input.rows), S.small.with(color: S.ink).with(alignment: .right),
                              origin: Point(rowsX, fy), width: rowsW))
            foot.append(.text(input.sha256, S.mono, origin: Point(hashX, fy + smallBaseline - monoBaseline), width: hashW))
            fy += max(fileHeight, hashHeight) + 3
            foot.append(.rule(x0: x, x1: style.right, y: fy, width: 0.5, color: S.rule, dash: []))
        }
        if let creator = content.metadata.creator, !creator.isEmpty {
            fy += 8
            let note = "Produced with \(creator) from the input data above; the same inputs always give the same document."
            foot.append(.text(note, S.small, origin: Point(x, fy), width: style.measure))
            fy += canvas.measure(note, style: S.small, width: style.measure).height
        }
        let top = style.bottom - fy
        items.append(.structure("Div", foot.map { ReportPlanner.shift($0, dy: top) }))
        return items
    }

    static func shift(_ item: PageItem, dy: Double) -> PageItem {
        switch item {
        case .text(let t, let s, let o, let w): return .text(t, s, origin: Point(o.x, o.y + dy), width: w)
        case .rule(let a, let b, let y, let w, let c, let d): return .rule(x0: a, x1: b, y: y + dy, width: w, color: c, dash: d)
        case .box(let r, let c): return .box(r.offsetBy(dx: 0, dy: dy), c)
        case .chart(let s, let o, let k): return .chart(s, origin: Point(o.x, o.y + dy), scale: k)
        case .uriLink(let u, let r): return .uriLink(u, r.offsetBy(dx: 0, dy: dy))
        case .destinationLink(let n, let r): return .destinationLink(n, r.offsetBy(dx: 0, dy: dy))
        case .destination(let n, let p): return .destination(n, Point(p.x, p.y + dy))
        case .structure(let t, let c): return .structure(t, c.map { shift($0, dy: dy) })
        }
    }

    // MARK: Formatting

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    /// "2024-12-31" → "31 December 2024"; "2024-12" → "December 2024"; anything else unchanged.
    static func longDate(_ iso: String) -> String {
        let parts = iso.split(separator: "-").map { Int($0) }
        guard !parts.contains(where: { $0 == nil }) else { return iso }
        let p = parts.compactMap { $0 }
        switch p.count {
        case 3 where (1...12).contains(p[1]) && (1...31).contains(p[2]): return "\(p[2]) \(monthNames[p[1] - 1]) \(p[0])"
        case 2 where (1...12).contains(p[1]): return "\(monthNames[p[1] - 1]) \(p[0])"
        default: return iso
        }
    }

    /// 12345 → "12,345".
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    /// Lower-case roman numerals for front-matter page labels.
    static func roman(_ n: Int) -> String {
        let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                                      (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var n = n, out = ""
        for (v, s) in table { while n >= v { out += s; n -= v } }
        return out
    }
}
