/// Text from the data made safe inside Markdown (summary.md): it stays one line of literal text, with no
/// heading, list, link, image, table cell break, code span or HTML of its own.
public enum MarkdownText {
    /// The ASCII punctuation that starts or ends Markdown syntax (CommonMark lets any ASCII punctuation be
    /// escaped with a backslash); `&` starts an entity.
    static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "(", ")", "<", ">", "#", "|", "!",
                                               "~", "&"]
    /// Characters that start a list item or a setext underline at the start of a line.
    static let lineStart: Set<Unicode.Scalar> = ["-", "+", "="]

    /// `text` for use inside a paragraph, a table cell or alt text: line breaks become spaces, control
    /// characters are dropped, Markdown punctuation is backslash-escaped.
    public static func inline(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        var previousWasSpace = false
        var atStart = true
        var digitsAtStart = false
        for scalar in text.unicodeScalars {
            defer { atStart = false }
            if (atStart || digitsAtStart) && ("0"..."9").contains(scalar) { digitsAtStart = true } else if digitsAtStart {
                digitsAtStart = false
                if scalar == "." || scalar == ")" { result += "\\" }  // "1." or "1)" would start a list
            }
            if atStart && lineStart.contains(scalar) { result += "\\" }
            if scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                if !previousWasSpace { result += " " }
                previousWasSpace = true
                continue
            }
            previousWasSpace = scalar == " "
            if TerminalText.needsEscape(scalar) { continue }
            if special.contains(scalar) { result += "\\" }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// The punctuation that can start structure in the middle of a line (emphasis, code, links, images once
    /// `[` is escaped, HTML, entities, table cells, strikethrough); parentheses, `#`, `!` and the rest stay as
    /// they are, so that generated prose reads naturally in the raw file.
    static let proseSpecial: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&"]

    /// Generated prose that carries data text (a sentence naming acronyms and titles): one line, control
    /// characters dropped, the punctuation of `proseSpecial` escaped, and a line start that would make a
    /// heading, list or rule escaped. Lighter than `inline(_:)`, safe for the same places.
    public static func prose(_ text: String) -> String {
        lineStartEscaped(cell(text))
    }

    /// A table cell: as `prose(_:)`, without the line-start escapes (a cell starts no block). Line breaks
    /// and tabs become one space.
    public static func cell(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        var previousWasSpace = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                if !previousWasSpace { result += " " }
                previousWasSpace = true
                continue
            }
            previousWasSpace = scalar == " "
            if TerminalText.needsEscape(scalar) { continue }
            if proseSpecial.contains(scalar) { result += "\\" }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// `text` with a backslash before a first character that would start a heading, list item, block quote
    /// or rule ("#", "-", "+", "=", ">", "1." or "1)").
    static func lineStartEscaped(_ text: String) -> String {
        let trimmed = text.drop { $0 == " " }
        guard let first = trimmed.unicodeScalars.first else { return text }
        let indent = String(text.prefix(text.count - trimmed.count))
        if first == "#" || lineStart.contains(first) { return indent + "\\" + trimmed }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = trimmed.dropFirst(digits.count).first, next == "." || next == ")" {
            return indent + digits + "\\" + trimmed.dropFirst(digits.count)
        }
        return text
    }

    /// A heading of `level` (1–6) whose text is `text`, escaped as `inline(_:)`: `## Title`.
    public static func heading(_ text: String, level: Int) -> String {
        String(repeating: "#", count: min(6, max(1, level))) + " " + inline(text)
    }
}
