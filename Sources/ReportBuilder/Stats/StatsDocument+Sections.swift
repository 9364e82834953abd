extension StatsDocument {
    /// The document as titled tables, in reading order: the shared layout of the table and Markdown renderings.
    func sections() -> [StatsTextTable] { StatsCatalog.sections(for: self) }

    /// The table rendering: every section as aligned text, separated by blank lines.
    public func tableText() -> String {
        sections().map { $0.plainText() }.joined(separator: "\n")
    }

    /// The Markdown rendering: a title, then every section as a GitHub table.
    public func markdownText() -> String {
        let year = reportYear.map { " \($0)" } ?? ""
        return "# Statistics\(year)\n\n" + sections().map { $0.markdown() }.joined(separator: "\n")
    }
}
