import ChartEngine

/// What a planned page holds, for checking a layout without drawing it (no chart is rendered).
public struct PlannedPageSummary: Sendable, Hashable {
    /// The page label viewers show ("i", "ii", then "1", "2", …).
    public var label: String
    /// The headings (H1 and H2 texts) on the page, top to bottom.
    public var headings: [String]
    /// How many figures (charts) the page holds.
    public var figures: Int
    /// Whether the page's last element is a heading: a heading left alone at a page foot.
    public var endsWithHeading: Bool
}

extension DocumentPDF {
    /// Plans every page of `content` with the same text system the PDF uses and returns what each page holds,
    /// without drawing charts or writing a file: the page count and page breaks are those ``render(_:)`` gives.
    public static func plan(_ content: DocumentContent) throws -> [PlannedPageSummary] {
        let document = try PDFDocument(metadata: content.metadata)
        var plan: PagePlan?
        try document.page(size: content.paper) { canvas in plan = PagePlanner(content: content, canvas: canvas).plan() }
        guard let plan else { throw ChartEngineError.invalidArgument("report plan missing") }
        return plan.pages.map { page in
            let tagged = page.items.flatMap(taggedElements)
            let headings = tagged.filter { $0.tag == "H1" || $0.tag == "H2" }.map(\.text)
            let last = tagged.last
            return PlannedPageSummary(label: page.label, headings: headings,
                                      figures: tagged.filter { $0.tag == "Figure" }.count,
                                      endsWithHeading: last.map { $0.tag == "H1" || $0.tag == "H2" } ?? false)
        }
    }

    /// The page's structure elements in order with their text (the first text item inside each).
    private static func taggedElements(_ item: PageItem) -> [(tag: String, text: String)] {
        guard case .structure(let tag, let children) = item else { return [] }
        let inner = children.flatMap(taggedElements)
        if ["H1", "H2", "Figure", "P", "LI", "Caption", "TOCI"].contains(tag) || inner.isEmpty {
            let text = children.lazy.compactMap { child -> String? in
                if case .text(let t, _, _, _) = child { return t }
                return nil
            }.first ?? ""
            return [(tag, text)]
        }
        return inner
    }
}
