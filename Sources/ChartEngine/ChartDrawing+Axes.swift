import Foundation

/// Axes: gridlines, axis lines and tick labels (band labels shrink, then thin, to fit their rows).
extension ChartDrawing {
    /// The smallest size band-axis labels shrink to before rows are thinned.
    static let minimumBandLabelSize = 8.0

    /// Band (row) labels: the label size, or smaller in 0.5 pt steps down to 8 pt so that each row keeps its
    /// label (a Gantt of 18 rows on a 360 pt slide); only rows still too short for 8 pt text are thinned.
    func bandLabelStyle(rows: Int, height: Double) -> TextStyle {
        guard rows > 0 else { return labelStyle }
        let step = abs(BandScale(categories: (0..<rows).map { String($0) }, rangeStart: 0, rangeEnd: height,
                                 paddingInner: 0.25, paddingOuter: 0.15).step)
        var size = theme.typeScale.label
        while size > Self.minimumBandLabelSize,
              canvas.measure("Ag", style: theme.style(size, theme.muted)).height + 1 > step {
            size -= 0.5
        }
        return theme.style(size, theme.muted)
    }

    func drawGrid(_ f: PanelFrame, xTicks: [(value: Double, label: String)]) {
        let style = StrokeStyle(width: theme.gridLineWidth, color: theme.grid)
        if f.spec.y.grid, case .linear(let s) = f.y {
            for t in f.yTicks { let y = s.map(t.value); canvas.line(from: Point(f.rect.minX, y), to: Point(f.rect.maxX, y), style: style) }
        }
        // On a time axis the lines and ticks mark the years' starts; the labels sit mid-year between them.
        let lineOffset: Double
        if case .time = spec.x.kind { lineOffset = -Self.yearLabelOffset } else { lineOffset = 0 }
        if spec.x.grid, case .linear(let s) = f.x {
            for t in xTicks { let x = s.map(t.value + lineOffset); canvas.line(from: Point(x, f.rect.minY), to: Point(x, f.rect.maxY), style: style) }
        }
    }

    /// Year ticks under the x axis line of the bottom panel (a timeline's line is its axis): at every year's
    /// start where a year is at least 4 pt wide, so each mid-year label sits between the ticks of its own year.
    func drawYearTicks(_ f: PanelFrame, xTicks: [(value: Double, label: String)]) {
        let lineOffset = -Self.yearLabelOffset
        if case .time(let domain) = spec.x.kind, case .linear(let s) = f.x {
            let tick = StrokeStyle(width: theme.axisLineWidth, color: theme.axis)
            let first = domain.lowerBound.rounded(.up), last = domain.upperBound.rounded(.down)
            let years = s.unitLength >= 4 && first <= last ? stride(from: first, through: last, by: 1).map { $0 }
                                                            : xTicks.map { $0.value + lineOffset }
            for year in years where domain.contains(year) {
                let x = s.map(year)
                canvas.line(from: Point(x, f.rect.maxY), to: Point(x, f.rect.maxY + (isTimeline(f.spec) ? 5 : 4)), style: tick)
            }
        }
    }

    func drawAxisLines(_ f: PanelFrame) {
        let style = StrokeStyle(width: theme.axisLineWidth, color: theme.axis)
        if isTimeline(f.spec) { return }  // the timeline's own line is the axis
        // Horizontal baseline: at zero when the y domain spans it, else at the bottom.
        if case .hidden = spec.x.kind {} else if case .linear(let s) = f.y {
            let y = (s.domain.contains(0)) ? s.map(0) : f.rect.maxY
            canvas.line(from: Point(f.rect.minX, y), to: Point(f.rect.maxX, y), style: style)
        } else if case .band = f.y, case .linear(let s) = f.x, s.domain.contains(0), hasHorizontalBars(f) {
            let x = s.map(0)
            canvas.line(from: Point(x, f.rect.minY), to: Point(x, f.rect.maxY), style: style)
        } else if case .band = f.y {
            canvas.line(from: Point(f.rect.minX, f.rect.maxY), to: Point(f.rect.maxX, f.rect.maxY), style: style)
        }
    }

