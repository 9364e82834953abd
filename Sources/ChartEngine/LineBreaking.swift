import Foundation

/// Where a wrapped text may break between lines.
public enum LineBreaking: Sendable, Hashable {
    /// Pango's rules (Unicode line breaking): at spaces, after hyphens and dashes, between ideographs, …;
    /// never inside a number range ("2019–2021") nor between a number and its "%".
    case standard
    /// As `.standard`, and never after a hyphen or a slash inside a word ("isecg-report", "and/or"): for
    /// footer lines such as the source line, which must not read "isecg- / report".
    case spacesOnly
}

/// The text Pango is given for a text: the same characters, with a word joiner (U+2060, drawn as nothing)
/// where a break must not fall and a no-break space in "95 %". Pango 1.50's allow-breaks attribute does not
/// hold against the break after a dash, a word joiner does. Only Pango's copy changes: a layout's
/// ``TextLayout/text`` and the layout record keep the text as given, and the PDF's text has no joiner.
enum PangoInput {
    static let wordJoiner: Unicode.Scalar = "\u{2060}"
    /// Characters a line may break after inside a word, which `.spacesOnly` holds together.
    static let inWordBreaks: Set<Unicode.Scalar> = ["-", "\u{2010}", "/"]

    /// Pango's copy of `text`, and for each of its scalars the index of the scalar of `text` it stands for
    /// (nil when the copy is `text` itself).
    static func prepare(_ text: String, breaking: LineBreaking) -> (text: String, origins: [Int]?) {
        let holdsWords = breaking == .spacesOnly && text.unicodeScalars.contains { inWordBreaks.contains($0) }
        guard holdsWords || mayHoldJoins(text) else { return (text, nil) }
        let scalars = Array(text.unicodeScalars)
        func digit(_ i: Int) -> Bool { i >= 0 && i < scalars.count && CharacterSet.decimalDigits.contains(scalars[i]) }
        func inWord(_ i: Int) -> Bool { i >= 0 && i < scalars.count && !CharacterSet.whitespacesAndNewlines.contains(scalars[i]) }
        var out = String.UnicodeScalarView()
        var origins: [Int] = []
        origins.reserveCapacity(scalars.count + 4)
        for (i, c) in scalars.enumerated() {
            if c == " ", digit(i - 1), i + 1 < scalars.count, scalars[i + 1] == "%" {
                out.append("\u{00A0}"); origins.append(i); continue
            }
            out.append(c); origins.append(i)
            if (c == "\u{2013}" && digit(i - 1) && digit(i + 1)) || (holdsWords && inWordBreaks.contains(c) && inWord(i - 1) && inWord(i + 1)) {
                out.append(wordJoiner); origins.append(i)
            }
        }
        return (String(out), origins)
    }

    /// Whether `text` has an en dash or " %" (what `.standard` holds together), by its UTF-8 bytes: most texts
    /// have neither, and this runs for every text laid out (Foundation's `contains` was 2 % of a build).
    private static func mayHoldJoins(_ text: String) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if (previous == 0x20 && byte == 0x25) || (beforePrevious == 0xE2 && previous == 0x80 && byte == 0x93) { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }
}
