import ChartEngine

/// Tables on report pages: light horizontal rules only, numbers right-aligned, long cells wrapped within
/// their column, rows never split, the header row repeated on every page the table continues on.
extension PageFlow {
    /// Vertical padding above and below a cell's text.
    static let cellPadding = 4.0

    private struct MeasuredTable {
        var xs: [Double]
        var widths: [Double]
        var headerHeight: Double
        var rowHeights: [Double]
    }

    private func measure(_ table: DocumentContent.Table, x: Double, width: Double,
                         cellStyle: TextStyle) -> MeasuredTable {
        let n = max(table.columns.count, 1)
        let gutter = style.gutter
        let totalWeight = table.columns.reduce(0) { $0 + max($1.weight, 0.01) }
        // Natural (unwrapped) width of each column.
        let natural: [Double] = table.columns.enumerated().map { i, c in
            let cells = table.rows.map { i < $0.count ? $0[i] : "" }
            let widest = cells.map { layout($0, cellStyle).contentWidth }.max() ?? 0
            return max(widest, layout(c.title, PageStyle.tableHeader).contentWidth)
        }
        let naturalTotal = natural.reduce(0, +) + gutter * Double(n - 1)
        var widths: [Double]
        // A table that fits narrower takes the fewest grid columns (at least 6) that hold it; the spare width
        // goes to the columns by weight. Otherwise columns share the full width by weight.
        if let k = (6...style.columns).first(where: { style.span($0) >= naturalTotal + 8 * Double(n) }), style.span(k) < width {
            let w = style.span(k)
            let spare = w - naturalTotal
            widths = table.columns.enumerated().map { i, c in natural[i] + spare * max(c.weight, 0.01) / totalWeight }
        } else {
            let usable = width - gutter * Double(n - 1)
            widths = table.columns.map { usable * max($0.weight, 0.01) / totalWeight }
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
                height(i < row.count ? row[i] : "", cellStyle, width: widths[i])
            }.max() ?? 0
        }
        return MeasuredTable(xs: xs, widths: widths, headerHeight: header + 2 * pad,
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
        var index = 0
        var first = true
        while index < table.rows.count {
            // How many rows fit on this page below the header?
            let labelHeight = first ? 0 : continuationHeight
            func rowsFitting(from top: Double) -> Int {
                var h = top + labelHeight + m.headerHeight
                var count = 0
                for r in index..<table.rows.count {
                    h += m.rowHeights[r]
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
                    cells.append(.structure("TD", [.text(text, cellStyle(base, c.alignment),
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
    }
}
