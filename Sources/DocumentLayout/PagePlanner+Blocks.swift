import ChartEngine

/// Running text: paragraphs, bullet lists, subheadings and tables in the order a section lists them.
extension PagePlanner {
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

    func blocks(_ flow: PageFlow, _ blocks: [DocumentContent.Block], continuation: String,
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
}
