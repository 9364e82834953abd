import Foundation

/// Legend layout: entries in rows under the header, wrapping at the content width.
extension ChartDrawing {
    func drawLegend(top: Double, left: Double, width: Double) -> Double {
        var x = left, y = top
        var rowHeight = 0.0
        for entry in spec.legend {
            let t = canvas.layoutText(entry.label, style: labelTextStyle)
            let keyWidth = entry.symbol == .line ? 18.0 : 11.0
            let w = keyWidth + 5 + t.size.width
            if x > left && x + w > left + width { x = left; y += rowHeight + 4; rowHeight = 0 }
            let midY = y + t.size.height / 2
            let color = theme.resolve(entry.color)
            switch entry.symbol {
            case .swatch:
                let r = Rect(x: x, y: midY - 5.5, width: 11, height: 11)
                if let o = theme.outline(for: entry.color) { canvas.fill(Path.rect(r), color: color, outline: StrokeStyle(width: 0.75, color: o)) }
                else { canvas.fill(r, color: color) }
            case .line:
                canvas.line(from: Point(x, midY), to: Point(x + 18, midY), style: StrokeStyle(width: theme.dataLineWidth, color: color))
            case .point, .diamond:
                // Like the marks they stand for: a pale colour gets the dark outline its markers have.
                let c = Point(x + 5.5, midY), d = 4 * TimelineLayout.diamondScale
                let path = entry.symbol == .point ? Path.circle(center: c, radius: 4)
                    : Path.polygon([Point(c.x, c.y - d), Point(c.x + d, c.y), Point(c.x, c.y + d), Point(c.x - d, c.y)])
                if let o = theme.outline(for: entry.color) { canvas.fill(path, color: color, outline: StrokeStyle(width: 0.75, color: o)) }
                else { canvas.fill(path, color: color) }
            case .hollowPoint:
                // Drawn like a hollow point mark: a ring on the page colour.
                canvas.fill(Path.circle(center: Point(x + 5.5, midY), radius: 4),
                            color: theme.background ?? Color(hex: 0xFFFFFF, alpha: 0),
                            outline: StrokeStyle(width: 1.5, color: color))
            }
            put(t, Rect(x: x + keyWidth + 5, y: y, width: t.size.width, height: t.size.height), .legend)
            x += w + 18
            rowHeight = max(rowHeight, t.size.height)
        }
        return y + rowHeight
    }
}
