internal import CCairo
internal import CPangoCairo
import Foundation

/// Where a text box sits relative to its anchor point horizontally.
public enum HorizontalAnchor: Sendable, Hashable {
    /// The anchor is the box's left edge.
    case leading
    /// The anchor is the box's horizontal centre.
    case center
    /// The anchor is the box's right edge.
    case trailing
}

/// Where a text box sits relative to its anchor point vertically.
public enum VerticalAnchor: Sendable, Hashable {
    /// The anchor is the box's top edge.
    case top
    /// The anchor is the box's vertical centre.
    case middle
    /// The anchor is the first line's baseline.
    case baseline
    /// The anchor is the box's bottom edge.
    case bottom
}

/// One drawing API over every surface (PNG, PDF, SVG): paths, fills, strokes, clips, text and PDF links.
///
/// Coordinates are points with the origin at the top-left. Canvases are made by ``Canvas/renderPNG(size:scale:_:)``,
/// ``Canvas/renderPDF(size:metadata:_:)``, ``Canvas/renderSVG(size:title:description:_:)`` or a ``PDFDocument`` page;
/// they are valid only inside the drawing closure.
public final class Canvas {
    let surface: CairoSurface
    let textSystem: PangoTextSystem
    /// The logical size of the current page or image, in points.
    public internal(set) var size: Size
    /// Texts laid out on this canvas that no font of the stack fully covers, each once, in order.
    public private(set) var uncoveredTexts: [UncoveredText] = []
    var cr: OpaquePointer { surface.cr }

    init(surface: CairoSurface, textSystem: PangoTextSystem) {
        self.surface = surface
        self.textSystem = textSystem
        self.size = surface.logicalSize
    }

    /// Whether links, destinations and structure tags are written (PDF only; other surfaces ignore them).
    public var supportsLinks: Bool { surface.kind == .pdf }

    // MARK: Paths

    private func apply(_ path: Path) {
        cairo_new_path(cr)
        for element in path.elements {
            switch element {
            case .move(let p): cairo_move_to(cr, p.x, p.y)
            case .line(let p): cairo_line_to(cr, p.x, p.y)
            case .curve(let c1, let c2, let p): cairo_curve_to(cr, c1.x, c1.y, c2.x, c2.y, p.x, p.y)
            case .arc(let c, let r, let a0, let a1): cairo_arc(cr, c.x, c.y, r, a0, a1)
            case .close: cairo_close_path(cr)
            }
        }
    }

