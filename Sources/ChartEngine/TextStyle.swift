/// Font weight of a text style.
public enum FontWeight: Sendable, Hashable {
    /// Regular (400).
    case regular
    /// Bold (700), used for titles.
    case bold
}

/// Horizontal alignment of the lines inside a text box.
public enum TextAlignment: Sendable, Hashable {
    /// Ragged right.
    case left
    /// Centred lines.
    case center
    /// Ragged left (numbers on a y axis).
    case right
}

/// How a piece of text looks: family, size, weight, colour, alignment and line height.
///
/// Sizes are in points; the engine pins Pango to 72 dpi so 1 pt is 1 canvas unit on every surface.
public struct TextStyle: Sendable, Hashable {
    /// The default family: the first of ``FontStack/standard``.
    public static let defaultFamily = FontStack.standard.primary

    /// The family asked for first; characters it lacks fall back through the canvas's ``FontStack``.
    public var family: String
    /// Font size in points.
    public var size: Double
    /// Regular or bold.
    public var weight: FontWeight
    /// Italic face.
    public var italic: Bool
    /// Text colour.
    public var color: Color
    /// Alignment of lines within the wrapping width.
    public var alignment: TextAlignment
    /// Line height as a multiple of the font size (CSS semantics, e.g. 1.4); `nil` keeps the font's natural height.
    public var lineHeight: Double?

    /// Creates a text style.
    public init(size: Double, weight: FontWeight = .regular, color: Color = Color(hex: 0x1A1A1A),
                alignment: TextAlignment = .left, lineHeight: Double? = nil, italic: Bool = false,
                family: String = TextStyle.defaultFamily) {
        self.family = family; self.size = size; self.weight = weight; self.italic = italic
        self.color = color; self.alignment = alignment; self.lineHeight = lineHeight
    }

    /// The same style with another colour.
    public func with(color: Color) -> TextStyle { var s = self; s.color = color; return s }
    /// The same style with another alignment.
    public func with(alignment: TextAlignment) -> TextStyle { var s = self; s.alignment = alignment; return s }
    /// The same style with another weight.
    public func with(weight: FontWeight) -> TextStyle { var s = self; s.weight = weight; return s }
}
