import ChartEngine

/// One thing placed on a planned page, in page coordinates (points, origin top-left).
indirect enum PageItem {
    /// A text laid out at `width` (nil: unwrapped) with its box's top-left corner at `origin`.
    case text(String, TextStyle, origin: Point, width: Double?)
    /// A horizontal rule.
    case rule(x0: Double, x1: Double, y: Double, width: Double, color: Color, dash: [Double])
    /// A filled rectangle.
    case box(Rect, Color)
    /// A chart drawn at `origin`, scaled by `scale` from its own size.
    case chart(ChartSpec, origin: Point, scale: Double)
    /// An external link area.
    case uriLink(String, Rect)
    /// An internal link area to a named destination.
    case destinationLink(String, Rect)
    /// A named destination.
    case destination(String, Point)
    /// A structure element around its children (tagged PDF).
    case structure(String, [PageItem])
}

/// A page of the plan: what viewers show as its label, the footer's right-hand text and its items.
struct PlannedPage {
    var label: String
    var footerRight: String?
    var items: [PageItem] = []
}

/// Flows blocks down pages: measures each block with the canvas's text system and starts a new page when it
/// does not fit. Nothing is drawn here.
final class PageFlow {
    let style: PageStyle
    let canvas: Canvas
    /// Pages filled so far; the last one is current.
    private(set) var pages: [[PageItem]] = []
    /// Top of the free space on the current page.
    var y: Double
    /// Destination name → index of the page it is on.
    private(set) var destinations: [String: Int] = [:]

    init(style: PageStyle, canvas: Canvas) {
        self.style = style
        self.canvas = canvas
        self.y = style.top
    }

    var bottom: Double { style.bottom }
    var remaining: Double { bottom - y }
    /// Whether nothing has been placed on the current page yet.
    var atTop: Bool { pages.isEmpty || pages[pages.count - 1].isEmpty || y <= style.top + 0.001 }
    var pageIndex: Int { max(pages.count - 1, 0) }

    func newPage() {
        pages.append([])
        y = style.top
    }

    private func ensurePage() { if pages.isEmpty { newPage() } }

    /// Starts a new page unless the current one is still empty.
    func breakPage() {
        ensurePage()
        if !atTop { newPage() }
    }

    /// Moves to the next page when `height` does not fit in what is left of the current one.
    func need(_ height: Double) {
        ensurePage()
        if y + height > bottom + 0.001 && !atTop { newPage() }
    }

    /// Set after a heading: the next block's space above is dropped (the heading's own space below rules).
    var afterHeading = false

    /// Vertical space, dropped at the top of a page and right after a heading.
    func space(_ h: Double) {
        ensurePage()
        if !atTop && !afterHeading { y = min(y + h, bottom) }
    }

    func advance(_ h: Double) { y += h }

    func add(_ item: PageItem) {
        ensurePage()
        afterHeading = false
        pages[pages.count - 1].append(item)
    }

    func add(_ items: [PageItem]) { for i in items { add(i) } }

    func destination(_ name: String, x: Double? = nil) {
        ensurePage()
        destinations[name] = pageIndex
        add(.destination(name, Point(x ?? style.left, y)))
    }

    // MARK: Measuring

    func layout(_ text: String, _ style: TextStyle, width: Double? = nil) -> TextLayout {
        canvas.layoutText(text, style: style, width: width)
    }

    func height(_ text: String, _ style: TextStyle, width: Double?) -> Double {
        layout(text, style, width: width).size.height
    }

    /// Height of the first `lines` lines of a text (for keep-with-next decisions). A paragraph is split only
    /// with two lines on each side, so one shorter than `lines + 2` lines keeps its whole height.
    func height(ofLines lines: Int, _ text: String, _ style: TextStyle, width: Double) -> Double {
        let l = layout(text, style, width: width)
        guard l.lineCount >= lines + 2, l.lineCount > 0 else { return l.size.height }
        return l.size.height / Double(l.lineCount) * Double(lines)
    }

    // MARK: Text blocks

    /// A paragraph of running text, split by lines across pages when it does not fit: at least two lines stay
    /// at the bottom of a page and at least two move to the next (orphan and widow control).
    /// `extra` adds items for each placed piece (its text box, trimmed to the widest line; whether it is the
    /// first piece), e.g. a link area or a list bullet.
    func paragraph(_ text: String, _ textStyle: TextStyle, x: Double, width: Double, tag: String = "P",
                   extra: (_ rect: Rect, _ first: Bool) -> [PageItem] = { _, _ in [] }) {
        ensurePage()
        var rest = text
        var first = true
        while true {
            let l = layout(rest, textStyle, width: width)
            if y + l.size.height <= bottom + 0.001 {
                let rect = Rect(x: x, y: y, width: l.contentWidth, height: l.size.height)
                add(.structure(tag, [.text(rest, textStyle, origin: Point(x, y), width: width)] + extra(rect, first)))
                y += l.size.height
                return
            }
            let lineHeight = l.size.height / Double(max(l.lineCount, 1))
            let fitting = Int(((bottom - y) / lineHeight).rounded(.down))
            // Keep two lines together at both ends unless the page is empty (then take what fits).
            var take = min(fitting, l.lineCount - 2)
            if atTop { take = max(min(fitting, l.lineCount - 1), 1) }
            if take < 2 && !atTop { newPage(); continue }
            guard let (head, tail) = split(rest, style: textStyle, width: width, lines: take, available: bottom - y) else {
                if atTop {  // a single unbreakable word taller than the page: place it and move on
                    add(.structure(tag, [.text(rest, textStyle, origin: Point(x, y), width: width)]))
                    y = bottom
                    return
                }
                newPage(); continue
            }
            let hl = layout(head, textStyle, width: width)
            add(.structure(tag, [.text(head, textStyle, origin: Point(x, y), width: width)] +
                           extra(Rect(x: x, y: y, width: hl.contentWidth, height: hl.size.height), first)))
            newPage()
            rest = tail
            first = false
        }
    }

    /// Splits `text` after the largest prefix of words that sets in at most `lines` lines and fits `available`.
    /// Line breaking is greedy, so that prefix is exactly the paragraph's first lines.
    func split(_ text: String, style textStyle: TextStyle, width: Double, lines: Int,
               available: Double) -> (String, String)? {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count > 1, lines >= 1 else { return nil }
        func fits(_ k: Int) -> Bool {
            let l = layout(words[..<k].joined(separator: " "), textStyle, width: width)
            return l.lineCount <= lines && l.size.height <= available + 0.001
        }
        var lo = 0, hi = words.count - 1  // largest k in 1...count-1 with fits(k)
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if fits(mid) { lo = mid } else { hi = mid - 1 }
        }
        guard lo >= 1 else { return nil }
        return (words[..<lo].joined(separator: " "), words[lo...].joined(separator: " "))
    }
}
