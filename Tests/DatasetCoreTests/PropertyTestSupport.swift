import _TestSupport
/// Pieces of field text that exercise the reader: delimiters, quotes, every line end, multibyte UTF-8
/// (two-, three- and four-byte sequences, emoji with modifiers and joiners, combining marks), tabs.
let fieldPieces: [String] = [
    "a", "Z", "0", "ESA", "2019", "2020-08", "2007-11-06", "x y", " ", "  ", "\t",
    ",", ",,", "\"", "\"\"", "\n", "\r", "\r\n", "\n\n", "\r\r",
    "é", "e\u{301}", "ñ", "Ω", "ß", "中文", "日本", "한국", "—", "’", "€",
    "🚀", "👩🏽‍🚀", "🇧🇷", "🧑‍🤝‍🧑", "a\u{308}\u{332}", "\u{200B}", "\u{FEFF}",
]

/// A random field: empty, or one to six pieces.
func randomField(_ rng: inout SeededGenerator) -> String {
    if rng.chance(0.08) { return "" }
    return (0..<Int.random(in: 1...6, using: &rng)).map { _ in rng.pick(fieldPieces) }.joined()
}

/// A field as CSV writes it: quoted (quotes doubled) when it must be, and sometimes when it need not be.
func csvQuoted(_ field: String, _ rng: inout SeededGenerator) -> String {
    let mustQuote = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
    guard mustQuote || rng.chance(0.15) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}

/// The line and column (1-based; a column counts Unicode scalars) of each byte offset in `bytes`, by the
/// documented rule: CR LF is one line end, a lone CR or LF is one.
func positions(of offsets: [Int], in bytes: [UInt8]) -> [String] {
    var result: [Int: String] = [:]
    let wanted = Set(offsets)
    var line = 1, column = 1
    var index = 0
    while index <= bytes.count {
        if wanted.contains(index) { result[index] = "\(line):\(column)" }
        guard index < bytes.count else { break }
        let byte = bytes[index]
        if byte == 0x0D || byte == 0x0A {
            if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                if wanted.contains(index + 1) { result[index + 1] = "\(line):\(column + 1)" }
                index += 1
            }
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1  // a scalar's first byte; continuation bytes do not move the column
        }
        index += 1
    }
    return offsets.map { result[$0]! }
}
