/// Text from the data made safe for a terminal: control characters shown escaped, long values cut.
///
/// ```swift
/// TerminalText.quoted("ESA\u{1B}[2J")    // 'ESA\x1b[2J'
/// ```
public enum TerminalText {
    /// The most characters of a value a diagnostic quotes.
    public static let quoteLimit = 80

    /// `text` with every control character (C0, DEL, C1) as `\xHH`, and the bidirectional overrides and
    /// isolates (which reorder what a terminal shows) as `\u{HHHH}`; everything else unchanged.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars { append(scalar, to: &result) }
        return result
    }

    /// `'value'`, escaped as `escaped(_:)`, with at most `limit` characters of it; a longer value ends in
    /// `…` and says how long it is: `'aaaa…' (5000000 characters)`.
    public static func quoted(_ value: String, limit: Int = quoteLimit) -> String {
        var result = "'"
        var count = 0
        var truncated = false
        for scalar in value.unicodeScalars {
            if count == limit { truncated = true; break }
            append(scalar, to: &result)
            count += 1
        }
        guard truncated else { return result + "'" }
        return result + "…' (\(value.unicodeScalars.count) characters)"
    }

    /// Whether `scalar` must not reach a terminal raw.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value)
    }

    private static func append(_ scalar: Unicode.Scalar, to result: inout String) {
        guard needsEscape(scalar) else { result.unicodeScalars.append(scalar); return }
        if scalar.value <= 0xFF {
            result += "\\x" + hex(scalar.value, digits: 2)
        } else {
            result += "\\u{" + hex(scalar.value, digits: 4) + "}"
        }
    }

    static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
