import ChartEngine

/// Tables on report pages: light horizontal rules only, numbers right-aligned, long cells wrapped within
/// their column, rows never split, the header row repeated on every page the table continues on.
extension PageFlow {
    /// Vertical padding above and below a cell's text.
    static let cellPadding = 4.0

    private struct MeasuredTable {
        var xs: [Double]
        var widths: [Double]
        /// Each column's cell style: the table's, set smaller where the column's longest word would not fit.
        var styles: [TextStyle]
        var headerHeight: Double
        var rowHeights: [Double]
    }

    /// The smallest size a cell's text is shrunk to so that its longest word fits its column unbroken.
    static let smallestCellSize = 6.5

    /// A column's extent: the longest word (a run without spaces: an identifier, a date, a number, which are
    /// never broken), the whole widest cell on one line, and the widest but one (to tell a lone outlier).
    private struct ColumnExtent { var word: Double; var line: Double; var secondLine = 0.0; var cells = 0 }

    private func extent(of texts: [String], _ textStyle: TextStyle, words cache: inout [String: Double]) -> ColumnExtent {
        var e = ColumnExtent(word: 0, line: 0)
        for text in texts where !text.isEmpty {
            let cell = layout(text, textStyle)
            let w = cell.contentWidth
            e.cells += 1
            if w > e.line { e.secondLine = e.line; e.line = w } else { e.secondLine = max(e.secondLine, w) }
            for word in text.split(separator: " ") {
                // Scripts written without spaces (Chinese, Japanese, Thai, …) break between characters without
                // a hyphen: only a few characters of such a run must stay together.
                let part = PageFlow.breaksWithoutSpaces(word) ? word.prefix(3) : word
                let key = String(part)
                // The word as the cell's own line sets it (no layout of its own) where the cell can say.
                let w = cache[key] ?? cell.advance(ofUTF8: utf8Range(of: part, in: text)) ?? layout(key, textStyle).contentWidth
                cache[key] = w
                e.word = max(e.word, w + 0.5)  // a hair over, so Pango's rounding never breaks the word
            }
        }
        return e
    }

    /// The UTF-8 byte offsets of `part` (a slice of `text`) in `text`.
    private func utf8Range(of part: Substring, in text: String) -> Range<Int> {
        let start = text.utf8.distance(from: text.startIndex, to: part.startIndex)
        return start..<(start + part.utf8.count)
    }

    /// The largest level in `0...upper` whose `total` (non-decreasing in the level) is at most `usable`, by bisection.
    static func largestLevel(upTo upper: Double, fitting usable: Double, _ total: (Double) -> Double) -> Double {
        var lo = 0.0, hi = upper
        for _ in 0..<50 {
            let mid = (lo + hi) / 2
            if total(mid) <= usable { lo = mid } else { hi = mid }
        }
        return lo
    }

    /// Whether a word is in a script that breaks lines between characters, not at spaces (Han, kana, Thai,
    /// Lao, Khmer, Myanmar, full-width forms).
    static func breaksWithoutSpaces(_ word: Substring) -> Bool {
        word.unicodeScalars.contains { s in
            switch s.value {
            case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF, 0x3040...0x30FF, 0x3400...0x9FFF, 0xF900...0xFAFF,
                 0xFF00...0xFFEF, 0x20000...0x3FFFF: return true
            default: return false
            }
        }
    }

