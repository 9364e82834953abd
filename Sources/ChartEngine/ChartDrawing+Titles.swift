import Foundation

/// Title and subtitle wrapping: balanced lines, so a wrapped title does not end in a widow.
extension ChartDrawing {
    /// `text` wrapped to at most `width`, then to the narrowest width that keeps the same number of lines, so
    /// the lines come out about even ("Membership nearly doubled / since 2007, mostly after 2018", not a last
    /// line of one word). Number ranges never break (``PangoInput``), nor, with `.spacesOnly`, words at their
    /// hyphens; a word wider than `width` still wraps (Pango's fallback, at its hyphens where they fit).
    func balancedText(_ text: String, style: TextStyle, width: Double, breaking: LineBreaking = .standard) -> TextLayout {
        let full = canvas.layoutText(text, style: style, width: width, breaking: breaking)
        guard full.lineCount > 1 else { return full }
        // Bisection on the wrapping width: the line count only grows as the width shrinks.
        var lo = full.contentWidth / Double(full.lineCount), hi = full.contentWidth
        var best = full
        for _ in 0..<10 where hi - lo > 1 {
            let mid = (lo + hi) / 2
            let candidate = canvas.layoutText(text, style: style, width: mid, breaking: breaking)
            if candidate.lineCount == full.lineCount { best = candidate; hi = mid } else { lo = mid }
        }
        return best
    }
}
