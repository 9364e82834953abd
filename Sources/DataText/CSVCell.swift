/// Text from the data made safe as a CSV cell that a spreadsheet may open.
public enum CSVCell {
    /// `text` with a leading apostrophe when it starts with `=`, `+`, `-`, `@`, a tab or a carriage return,
    /// which spreadsheets read as a formula (OWASP's CSV injection guidance). For text cells only: numbers
    /// written by the program (`-3`) are not guarded.
    public static func guarded(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return text }
        return "'" + text
    }

    /// `text` as one RFC 4180 field: quoted (with doubled quotes) when it holds a comma, a quote or a line
    /// break, else as it is.
    public static func field(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return text
        }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }

    /// `guarded(_:)`, then `field(_:)`: a data text as a CSV cell.
    public static func text(_ text: String) -> String { field(guarded(text)) }
}

extension String {
    /// Every `target` replaced by `replacement` (no Foundation).
    func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
        var result = ""
        for scalar in unicodeScalars {
            if scalar == target { result += replacement } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
