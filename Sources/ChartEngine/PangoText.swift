internal import CCairo
internal import CPangoCairo
import Foundation

/// Pango units per point (PANGO_SCALE).
private let pangoScale = 1024.0

/// One Pango font map and context with pinned, surface-independent metrics.
///
/// Resolution is 72 dpi (1 pt = 1 unit), hinting and hinted metrics are off and glyph positions are not
/// rounded, so a layout measured here is identical on PDF, SVG and PNG at any scale. The font map sees only
/// the faces of its ``FontStack`` (docs/fonts.md).
final class PangoTextSystem {
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer
    /// Keyed by the whole style (colour and line spacing do not change the font's height, and are few).
    private var naturalLineHeights: [TextStyle: Double] = [:]
    /// Each requested family's fallback list as Pango's comma-separated family string, made once (it was a
    /// tenth of a build's time when made per layout).
    private var familyLists: [String: String] = [:]
    /// Layouts already made on this thread, by everything that decides them: the page planner measures a text
    /// and the page then draws it, a chart's PNG and SVG lay out the same labels. Layouts are immutable once made,
    /// so a cached one is the same as a new one. Two generations of at most ``layoutCacheLimit`` each: when
    /// the newer is full it becomes the older (the older is dropped), and a layout found in the older moves
    /// to the newer. So what was used lately survives a full cache (a clear-all dropped the planner's layouts
    /// just before the page drew them), and memory stays bounded on any dataset.
    private var layouts: [LayoutKey: TextLayout] = [:]
    private var olderLayouts: [LayoutKey: TextLayout] = [:]
    static let layoutCacheLimit = 1_024

    /// What a layout depends on.
    private struct LayoutKey: Hashable {
        let text: String
        let style: TextStyle
        let width: Double?
        let breaking: LineBreaking
    }

    /// The stack every text falls back through.
    let fonts: FontStack
    private let fontConfig: PrivateFontConfig