    /// Column widths from the content (after the automatic layout of HTML tables): every column at least as
    /// wide as its longest word. A table whose cells all fit on one line takes the fewest grid columns (at
    /// least 6) that hold it, the spare width going to the columns by weight. Otherwise columns of short
    /// phrases keep their whole line (a region, a country, a date: never wrapped) and one level caps the
    /// others, so a column of long names wraps while short values stay whole. When even the words do not fit,
    /// a level caps the widest words and those columns' text is set smaller.
    private func measure(_ table: DocumentContent.Table, x: Double, width: Double,
                         cellStyle: TextStyle) -> MeasuredTable {
        let n = max(table.columns.count, 1)
        let gutter = style.gutter
        let usable = width - gutter * Double(n - 1)
        var cache: [String: Double] = [:], headerCache: [String: Double] = [:]
        let extents: [ColumnExtent] = table.columns.enumerated().map { i, c in
            let cells = extent(of: table.rows.map { i < $0.count ? $0[i] : "" }, cellStyle, words: &cache)
            let header = extent(of: [c.title], PageStyle.tableHeader, words: &headerCache)
            return ColumnExtent(word: max(cells.word, header.word), line: max(cells.line, header.line),
                                secondLine: max(cells.secondLine, header.line), cells: cells.cells)
        }
        // The line a column of short phrases is given whole: its widest, unless one cell of five or more is much
        // wider than all the others (that one wraps: "Europe (intergovernmental)" among countries).
        let phraseLines = extents.map { e in
            e.cells >= 5 && e.line > 1.15 * e.secondLine ? max(e.secondLine, e.word) : e.line
        }
        let words = extents.map(\.word), lines = extents.map(\.line)
        let wordTotal = words.reduce(0, +), lineTotal = lines.reduce(0, +)
        let weights = table.columns.map { max($0.weight, 0.01) }
        let totalWeight = weights.reduce(0, +)
        var widths: [Double]
        if let k = (6...style.columns).first(where: { style.span($0) >= lineTotal + gutter * Double(n - 1) + 8 * Double(n) }),
           style.span(k) <= width + 0.001 {
            let spare = style.span(k) - gutter * Double(n - 1) - lineTotal
            widths = lines.enumerated().map { i, w in w + spare * weights[i] / totalWeight }
        } else if wordTotal <= usable {
            // Columns of short phrases (no line longer than 1.5 longest words: "North America", "Asia-Pacific")
            // keep their whole line, narrowest first, while the other columns' words still fit: wrapping them
            // would save little and break a phrase.
            var whole = Set<Int>()
            for i in lines.indices.sorted(by: { phraseLines[$0] < phraseLines[$1] }) where phraseLines[i] <= 1.5 * words[i] {
                let need = lines.indices.reduce(0.0) { $0 + (whole.contains($1) || $1 == i ? phraseLines[$1] : words[$1]) }
                if need <= usable { whole.insert(i) }
            }
            // One level caps the other columns: those narrower than it keep their whole line, the others wrap
            // at it (never below their longest word). The level is found by bisection.
            func width(_ i: Int, _ level: Double) -> Double {
                whole.contains(i) ? phraseLines[i] : max(words[i], min(lines[i], level))
            }
            func total(_ level: Double) -> Double { lines.indices.reduce(0) { $0 + width($1, level) } }
            let level = PageFlow.largestLevel(upTo: lines.max() ?? usable, fitting: usable, total)
            widths = lines.indices.map { width($0, level) }
            // What the bisection leaves over goes to the capped columns, evenly.
            let capped = widths.indices.filter { !whole.contains($0) && lines[$0] > widths[$0] + 0.01 }
            let rest = usable - widths.reduce(0, +)
            let receivers = capped.isEmpty ? Array(widths.indices) : capped
            if rest > 0 { for i in receivers { widths[i] += rest / Double(receivers.count) } }
        } else {
            // The words do not fit: a level caps the widest words (their columns' text is set smaller), the
            // others keep their words' width.
            let level = PageFlow.largestLevel(upTo: words.max() ?? usable, fitting: usable) { level in
                words.reduce(0) { $0 + min($1, level) }
            }
            widths = words.map { min($0, level) }
        }
        let styles = words.enumerated().map { i, word -> TextStyle in
            guard word > widths[i] + 0.01 else { return cellStyle }
            var smaller = cellStyle
            smaller.size = max((cellStyle.size * widths[i] / word * 2).rounded(.down) / 2, PageFlow.smallestCellSize)
            return smaller
        }
        var xs: [Double] = []
        var cx = x
        for w in widths { xs.append(cx); cx += w + gutter }
        let pad = PageFlow.cellPadding
        let header = table.columns.enumerated().map { i, c in
            height(c.title, PageStyle.tableHeader, width: widths[i])
        }.max() ?? 0
        let rows = table.rows.map { row in
            (0..<table.columns.count).map { i in
                height(i < row.count ? row[i] : "", styles[i], width: widths[i])
            }.max() ?? 0
        }
        return MeasuredTable(xs: xs, widths: widths, styles: styles, headerHeight: header + 2 * pad,
                             rowHeights: rows.map { $0 + 2 * pad })
    }

    /// What a heading above the table keeps with it on its page: the header row and the first two rows as
    /// ``table(_:x:width:continuation:cellStyle:)`` sets them (or the empty text).
    func leadHeight(_ table: DocumentContent.Table, width: Double, cellStyle base: TextStyle = PageStyle.tableCell) -> Double {
        guard !table.rows.isEmpty, !table.columns.isEmpty else {
            return height(table.emptyText, PageStyle.body, width: width)
        }
        let m = measure(table, x: 0, width: width, cellStyle: base)
        return m.headerHeight + m.rowHeights.prefix(2).reduce(0, +)
    }

