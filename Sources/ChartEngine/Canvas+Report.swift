internal import CCairo

// Added for the report pages (ReportBuilder/Pages): a structure element that spans several pages, such as the
// tagged PDF's "Document" wrapper, cannot be expressed with the closure-based `withStructure`.
extension Canvas {
    /// Opens a PDF structure element that is closed later, possibly on another page, by
    /// ``endStructure(_:)`` with the same tag (PDF only; other surfaces ignore it). Tags must nest.
    public func beginStructure(_ tag: String) {
        guard supportsLinks else { return }
        cairo_tag_begin(cr, tag, "")
    }

    /// Closes the element opened by ``beginStructure(_:)``.
    public func endStructure(_ tag: String) {
        guard supportsLinks else { return }
        cairo_tag_end(cr, tag)
    }
}
