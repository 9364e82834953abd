internal import CPangoCairo

/// A text that no family of the ``FontStack`` fully covers: the characters Pango drew as boxes.
///
/// A canvas lists them per render (``Canvas/uncoveredTexts``) so that the caller, which knows where a text
/// came from, can warn with its file and line instead of shipping a silent box.
public struct UncoveredText: Sendable, Hashable {
    /// The text as laid out.
    public var text: String
    /// The characters no font covers, each once, in order of appearance.
    public var characters: [Unicode.Scalar]
    /// ISO 15924 codes of their scripts (e.g. "Hang", "Deva", "Zyyy" for symbols), each once, in order.
    public var scripts: [String]

    /// Creates a record; the scripts are derived from the characters.
    public init(text: String, characters: [Unicode.Scalar]) {
        self.text = text
        self.characters = characters
        var scripts: [String] = []
        for c in characters {
            let code = TextCoverage.scriptCode(c)
            if !scripts.contains(code) { scripts.append(code) }
        }
        self.scripts = scripts
    }

    /// The first uncovered text of each script, in order of first appearance: one warning per script.
    public static func firstPerScript(_ texts: [UncoveredText]) -> [(script: String, text: UncoveredText)] {
        var seen = Set<String>()
        var result: [(script: String, text: UncoveredText)] = []
        for text in texts {
            for script in text.scripts where seen.insert(script).inserted { result.append((script, text)) }
        }
        return result
    }
}

/// Reads back which characters of a Pango layout got no glyph.
enum TextCoverage {
    /// Pango's flag on a glyph that stands for a character no font has (PANGO_GLYPH_UNKNOWN_FLAG).
    private static let unknownFlag: UInt32 = 0x1000_0000
    /// Pango's glyph for input that is not valid text (PANGO_GLYPH_INVALID_INPUT), which also has the flag.
    private static let invalidInput: UInt32 = 0xFFFF_FFFF

    /// The characters of `layout` drawn as unknown glyphs, each once, in order; empty when all are covered.
    static func uncoveredCharacters(of layout: OpaquePointer) -> [Unicode.Scalar] {
        guard pango_layout_get_unknown_glyphs_count(layout) > 0, let iter = pango_layout_get_iter(layout) else { return [] }
        defer { pango_layout_iter_free(iter) }
        var found: [Unicode.Scalar] = []
        repeat {
            guard let run = pango_layout_iter_get_run_readonly(iter), let glyphs = run.pointee.glyphs else { continue }
            for i in 0..<Int(glyphs.pointee.num_glyphs) {
                let glyph = glyphs.pointee.glyphs[i].glyph
                guard glyph != invalidInput, glyph & unknownFlag != 0,
                      let scalar = Unicode.Scalar(glyph & ~unknownFlag), !found.contains(scalar) else { continue }
                found.append(scalar)
            }
        } while pango_layout_iter_next_run(iter) != 0
        return found
    }

    /// The ISO 15924 code of a character's Unicode script, through GLib.
    static func scriptCode(_ c: Unicode.Scalar) -> String {
        let code = g_unicode_script_to_iso15924(g_unichar_get_script(c.value))
        guard code != 0 else { return "Zzzz" }
        let bytes = [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: code >> $0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Checks text against a font stack before anything is drawn, e.g. every name of a dataset with its line.
public enum FontCoverage {
    /// The characters of `text` that no family of `fonts` covers, or `nil` when every character is covered.
    /// Throws ``ChartEngineError/fontNotFound(family:hint:)`` when the stack's first family is missing.
    public static func uncovered(_ text: String, fonts: FontStack = .standard) throws -> UncoveredText? {
        let layout = try PangoTextSystem.forCurrentThread(fonts: fonts).layout(text, style: TextStyle(size: 10, family: fonts.primary), width: nil)
        return layout.uncoveredCharacters.isEmpty ? nil : UncoveredText(text: text, characters: layout.uncoveredCharacters)
    }
}
