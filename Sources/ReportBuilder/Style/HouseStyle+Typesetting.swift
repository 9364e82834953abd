/// Typesetting of the report's prose for the page: spaces that must not break, and formulas with superscripts.
extension HouseStyle {
    /// The no-break space, U+00A0.
    static let noBreakSpace = "\u{00A0}"

    /// Prose with no-break spaces where a line must not break: between a number and "%" ("3.7 %"), around the
    /// operator of a short expression whose left side is a symbol and right side a number ("n = 18",
    /// "ρ = −0.58", "n − 2"), and between a day and its month ("31 December"). Other spaces are left as they are.
    static func bindingSpaces(_ text: String) -> String {
        guard text.contains(" ") else { return text }
        let chars = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let operators: Set<Character> = ["=", "\u{2212}", "+", "±", "×", "÷", "<", ">", "≤", "≥", "≈"]
        func isNumber(_ c: Character?) -> Bool { c.map { $0.isNumber || $0 == "\u{2212}" } ?? false }
        /// Whether the word ending at `end` is a symbol of one to three letters ("n", "ρ", "R²").
        func isSymbol(endingAt end: Int) -> Bool {
            var start = end
            while start >= 0, !chars[start].isWhitespace { start -= 1 }
            while start + 1 <= end, "([".contains(chars[start + 1]) { start += 1 }  // "(n = 18)"
            return (1...3).contains(end - start) && chars[start + 1].isLetter
        }
        for (i, c) in chars.enumerated() {
            guard c == " " else { out.append(c); continue }
            let before = i > 0 ? chars[i - 1] : nil, after = i + 1 < chars.count ? chars[i + 1] : nil
            let equation = after.map(operators.contains) == true && i + 3 < chars.count && chars[i + 2] == " " && isNumber(chars[i + 3])
                && i >= 1 && isSymbol(endingAt: i - 1)                                      // the space in "n ="
            let equationRight = before.map(operators.contains) == true && isNumber(after) && i >= 3 && chars[i - 2] == " "
                && isSymbol(endingAt: i - 3)                                                // the space in "= 18"
            let binds = (isNumber(before) && after == "%") || equation || equationRight
                || (isNumber(before) && monthNames.contains { chars[(i + 1)...].starts(with: $0) })
            out.append(binds ? Character(noBreakSpace) : c)
        }
        return out
    }

    /// Superscript forms of the characters a formula's exponent may hold.
    private static let superscriptForms: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "+": "⁺", "−": "⁻", "-": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", "/": "⁄",
        "a": "ᵃ", "b": "ᵇ", "c": "ᶜ", "d": "ᵈ", "e": "ᵉ", "f": "ᶠ", "g": "ᵍ", "h": "ʰ", "i": "ⁱ", "j": "ʲ",
        "k": "ᵏ", "l": "ˡ", "m": "ᵐ", "n": "ⁿ", "o": "ᵒ", "p": "ᵖ", "r": "ʳ", "s": "ˢ", "t": "ᵗ", "u": "ᵘ",
        "v": "ᵛ", "w": "ʷ", "x": "ˣ", "y": "ʸ", "z": "ᶻ",
    ]

    /// A formula's exponents set as superscripts instead of after a caret: "(a ÷ b)^(1/n) − 1" →
    /// "(a ÷ b)¹⁄ⁿ − 1", "e^slope − 1" → "eˢˡᵒᵖᵉ − 1". An exponent is a parenthesised group (its parentheses
    /// dropped) or a run of letters and digits; one holding a character without a superscript form keeps its caret.
    static func superscripts(_ text: String) -> String {
        guard text.contains("^") else { return text }
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            guard chars[i] == "^", i + 1 < chars.count else { out.append(chars[i]); i += 1; continue }
            var j = i + 1
            var exponent: [Character]
            if chars[j] == "(" {
                guard let close = chars[j...].firstIndex(of: ")") else { out.append(chars[i]); i += 1; continue }
                exponent = Array(chars[(j + 1)..<close])
                j = close + 1
            } else {
                while j < chars.count, chars[j].isLetter || chars[j].isNumber { j += 1 }
                exponent = Array(chars[(i + 1)..<j])
            }
            let forms = exponent.filter { $0 != " " }.map { superscriptForms[$0] }
            if exponent.isEmpty || forms.contains(where: { $0 == nil }) { out.append(chars[i]); i += 1; continue }
            out.append(contentsOf: forms.compactMap { $0 })
            i = j
        }
        return out
    }
}
