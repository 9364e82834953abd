import ChartEngine

/// Section and subsection headings, and what each keeps with it on its page.
extension PagePlanner {
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
    func leadHeight(_ flow: PageFlow, _ blocks: [DocumentContent.Block]) -> Double {
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
    func keepHeight(_ flow: PageFlow, _ block: DocumentContent.Block?) -> Double {
        switch block {
        case .paragraph(let text)?:
            return flow.height(ofLines: 2, text, S.body, width: style.measure)
        case .bullets(let items)?:
            return items.first.map { flow.height(ofLines: 2, $0, S.body, width: style.measure - 14) } ?? 0
        case .table(let t)?:
            return flow.leadHeight(t, width: style.width)
        case .heading(let title)?:  // a subheading directly under: it and a line of what it heads
            return S.beforeH2 + flow.height(title, S.h2, width: style.measure) + S.afterH2 + S.body.size * 1.4
        case nil:
            return 0
        }
    }
}