    func hasHorizontalBars(_ f: PanelFrame) -> Bool {
        f.spec.marks.contains { if case .bars(let b) = $0 { return b.orientation == .horizontal } else { return false } }
    }

    func drawYLabels(_ f: PanelFrame) {
        let style = f.yLabelStyle.with(alignment: .right)
        switch f.y {
        case .linear(let s):
            for t in f.yTicks {
                let layout = canvas.layoutText(t.label, style: style)
                let r = canvas.box(for: layout, anchor: Point(f.rect.minX - 8, s.map(t.value)), horizontal: .trailing, vertical: .middle)
                put(layout, r, .axisLabel)
            }
        case .band(let b):
            let layouts = f.yTicks.map { canvas.layoutText($0.label, style: style) }
            let h = layouts.map(\.size.height).max() ?? 0
            // Thin: keep every k-th row label when rows are shorter than a line of text and the axis's gap.
            let gap = max(0, f.spec.y.bandLabelGap)
            var k = 1
            while Double(k) * abs(b.step) < h + gap && k < layouts.count { k += 1 }
            for (i, t) in f.yTicks.enumerated() {
                guard let c = b.center(of: t.label) else { continue }
                if i % k != 0 { placer.omit(t.label, .axisLabel); continue }
                let r = canvas.box(for: layouts[i], anchor: Point(f.rect.minX - 8, c), horizontal: .trailing, vertical: .middle)
                if placer.fits(r, gap: 0, avoidMarks: false) { put(layouts[i], r, .axisLabel) } else { placer.omit(t.label, .axisLabel) }
            }
        }
    }

    /// Draws x tick labels under the last panel; returns the bottom of the labels.
    func drawXLabels(_ ticks: [(value: Double, label: String)], frame f: PanelFrame) -> Double {
        let top = f.rect.maxY + xLabelGap
        var bottom = top
        switch f.x {
        case .linear(let s):
            for t in ticks {
                let layout = canvas.layoutText(t.label, style: labelStyle)
                var r = canvas.box(for: layout, anchor: Point(s.map(t.value), top), horizontal: .center, vertical: .top)
                // Keep edge labels on the canvas rather than clipping them.
                if r.minX < placer.bounds.minX { r.x = placer.bounds.minX }
                if r.maxX > placer.bounds.maxX { r.x = placer.bounds.maxX - r.width }
                if placer.fits(r, gap: 4, avoidMarks: false) { put(layout, r, .axisLabel); bottom = max(bottom, r.maxY) }
                else { placer.omit(t.label, .axisLabel) }
            }
        case .band(let b):
            let width = abs(b.step) - 4
            let centered = labelStyle.with(alignment: .center)
            var layouts = ticks.map { canvas.layoutText($0.label, style: centered) }
            if layouts.contains(where: { $0.size.width > width }) {
                layouts = ticks.map { canvas.layoutText($0.label, style: centered, width: max(width, 10)) }
            }
            var k = 1
            let tooTall = layouts.contains { $0.lineCount > 2 }
            if tooTall {
                layouts = ticks.map { canvas.layoutText($0.label, style: centered) }
                let widest = layouts.map(\.size.width).max() ?? 0
                while Double(k) * abs(b.step) < widest + 6 && k < layouts.count { k += 1 }
            }
            for (i, t) in ticks.enumerated() {
                guard let c = b.center(of: t.label) else { continue }
                if i % k != 0 { placer.omit(t.label, .axisLabel); continue }
                let r = canvas.box(for: layouts[i], anchor: Point(c, top), horizontal: .center, vertical: .top)
                if placer.fits(r, gap: 2, avoidMarks: false) { put(layouts[i], r, .axisLabel); bottom = max(bottom, r.maxY) }
                else { placer.omit(t.label, .axisLabel) }
            }
        }
        return bottom
    }
}
