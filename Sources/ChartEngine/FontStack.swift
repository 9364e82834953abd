/// The ordered font families the engine may draw with, and nothing else.
///
/// Text asks for one family (``TextStyle/family``); every character that family lacks falls back through
/// ``families`` in order, then through ``monospace``. The engine builds a private fontconfig configuration
/// that sees only the regular and bold upright faces of these families (see docs/fonts.md), so the same
/// packages give the same bytes whatever else is installed or configured on the machine.
public struct FontStack: Sendable, Hashable {
    /// Proportional families in fallback order; the first is the default family and must be installed.
    public var families: [String]
    /// Monospaced families (for hashes and identifiers); the first, when any, must be installed.
    public var monospace: [String]

    /// Creates a stack. `families` must not be empty.
    public init(families: [String], monospace: [String] = []) {
        precondition(!families.isEmpty, "a font stack needs at least one family")
        self.families = families
        self.monospace = monospace
    }

    /// The default family: the first of ``families``.
    public var primary: String { families[0] }

    /// The families that must be installed: the first proportional and the first monospaced one.
    public var required: [String] { [primary] + monospace.prefix(1) }

    /// Every family of the stack, proportional first, without repeats.
    public var allFamilies: [String] { Self.unique(families + monospace) }

    /// The fallback list for text that asks for `family`: that family first, then the proportional families,
    /// then the monospaced ones (a monospaced request keeps the other monospaced families next).
    public func fallbackList(startingWith family: String) -> [String] {
        if monospace.contains(family) { return Self.unique([family] + monospace + families) }
        return Self.unique([family] + families + monospace)
    }

    /// The stack the project installs (scripts/install-deps.sh: fonts-dejavu-core, fonts-noto-core,
    /// fonts-noto-cjk): DejaVu Sans for Latin, Greek and Cyrillic, then Noto Sans for the other scripts a
    /// member name may use, Noto Sans CJK for Chinese, Japanese and Korean, and symbols last.
    public static let standard = FontStack(
        families: [
            "DejaVu Sans", "Noto Sans",
            "Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans Syriac", "Noto Sans Thaana",
            "Noto Sans Devanagari", "Noto Sans Bengali", "Noto Sans Gurmukhi", "Noto Sans Gujarati",
            "Noto Sans Oriya", "Noto Sans Tamil", "Noto Sans Telugu", "Noto Sans Kannada", "Noto Sans Malayalam",
            "Noto Sans Sinhala", "Noto Sans Thai", "Noto Sans Lao", "Noto Sans Khmer", "Noto Sans Myanmar",
            "Noto Sans Armenian", "Noto Sans Georgian", "Noto Sans Ethiopic", "Noto Sans Mongolian",
            "Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "Noto Sans CJK KR",
            "Noto Sans Symbols", "Noto Sans Symbols2", "Noto Sans Math",
        ],
        monospace: ["DejaVu Sans Mono"])

    /// The Debian package that provides a family of ``standard``, for error hints.
    public static func package(providing family: String) -> String {
        if family.hasPrefix("DejaVu") { return "fonts-dejavu-core" }
        if family.hasPrefix("Noto Sans CJK") { return "fonts-noto-cjk" }
        if family.hasPrefix("Noto") { return "fonts-noto-core" }
        return "a package providing it"
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0.lowercased()).inserted }
    }
}