    private func setColor(_ c: Color) { cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha) }

    private func setStroke(_ style: StrokeStyle) {
        setColor(style.color)
        cairo_set_line_width(cr, style.width)
        switch style.cap {
        case .butt: cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        case .round: cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        case .square: cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
        }
        switch style.join {
        case .miter: cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER)
        case .round: cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        case .bevel: cairo_set_line_join(cr, CAIRO_LINE_JOIN_BEVEL)
        }
        if style.dash.isEmpty {
            cairo_set_dash(cr, nil, 0, 0)
        } else {
            style.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
        }
    }

    /// Fills a path (non-zero winding) with a colour.
    public func fill(_ path: Path, color: Color) {
        apply(path); setColor(color); cairo_fill(cr)
    }

    /// Strokes a path.
    public func stroke(_ path: Path, style: StrokeStyle) {
        apply(path); setStroke(style); cairo_stroke(cr)
    }

    /// Fills a path, then strokes its outline.
    public func fill(_ path: Path, color: Color, outline: StrokeStyle) {
        apply(path); setColor(color); cairo_fill_preserve(cr); setStroke(outline); cairo_stroke(cr)
    }

    /// Fills a rectangle.
    public func fill(_ rect: Rect, color: Color) { fill(Path.rect(rect), color: color) }

    /// Strokes a straight line.
    public func line(from a: Point, to b: Point, style: StrokeStyle) {
        var p = Path(); p.move(to: a); p.line(to: b); stroke(p, style: style)
    }

    /// Runs `body` with drawing clipped to `rect`; the clip is removed afterwards.
    public func withClip<T>(_ rect: Rect, _ body: () throws -> T) rethrows -> T {
        cairo_save(cr)
        defer { cairo_restore(cr) }
        cairo_new_path(cr)
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(cr)
        return try body()
    }

    /// Runs `body` with the origin moved by `(dx, dy)` and coordinates scaled by `scale`.
    ///
    /// Used to place a chart inside a report page: the chart draws in its own coordinates.
    public func withTransform<T>(translateX dx: Double, y dy: Double, scale: Double = 1, _ body: () throws -> T) rethrows -> T {
        cairo_save(cr)
        defer { cairo_restore(cr) }
        cairo_translate(cr, dx, dy)
        if scale != 1 { cairo_scale(cr, scale, scale) }
        return try body()
    }

    // MARK: Text

    /// Shapes and measures plain text (no markup is interpreted), wrapped to `width` when given, breaking
    /// lines where `breaking` allows.
    public func layoutText(_ text: String, style: TextStyle, width: Double? = nil, breaking: LineBreaking = .standard) -> TextLayout {
        let layout = textSystem.layout(text, style: style, width: width, breaking: breaking)
        if !layout.uncoveredCharacters.isEmpty, !uncoveredTexts.contains(where: { $0.text == text }) {
            uncoveredTexts.append(UncoveredText(text: text, characters: layout.uncoveredCharacters))
        }
        return layout
    }

    /// The logical size of a text, wrapped to `width` when given.
    public func measure(_ text: String, style: TextStyle, width: Double? = nil) -> Size {
        layoutText(text, style: style, width: width).size
    }

    /// Draws a laid-out text with its box's top-left corner at `origin`, optionally rotated (radians,
    /// clockwise) about that corner.
    public func draw(_ layout: TextLayout, at origin: Point, rotation: Double = 0) {
        let c = layout.style.color
        cairo_save(cr)
        defer { cairo_restore(cr) }
        cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha)
        if rotation != 0 {
            cairo_translate(cr, origin.x, origin.y)
            cairo_rotate(cr, rotation)
            textSystem.show(layout, cr: cr, x: 0, y: 0)
        } else {
            textSystem.show(layout, cr: cr, x: origin.x, y: origin.y)
        }
    }

    /// The box a text occupies when anchored at `anchor`.
    public func box(for layout: TextLayout, anchor: Point, horizontal: HorizontalAnchor, vertical: VerticalAnchor) -> Rect {
        let w = layout.size.width, h = layout.size.height
        let x: Double
        switch horizontal { case .leading: x = anchor.x; case .center: x = anchor.x - w / 2; case .trailing: x = anchor.x - w }
        let y: Double
        switch vertical {
        case .top: y = anchor.y
        case .middle: y = anchor.y - h / 2
        case .baseline: y = anchor.y - layout.baseline
        case .bottom: y = anchor.y - h
        }
        return Rect(x: x, y: y, width: w, height: h)
    }

    /// Draws a text anchored at a point and returns the box it occupies.
    @discardableResult
    public func draw(_ layout: TextLayout, anchor: Point, horizontal: HorizontalAnchor = .leading,
                     vertical: VerticalAnchor = .top) -> Rect {
        let r = box(for: layout, anchor: anchor, horizontal: horizontal, vertical: vertical)
        draw(layout, at: Point(r.x, r.y))
        return r
    }

    /// Draws text rotated by `rotation` radians about the centre of its box, centred on `center`;
    /// returns the axis-aligned bounds of the rotated box.
    @discardableResult
    public func draw(_ layout: TextLayout, centeredAt center: Point, rotation: Double) -> Rect {
        let w = layout.size.width, h = layout.size.height
        cairo_save(cr)
        defer { cairo_restore(cr) }
        let c = layout.style.color
        cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha)
        cairo_translate(cr, center.x, center.y)
        cairo_rotate(cr, rotation)
        textSystem.show(layout, cr: cr, x: -w / 2, y: -h / 2)
        let cw = abs(cos(rotation)), sw = abs(sin(rotation))
        let bw = w * cw + h * sw, bh = w * sw + h * cw
        return Rect(x: center.x - bw / 2, y: center.y - bh / 2, width: bw, height: bh)
    }

    // MARK: PDF links, destinations, structure

    private static func quote(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }

    private func deviceRect(_ r: Rect) -> Rect {
        var x0 = r.minX, y0 = r.minY, x1 = r.maxX, y1 = r.maxY
        cairo_user_to_device(cr, &x0, &y0)
        cairo_user_to_device(cr, &x1, &y1)
        return Rect(corner: Point(x0, y0), Point(x1, y1))
    }

    private func rectAttribute(_ r: Rect) -> String {
        let d = deviceRect(r)
        return "rect=[\(fmt(d.x)) \(fmt(d.y)) \(fmt(d.width)) \(fmt(d.height))]"
    }

    /// Makes `rect` a link to an external URI (PDF only).
    public func link(uri: String, rect: Rect) {
        guard supportsLinks else { return }
        cairo_tag_begin(cr, "Link", "\(rectAttribute(rect)) uri=\(Canvas.quote(uri))")
        cairo_tag_end(cr, "Link")
    }

    /// Makes `rect` a link to a named destination in the same document (PDF only).
    public func link(toDestination name: String, rect: Rect) {
        guard supportsLinks else { return }
        cairo_tag_begin(cr, "Link", "\(rectAttribute(rect)) dest=\(Canvas.quote(name))")
        cairo_tag_end(cr, "Link")
    }

    /// Defines a named destination at `point` on the current page (PDF only), for links and outline items.
    public func destination(_ name: String, at point: Point) {
        guard supportsLinks else { return }
        var x = point.x, y = point.y
        cairo_user_to_device(cr, &x, &y)
        cairo_tag_begin(cr, "cairo.dest", "name=\(Canvas.quote(name)) x=\(fmt(x)) y=\(fmt(y))")
        cairo_tag_end(cr, "cairo.dest")
    }

    /// Wraps the drawing in `body` in a PDF structure element (e.g. "H1", "P", "Figure", "Table"); tagged
    /// PDF as far as Cairo 1.16 supports it. Other surfaces just draw.
    public func withStructure<T>(_ tag: String, _ body: () throws -> T) rethrows -> T {
        guard supportsLinks else { return try body() }
        cairo_tag_begin(cr, tag, "")
        defer { cairo_tag_end(cr, tag) }
        return try body()
    }
}

/// Formats a coordinate for Cairo attribute strings: fixed, locale-independent.
func fmt(_ v: Double) -> String { FixedPointText.format(v, decimals: 3) }