    /// A text system drawing only with the faces of `fonts` (see ``PrivateFontConfig``); `fontconfigFile`
    /// replaces the machine's fontconfig configuration when looking the families up (tests use it).
    init(fonts: FontStack, fontconfigFile: String? = nil) throws {
        PangoTextSystem.pinPreferredLanguages()
        fontConfig = fontconfigFile == nil ? try PrivateFontConfig.shared(for: fonts)
                                           : try PrivateFontConfig(stack: fonts, systemConfigFile: fontconfigFile)
        self.fonts = fonts
        guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
            throw ChartEngineError.cairo("pango_cairo_font_map_new_for_font_type failed")
        }
        fontMap = map
        pango_fc_font_map_set_config(OpaquePointer(map), fontConfig.config)
        pango_cairo_font_map_set_resolution(OpaquePointer(map), 72)
        context = pango_font_map_create_context(map)
        let options = cairo_font_options_create()
        defer { cairo_font_options_destroy(options) }
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        pango_cairo_context_set_resolution(context, 72)
        pango_context_set_round_glyph_positions(context, 0)
        let language = pango_language_from_string("en")
        pango_context_set_language(context, language)
        pango_context_set_base_dir(context, PANGO_DIRECTION_LTR)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    func fontDescription(_ style: TextStyle) -> OpaquePointer {
        let desc = pango_font_description_new()!
        pango_font_description_set_family(desc, familyList(style.family))
        pango_font_description_set_weight(desc, style.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(desc, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_font_description_set_absolute_size(desc, style.size * pangoScale)
        return desc
    }

    private func familyList(_ family: String) -> String {
        if let list = familyLists[family] { return list }
        let list = fonts.fallbackList(startingWith: family).joined(separator: ",")
        familyLists[family] = list
        return list
    }

    /// The font's natural line height (ascent + descent) in points.
    func naturalLineHeight(_ style: TextStyle) -> Double {
        if let h = naturalLineHeights[style] { return h }
        let layout = pango_layout_new(context)!
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let desc = fontDescription(style)
        defer { pango_font_description_free(desc) }
        pango_layout_set_font_description(layout, desc)
        pango_layout_set_text(layout, "Ag", -1)
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let h = Double(logical.height) / pangoScale
        naturalLineHeights[style] = h
        return h
    }

    /// Lays out plain text (no markup), wrapped to `width` points when given, breaking lines as `breaking`
    /// allows (``PangoInput``).
    func layout(_ text: String, style: TextStyle, width: Double?, breaking: LineBreaking = .standard) -> TextLayout {
        let key = LayoutKey(text: text, style: style, width: width, breaking: breaking)
        if let cached = layouts[key] { return cached }
        let found = olderLayouts[key] ?? oneLine(text, style: style, width: width, breaking: breaking)
            ?? makeLayout(text, style: style, width: width, breaking: breaking)
        if layouts.count >= Self.layoutCacheLimit {
            olderLayouts = layouts
            layouts = Dictionary(minimumCapacity: Self.layoutCacheLimit)
        }
        layouts[key] = found
        return found
    }

    /// A cached layout, newer generation first, without moving it.
    private func cached(_ key: LayoutKey) -> TextLayout? { layouts[key] ?? olderLayouts[key] }

    /// The text wrapped at `width`, made without Pango from its unwrapped layout when that is cached and is one
    /// left-to-right line no wider than `width`: Pango would set the same glyphs on the same line, offset only
    /// by the alignment. A table cell is measured unwrapped, then at its column's width, then drawn aligned;
    /// a chart title is tried at several widths. Nil when Pango must lay it out: not cached, wider, several
    /// lines, right-to-left text, or text Pango is given changed (``PangoInput``).
    private func oneLine(_ text: String, style: TextStyle, width: Double?, breaking: LineBreaking) -> TextLayout? {
        guard let width,
              let natural = cached(LayoutKey(text: text, style: style, width: nil, breaking: breaking))
                ?? cached(LayoutKey(text: text, style: style.with(alignment: .left), width: nil, breaking: breaking)),
              natural.lineCount == 1, natural.isLeftToRight, PangoInput.prepare(text, breaking: breaking).origins == nil
        else { return nil }
        // Pango's own arithmetic: the width in whole Pango units, the line placed by integer units.
        let layoutUnits = Int((max(width, 1) * pangoScale).rounded(.down))
        let lineUnits = Int((natural.contentWidth * pangoScale).rounded())
        guard lineUnits <= layoutUnits else { return nil }
        let shiftUnits: Int
        switch style.alignment {
        case .left: shiftUnits = 0
        case .center: shiftUnits = (layoutUnits - lineUnits) / 2
        case .right: shiftUnits = layoutUnits - lineUnits
        }
        // A wrapped layout is drawn from its box's corner and Pango moves the line by the alignment; the shared
        // unwrapped one has no width to align in, so the move is its offset.
        return TextLayout(sharing: natural, style: style, width: width, logicalOffsetX: -Double(shiftUnits) / pangoScale)
    }

    private func makeLayout(_ text: String, style: TextStyle, width: Double?, breaking: LineBreaking) -> TextLayout {
        let layout = pango_layout_new(context)!
        let desc = fontDescription(style)
        defer { pango_font_description_free(desc) }
        pango_layout_set_font_description(layout, desc)
        let input = width == nil ? (text: text, origins: nil) : PangoInput.prepare(text, breaking: breaking)
        pango_layout_set_text(layout, input.text, -1)
        if let width {
            pango_layout_set_width(layout, Int32((max(width, 1) * pangoScale).rounded(.down)))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        }
        switch style.alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        if let lineHeight = style.lineHeight {
            let natural = naturalLineHeight(style)
            if natural > 0 { pango_layout_set_line_spacing(layout, Float(lineHeight * style.size / natural)) }
        }
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        let baseline = Double(pango_layout_get_baseline(layout)) / pangoScale
        let lines = Int(pango_layout_get_line_count(layout))
        // With a wrapping width the box spans the whole width, so alignment inside it is kept when placed.
        let lx = width == nil ? Double(logical.x) / pangoScale : 0, ly = Double(logical.y) / pangoScale
        let contentWidth = Double(logical.width) / pangoScale
        return TextLayout(handle: layout, text: text, style: style,
                          size: Size(width.map { max($0, contentWidth) } ?? contentWidth, Double(logical.height) / pangoScale),
                          contentWidth: contentWidth,
                          baseline: baseline - ly, lineCount: lines, logicalOffset: Point(lx, ly),
                          wrapWidth: width, uncoveredCharacters: TextCoverage.uncoveredCharacters(of: layout),
                          pangoOrigins: input.origins)
    }

    /// Draws a layout with its logical box's top-left corner at the cairo current origin `(x, y)`.
    func show(_ layout: TextLayout, cr: OpaquePointer, x: Double, y: Double) {
        cairo_move_to(cr, x - layout.logicalOffset.x, y - layout.logicalOffset.y)
        pango_cairo_show_layout(cr, layout.handle)
    }
}

/// Text that has been shaped and measured by Pango, ready to draw on the canvas that made it.
///
/// The box is the layout's *logical* extent (advance widths and line heights), which is what text is
/// aligned and collision-tested by.
public final class TextLayout {
    let handle: OpaquePointer
    /// The text as given (plain text, no markup).
    public let text: String
    /// The style it was laid out with.
    public let style: TextStyle
    /// Logical width and height in points (the width is the wrapping width when one was given).
    public let size: Size
    /// Width of the widest line, in points.
    public let contentWidth: Double
    /// Distance from the top of the box to the first line's baseline, in points.
    public let baseline: Double
    /// Number of lines after wrapping.
    public let lineCount: Int
    /// The wrapping width, if any.
    public let wrapWidth: Double?
    /// Characters no family of the font stack covers (drawn as boxes), each once; empty when all are covered.
    public let uncoveredCharacters: [Unicode.Scalar]
    let logicalOffset: Point
    /// For each scalar of the text Pango was given, the index of the scalar of `text` it stands for (nil: the same text).
    let pangoOrigins: [Int]?

    /// The text of each line as laid out (wrapped or at line breaks), without trailing spaces or the line
    /// break; the text itself when it is one line.
    public private(set) lazy var lines: [String] = lineTexts()

    init(handle: OpaquePointer, text: String, style: TextStyle, size: Size, contentWidth: Double, baseline: Double, lineCount: Int,
         logicalOffset: Point, wrapWidth: Double?, uncoveredCharacters: [Unicode.Scalar] = [], pangoOrigins: [Int]? = nil) {
        self.handle = handle; self.text = text; self.style = style; self.size = size; self.contentWidth = contentWidth
        self.baseline = baseline; self.lineCount = lineCount; self.logicalOffset = logicalOffset
        self.wrapWidth = wrapWidth
        self.uncoveredCharacters = uncoveredCharacters
        self.pangoOrigins = pangoOrigins
    }

    /// The same glyphs as `natural` (one unwrapped line), boxed at a wrapping `width`, its line drawn
    /// `-logicalOffsetX` from the box's left edge: what Pango makes of the text at that width when it fits.
    convenience init(sharing natural: TextLayout, style: TextStyle, width: Double, logicalOffsetX: Double) {
        g_object_ref(UnsafeMutableRawPointer(natural.handle))
        self.init(handle: natural.handle, text: natural.text, style: style,
                  size: Size(max(width, natural.contentWidth), natural.size.height), contentWidth: natural.contentWidth,
                  baseline: natural.baseline, lineCount: 1, logicalOffset: Point(logicalOffsetX, natural.logicalOffset.y),
                  wrapWidth: width, uncoveredCharacters: natural.uncoveredCharacters, pangoOrigins: nil)
    }

    /// The lines, cut from `text` where Pango's lines start (byte offsets into its copy, mapped back).
    private func lineTexts() -> [String] {
        guard lineCount > 1, let given = pango_layout_get_text(handle) else { return [text] }
        // Pango's copy: scalar index at each UTF-8 byte offset where a scalar starts.
        var scalarAt: [Int: Int] = [:]
        var offset = 0
        for (i, scalar) in String(cString: given).unicodeScalars.enumerated() {
            scalarAt[offset] = i
            offset += String(scalar).utf8.count
        }
        scalarAt[offset] = scalarAt.count
        let scalars = Array(text.unicodeScalars)
        var starts: [Int] = []
        for i in 0..<lineCount {
            guard let line = pango_layout_get_line_readonly(handle, Int32(i)) else { continue }
            let pangoIndex = scalarAt[Int(line.pointee.start_index)] ?? 0
            let origin = pangoOrigins.map { pangoIndex < $0.count ? $0[pangoIndex] : scalars.count } ?? pangoIndex
            starts.append(min(origin, scalars.count))
        }
        return starts.indices.map { i in
            let end = i + 1 < starts.count ? starts[i + 1] : scalars.count
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[starts[i]..<max(starts[i], end)])
            return String(view).trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }
}

extension PangoTextSystem {
    /// The calling thread's text system for `fonts`, made on first use and kept: making a font map costs more
    /// than laying out a whole chart. Pango objects must not cross threads, so each thread has its own.
    /// Layout does not depend on what was drawn before.
    static func forCurrentThread(fonts: FontStack = .standard) throws -> PangoTextSystem {
        let key = "isecg.PangoTextSystem." + fonts.allFamilies.joined(separator: ",") + "|" + fonts.monospace.joined(separator: ",")
        if let system = Thread.current.threadDictionary[key] as? PangoTextSystem { return system }
        let system = try PangoTextSystem(fonts: fonts)
        Thread.current.threadDictionary[key] = system
        return system
    }

    /// Pango picks the language of a run in a script the context language (English) does not cover from the
    /// user's preferred languages (`PANGO_LANGUAGE`, `LANGUAGE`), and the language selects glyph forms (Serbian
    /// Cyrillic, Japanese or Chinese Han). Pinning the list to English makes the choice Pango's fixed table's,
    /// whatever the environment says. Done once, before the first Pango call that reads it.
    static func pinPreferredLanguages() { _ = preferredLanguagesPinned }

    private static let preferredLanguagesPinned: Bool = {
        setenv("PANGO_LANGUAGE", "en", 1)
        return true
    }()
}
