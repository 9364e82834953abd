/// Text from the data made safe inside XML (SVG) character data and attribute values.
public enum XMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` as entities, and every character XML 1.0 forbids (the C0
    /// controls but tab, line feed and carriage return; U+FFFE, U+FFFF) replaced by U+FFFD.
    public static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return result
    }

    /// `text` with only the characters XML forbids replaced by U+FFFD (for text that is already markup).
    public static func replacingIllegalCharacters(_ text: String) -> String {
        guard !allAllowed(text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(isAllowed(scalar) ? scalar : "\u{FFFD}") }
        return String(result)
    }

    /// Whether XML 1.0 allows every character of `text`, by its UTF-8 bytes (a whole SVG is checked, and
    /// decoding it scalar by scalar cost more than the check): the C0 controls other than tab, line feed
    /// and carriage return are single bytes below 0x20, U+FFFE and U+FFFF are EF BF BE and EF BF BF, and a
    /// Swift string holds no surrogates.
    static func allAllowed(_ text: String) -> Bool {
        var afterEF = 0  // 1: the previous byte was EF; 2: the previous two were EF BF
        for byte in text.utf8 {
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return false }
            if afterEF == 2, byte == 0xBE || byte == 0xBF { return false }
            afterEF = byte == 0xEF ? 1 : (afterEF == 1 && byte == 0xBF ? 2 : 0)
        }
        return true
    }

    /// Whether XML 1.0 allows `scalar` in a document (its `Char` production).
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
