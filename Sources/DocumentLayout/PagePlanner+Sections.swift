import ChartEngine

/// The sections by kind: a summary table with its list, a table, running text, and links with their URLs.
extension PagePlanner {
    /// A section of any kind: its heading, then its body. The first section starts a new page.
    func section(_ flow: PageFlow, _ section: DocumentContent.Section, first: Bool) -> OutlineEntry {
        let title = section.title, destination = section.destination
        switch section.body {
        case .summary(let table, let listHeading, let list):
            return summary(flow, title: title, destination: destination, table: table, listHeading: listHeading,
                           list: list, newPage: first)
        case .figures(let figures, let emptyText):
            return self.figures(flow, title: title, destination: destination, figures: figures, emptyText: emptyText)
        case .table(let table):
            return tableSection(flow, title: title, destination: destination, table: table)
        case .blocks(let blocks, let emptyText):
            return blockSection(flow, title: title, destination: destination, blocks: blocks, emptyText: emptyText)
        case .links(let links, let emptyText, let note):
            return self.links(flow, title: title, destination: destination, links: links, emptyText: emptyText, note: note)
        }
    }

    func summary(_ flow: PageFlow, title: String, destination: String, table: DocumentContent.Table, listHeading: String,
                 list: [String], newPage: Bool) -> OutlineEntry {
        let cells = S.tableCell.with(alignment: .left)
        sectionHeading(flow, title, destination: destination, keep: flow.leadHeight(table, width: style.width, cellStyle: cells),
                       newPage: newPage)
        flow.table(table, x: style.left, width: style.width, continuation: "\(title) (continued)", cellStyle: cells)
        if !list.isEmpty {
            let keep = flow.height(ofLines: 2, list[0], S.body, width: style.measure - 14)
            subheading(flow, listHeading, destination: nil, keep: keep)
            bullets(flow, list)
        }
        return OutlineEntry(title: title, destination: destination)
    }

    func tableSection(_ flow: PageFlow, title: String, destination: String, table: DocumentContent.Table) -> OutlineEntry {
        sectionHeading(flow, title, destination: destination, keep: flow.leadHeight(table, width: style.width))
        flow.table(table, x: style.left, width: style.width, continuation: "\(title) (continued)")
        return OutlineEntry(title: title, destination: destination)
    }

    func blockSection(_ flow: PageFlow, title: String, destination: String, blocks list: [DocumentContent.Block],
                      emptyText: String) -> OutlineEntry {
        sectionHeading(flow, title, destination: destination, keep: leadHeight(flow, list))
        let children = blocks(flow, list, continuation: "\(title) (continued)", destinationPrefix: destination)
        if list.isEmpty {
            flow.paragraph(emptyText, S.body.with(color: S.muted), x: style.left, width: style.measure)
        }
        return OutlineEntry(title: title, destination: destination, children: children)
    }

    func links(_ flow: PageFlow, title: String, destination: String, links: [DocumentContent.SourceLink],
               emptyText: String, note: String?) -> OutlineEntry {
        sectionHeading(flow, title, destination: destination, keep: 40)
        for (i, source) in links.enumerated() {
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
        if links.isEmpty {
            flow.paragraph(emptyText, S.body.with(color: S.muted), x: style.left, width: style.measure)
        }
        if let note, !note.isEmpty {
            flow.space(12)
            flow.paragraph(note, S.caption, x: style.left, width: style.measure)
        }
        return OutlineEntry(title: title, destination: destination)
    }

    /// Breaks a URL into lines no wider than `width`, preferring breaks after separators.
    func urlLines(_ flow: PageFlow, _ url: String, width: Double) -> [String] {
        var lines: [String] = []
        var rest = Substring(url)
        let separators: Set<Character> = ["/", "?", "&", "=", "-", "_", ".", "#", "%", "+", ","]
        while !rest.isEmpty {
            let whole = flow.layout(String(rest), S.link)
            if whole.contentWidth <= width { lines.append(String(rest)); break }
            // Longest prefix that fits (binary search over characters), measured in the whole line where it
            // can say (a left-to-right line: a URL), else laid out on its own.
            let chars = Array(rest)
            var prefixBytes = [0]
            for c in chars { prefixBytes.append(prefixBytes[prefixBytes.count - 1] + c.utf8.count) }
            func prefixWidth(_ n: Int) -> Double {
                whole.advance(ofUTF8: 0..<prefixBytes[n]) ?? flow.layout(String(chars[..<n]), S.link).contentWidth
            }
            var lo = 1, hi = chars.count
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if prefixWidth(mid) <= width { lo = mid } else { hi = mid - 1 }
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
