import Foundation

/// Notes on the chart: a panel's own note, and the count of labels left out.
extension ChartDrawing {
    /// A panel note (11 pt, muted) centred in the panel, else at its top or bottom, clear of marks;
    /// placed before every other mark label.
    func queuePanelNote(_ note: String, in f: PanelFrame) {
        labelJobs.append(LabelJob(priority: .panelNote) { [self] in
            let t = canvas.layoutText(note, style: theme.style(theme.typeScale.label, theme.muted).with(alignment: .center),
                                      width: f.rect.width - 16)
            let w = t.contentWidth + 0.5
            let layout = canvas.layoutText(note, style: theme.style(theme.typeScale.label, theme.muted).with(alignment: .center),
                                           width: w)
            let h = layout.size.height
            var candidates: [Rect] = []
            for fy in [0.5, 0.3, 0.7, 0.15, 0.85] {
                for fx in [0.5, 0.3, 0.7] {
                    let cx = f.rect.minX + f.rect.width * fx, cy = f.rect.minY + f.rect.height * fy
                    candidates.append(Rect(x: cx - w / 2, y: cy - h / 2, width: w, height: h))
                }
            }
            let inside = candidates.filter { f.rect.contains($0) }
            let r = placer.firstFit(inside, gap: 4) ?? placer.firstFit(inside, gap: 4, avoidMarks: false)
            if let r { put(layout, r, .panelNote) } else { placer.omit(note, .panelNote) }
        })
    }

    /// "+N labels not shown", right-aligned on the last footer row, when any label was left out.
    func drawOmittedLabelsNote(in row: Rect, right: Double, style: TextStyle) {
        guard !placer.omitted.isEmpty else { return }
        let n = placer.omitted.count
        let t = canvas.layoutText("+\(n) label\(n == 1 ? "" : "s") not shown", style: style)
        put(t, Rect(x: right - t.size.width, y: row.maxY - t.size.height, width: t.size.width, height: t.size.height), .note)
    }
}
