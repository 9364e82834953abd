import ChartEngine

/// The sections: key figures with findings, table sections, block sections and the sources with their URLs.
extension ReportPlanner {
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
}
