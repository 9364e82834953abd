/// Which URLs from the data may become links (in the PDF, in summary.md): http, https and mailto only;
/// anything else (`javascript:`, `file:`, `data:`) is shown as text.
public enum LinkURL {
    /// The schemes that become links.
    public static let allowedSchemes = ["http", "https", "mailto"]

    /// Whether `url` may become a link: an allowed scheme (any case), something after it, and no space,
    /// control character, `<`, `>` or `"` anywhere.
    public static func isAllowed(_ url: String) -> Bool {
        guard let colon = url.unicodeScalars.firstIndex(of: ":") else { return false }
        let scheme = String(url.unicodeScalars[..<colon]).lowercased()
        guard allowedSchemes.contains(scheme) else { return false }
        let rest = url.unicodeScalars[url.unicodeScalars.index(after: colon)...]
        guard !rest.isEmpty else { return false }
        if scheme != "mailto" && !String(rest).hasPrefix("//") { return false }
        return !url.unicodeScalars.contains { $0 == " " || $0 == "<" || $0 == ">" || $0 == "\"" || TerminalText.needsEscape($0) }
    }

    /// `url` when it may become a link, else nil.
    public static func allowed(_ url: String) -> String? { isAllowed(url) ? url : nil }
}
