/// The Okabe–Ito colour-blind-safe palette, by name.
public enum PaletteColor: String, Sendable, Hashable, CaseIterable {
    /// #0072B2
    case blue
    /// #E69F00
    case orange
    /// #56B4E9
    case skyBlue
    /// #009E73
    case bluishGreen
    /// #D55E00
    case vermillion
    /// #CC79A7
    case reddishPurple
    /// #F0E442 (drawn with a dark outline on light backgrounds)
    case yellow
    /// #000000 (the theme's text colour in the dark theme)
    case black

    /// The palette colour as published.
    public var color: Color {
        switch self {
        case .blue: return Color(hex: 0x0072B2)
        case .orange: return Color(hex: 0xE69F00)
        case .skyBlue: return Color(hex: 0x56B4E9)
        case .bluishGreen: return Color(hex: 0x009E73)
        case .vermillion: return Color(hex: 0xD55E00)
        case .reddishPurple: return Color(hex: 0xCC79A7)
        case .yellow: return Color(hex: 0xF0E442)
        case .black: return Color(hex: 0x000000)
        }
    }
}

/// A colour as a chart spec names it; the theme resolves it, so the same category keeps its colour in
/// both themes (except black, which becomes the dark theme's text colour).
public enum SeriesColor: Sendable, Hashable {
    /// An Okabe–Ito colour.
    case palette(PaletteColor)
    /// One of four neutral greys (index 0...3) for categories beyond the palette.
    case grey(Int)
    /// The theme's muted text colour.
    case muted
    /// Any other colour (use sparingly).
    case custom(Color)

    /// The greys used for overflow categories, darkest first.
    static let greys: [Color] = [Color(hex: 0x7F7F7F), Color(hex: 0xA6A6A6), Color(hex: 0x5E5E5E), Color(hex: 0xC4C4C4)]
}

/// A fixed, stable mapping from category names to colours.
///
/// The caller decides the mapping once and passes it to every chart, so a category has the same colour
/// everywhere. The palette is never cycled: categories beyond the given colours get greys, and unknown
/// categories get the first grey.
public struct CategoryColors: Sendable, Hashable {
    /// The mapping in the order it was given.
    public private(set) var entries: [(category: String, color: SeriesColor)]

    /// A mapping given explicitly, e.g. `["membership": .palette(.blue), "roadmap": .palette(.orange)]` as pairs.
    public init(_ pairs: [(String, SeriesColor)]) { entries = pairs.map { (category: $0.0, color: $0.1) } }

    /// Assigns `palette` colours to `categories` in order (most important first); the rest get greys.
    public init(ordered categories: [String], palette: [PaletteColor] = PaletteColor.allCases) {
        entries = categories.enumerated().map { i, c in
            (category: c, color: i < palette.count ? .palette(palette[i]) : .grey((i - palette.count) % SeriesColor.greys.count))
        }
    }

    /// The colour of a category (first grey if the category is not in the mapping).
    public func color(for category: String) -> SeriesColor {
        entries.first { $0.category == category }?.color ?? .grey(0)
    }

    /// Equality by content.
    public static func == (a: CategoryColors, b: CategoryColors) -> Bool {
        a.entries.map(\.category) == b.entries.map(\.category) && a.entries.map(\.color) == b.entries.map(\.color)
    }
    /// Hash by content.
    public func hash(into h: inout Hasher) { for e in entries { h.combine(e.category); h.combine(e.color) } }
}
