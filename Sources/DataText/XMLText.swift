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
        guard !text.unicodeScalars.allSatisfy(isAllowed) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(isAllowed(scalar) ? scalar : "\u{FFFD}") }
        return String(result)
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
