/// Point sizes of the chart type scale.
public struct TypeScale: Sendable, Hashable {
    /// Title (bold).
    public var title: Double = 20
    /// Subtitle.
    public var subtitle: Double = 13
    /// Axis and direct labels.
    public var label: Double = 11
    /// Annotations.
    public var annotation: Double = 10
    /// Source line and notes.
    public var source: Double = 9
    /// The house scale: 20 · 13 · 11 · 10 · 9.
    public init() {}
}

/// Colours, fonts and line widths of a chart. ``Theme/light`` and ``Theme/dark`` follow the house style;
/// ``Theme/transparent()`` drops the page colour.
public struct Theme: Sendable, Hashable {
    /// Page colour; `nil` for a transparent background.
    public var background: Color?
    /// Main text.
    public var text: Color
    /// Subtitles, axis labels, source line.
    public var muted: Color
    /// Gridlines.
    public var grid: Color
    /// Axis baselines and ticks.
    public var axis: Color
    /// Whether this is a dark theme (black in the palette becomes `text`; yellow needs no outline).
    public var isDark: Bool
    /// Font family for every text.
    public var fontFamily: String = TextStyle.defaultFamily
    /// Type sizes in points.
    public var typeScale = TypeScale()
    /// Data line width in points.
    public var dataLineWidth: Double = 2.25
    /// Gridline width in points.
    public var gridLineWidth: Double = 0.5
    /// Axis baseline width in points.
    public var axisLineWidth: Double = 1

    /// Creates a theme.
    public init(background: Color?, text: Color, muted: Color, grid: Color, axis: Color, isDark: Bool) {
        self.background = background; self.text = text; self.muted = muted; self.grid = grid; self.axis = axis
        self.isDark = isDark
    }

    /// White page, near-black text, #595959 muted text, #D9D9D9 grid.
    public static let light = Theme(background: Color(hex: 0xFFFFFF), text: Color(hex: 0x1A1A1A), muted: Color(hex: 0x595959),
                                    grid: Color(hex: 0xD9D9D9), axis: Color(hex: 0x333333), isDark: false)
    /// #1E1E1E page, #E6E6E6 text, #3A3A3A grid (all text ≥ 4.5:1 contrast).
    public static let dark = Theme(background: Color(hex: 0x1E1E1E), text: Color(hex: 0xE6E6E6), muted: Color(hex: 0xADADAD),
                                   grid: Color(hex: 0x3A3A3A), axis: Color(hex: 0xBFBFBF), isDark: true)

    /// The same theme with no background fill.
    public func transparent() -> Theme { var t = self; t.background = nil; return t }

    /// Resolves a series colour for this theme.
    public func resolve(_ c: SeriesColor) -> Color {
        switch c {
        case .palette(.black): return isDark ? text : PaletteColor.black.color
        case .palette(let p): return p.color
        case .grey(let i): return SeriesColor.greys[((i % 4) + 4) % 4]
        case .muted: return muted
        case .custom(let c): return c
        }
    }

    /// An outline for fills that would vanish on the page: yellow on a light background, and any custom fill
    /// within 1.6:1 of the page (on a light page the fill darkened to 45 %; on a dark one mixed halfway to the
    /// text colour).
    public func outline(for c: SeriesColor) -> Color? {
        if case .palette(.yellow) = c, !isDark { return Color(hex: 0x8C8200) }
        guard case .custom(let fill) = c, fill.contrastRatio(with: pageColor) < 1.6 else { return nil }
        if isDark {
            return Color(red: (fill.red + text.red) / 2, green: (fill.green + text.green) / 2, blue: (fill.blue + text.blue) / 2, alpha: 1)
        }
        return Color(red: fill.red * 0.45, green: fill.green * 0.45, blue: fill.blue * 0.45, alpha: 1)
    }

    /// The page colour text is read against (white or #1E1E1E when the background is transparent).
    public var pageColor: Color { background ?? (isDark ? Color(hex: 0x1E1E1E) : Color(hex: 0xFFFFFF)) }

    /// A colour for text in a series colour (direct labels): the colour itself when it reaches 4.5:1 against
    /// the page, else mixed toward the text colour in 5 % steps until it does (orange #E69F00 on white becomes
    /// a darker orange; blue #0072B2 on #1E1E1E a lighter blue). Hue is kept, so the label still reads as its series.
    public func readableText(_ color: Color) -> Color {
        let page = pageColor
        let opaque = color.withAlpha(1)
        guard opaque.contrastRatio(with: page) < 4.5 else { return opaque }
        for step in 1...20 {
            let t = Double(step) * 0.05
            let mixed = Color(red: opaque.red + (text.red - opaque.red) * t, green: opaque.green + (text.green - opaque.green) * t,
                              blue: opaque.blue + (text.blue - opaque.blue) * t)
            if mixed.contrastRatio(with: page) >= 4.5 { return mixed }
        }
        return text
    }

    func style(_ size: Double, _ color: Color, bold: Bool = false, alignment: TextAlignment = .left) -> TextStyle {
        TextStyle(size: size, weight: bold ? .bold : .regular, color: color, alignment: alignment, family: fontFamily)
    }
}