    private func cellStyle(_ base: TextStyle, _ alignment: DocumentContent.Table.Alignment) -> TextStyle {
        base.with(alignment: alignment == .trailing ? .right : .left)
    }

    private func headerItems(_ table: DocumentContent.Table, _ m: MeasuredTable, y top: Double, x: Double,
                             width: Double) -> [PageItem] {
        let pad = PageFlow.cellPadding
        var cells: [PageItem] = []
        for (i, c) in table.columns.enumerated() {
            cells.append(.structure("TH", [.text(c.title, cellStyle(PageStyle.tableHeader, c.alignment),
                                                 origin: Point(m.xs[i], top + pad), width: m.widths[i])]))
        }
        return [.structure("TR", cells),
                .rule(x0: x, x1: x + width, y: top + m.headerHeight, width: 0.75, color: PageStyle.muted, dash: [])]
    }

    /// Places a table spanning `width` from `x`. `continuation` is the small label shown above the repeated
    /// header on following pages (e.g. "Section title (continued)").
    func table(_ table: DocumentContent.Table, x: Double, width: Double, continuation: String,
               cellStyle base: TextStyle = PageStyle.tableCell) {
        guard !table.rows.isEmpty, !table.columns.isEmpty else {
            paragraph(table.emptyText, PageStyle.body.with(color: PageStyle.muted), x: x, width: width)
            return
        }
        let m = measure(table, x: x, width: width, cellStyle: base)
        let width = m.xs.last.map { $0 + m.widths[m.widths.count - 1] - x } ?? width
        let continuationHeight = height(continuation, PageStyle.caption, width: width) + 4
        // The note stays on the page of the last row.
        let noteHeight = table.note.map { $0.isEmpty ? 0 : 4 + height($0, PageStyle.caption, width: width) } ?? 0
        var index = 0
        var first = true
        while index < table.rows.count {
            // How many rows fit on this page below the header?
            let labelHeight = first ? 0 : continuationHeight
            func rowsFitting(from top: Double) -> Int {
                var h = top + labelHeight + m.headerHeight
                var count = 0
                for r in index..<table.rows.count {
                    h += m.rowHeights[r] + (r == table.rows.count - 1 ? noteHeight : 0)
                    if h > bottom + 0.001 { break }
                    count += 1
                }
                return count
            }
            var count = rowsFitting(from: y)
            let left = table.rows.count - index
            // No lone header or single row at a page bottom: need two rows (or the whole table) here.
            if (count < min(2, left)) && !atTop {
                newPage()
                count = rowsFitting(from: y)
            }
            count = max(count, 1)  // a row taller than a page still gets placed (clipped by the page edge)
            // No widow: never leave a single row for the next page.
            if count < left && left - count == 1 && count >= 3 { count -= 1 }

            var items: [PageItem] = []
            if !first {
                items.append(.text(continuation, PageStyle.caption, origin: Point(x, y), width: width))
                y += continuationHeight
            }
            let top = y
            var rowItems: [PageItem] = [.structure("THead", headerItems(table, m, y: top, x: x, width: width))]
            var ry = top + m.headerHeight
            var bodyRows: [PageItem] = []
            for r in index..<(index + count) {
                let row = table.rows[r]
                var cells: [PageItem] = []
                for (i, c) in table.columns.enumerated() {
                    let text = i < row.count ? row[i] : ""
                    cells.append(.structure("TD", [.text(text, cellStyle(m.styles[i], c.alignment),
                                                         origin: Point(m.xs[i], ry + PageFlow.cellPadding),
                                                         width: m.widths[i])]))
                }
                bodyRows.append(.structure("TR", cells))
                ry += m.rowHeights[r]
                let last = r == table.rows.count - 1
                bodyRows.append(.rule(x0: x, x1: x + width, y: ry, width: last ? 0.75 : 0.5,
                                      color: last ? PageStyle.muted : PageStyle.rule, dash: []))
            }
            rowItems.append(.structure("TBody", bodyRows))
            items.append(.structure("Table", rowItems))
            add(items)
            y = ry
            index += count
            first = false
            if index < table.rows.count { newPage() }
        }
        if let note = table.note, !note.isEmpty {
            y += 4
            paragraph(note, PageStyle.caption, x: x, width: width)
        }
    }
}
