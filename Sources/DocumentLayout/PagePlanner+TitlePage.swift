import ChartEngine

/// The title page: title, subtitle, as-of date and, at its foot, the input files with their SHA-256.
extension PagePlanner {
    func titlePage() -> [PageItem] {
        var items: [PageItem] = []
        let x = style.left
        var y = style.top + (style.bottom - style.top) * 0.22
        items.append(.box(Rect(x: x, y: y, width: 28, height: 3), S.accent))
        y += 3 + 20
        let year = content.edition
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
        let asOf = content.dateLine
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
            foot.append(.text(input.rows, S.small.with(color: S.ink).with(alignment: .right),
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
        items.append(.structure("Div", foot.map { PagePlanner.shift($0, dy: top) }))
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
}
