import ChartEngine

/// The contents pages: one line per section and subsection, with dot leaders and page numbers.
extension PagePlanner {
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
            // A wrapped entry puts its page number and leader on its last line, after the last word.
            let last = lastLine(flow, line.title, textStyle, width: textWidth, layout: l)
            let lineTop = y + last.top
            var items: [PageItem] = [
                .text(line.title, textStyle, origin: Point(x, y), width: textWidth),
                .text(page, textStyle.with(alignment: .right), origin: Point(right - numberWidth, lineTop), width: numberWidth),
            ]
            let x0 = style.left + ((x + last.width + 6 - style.left) / pitch).rounded(.up) * pitch
            let x1 = leaderEnd
            if x1 - x0 > 12 {
                items.append(.rule(x0: x0, x1: x1, y: lineTop + l.baseline - 0.5, width: 0.9, color: Color(hex: 0xA6A6A6),
                                   dash: [0.01, pitch]))
            }
            items.append(.destinationLink(line.destination, Rect(x: x, y: y, width: right - x, height: l.size.height)))
            flow.add(.structure("TOCI", items))
            flow.advance(l.size.height)
        }
    }

    /// The width of a text's last line and that line's top, relative to the text's box. Lines break greedily,
    /// so the last line is what is left after the largest prefix that sets in one line fewer.
    func lastLine(_ flow: PageFlow, _ text: String, _ textStyle: TextStyle, width: Double,
                  layout l: TextLayout) -> (width: Double, top: Double) {
        guard l.lineCount > 1,
              let (_, tail) = flow.split(text, style: textStyle, width: width, lines: l.lineCount - 1, available: .infinity)
        else { return (l.contentWidth, 0) }
        let lineHeight = l.size.height / Double(l.lineCount)
        return (flow.layout(tail, textStyle).contentWidth, lineHeight * Double(l.lineCount - 1))
    }
}
