/// reported_counts.csv: dated statements of how many members (or attendees, contributors…) there were.
///
/// Rules: `date`, `reported_members`, `kind` required; `reported_members` a whole number ≥ 0;
/// `kind` from `CountKind`.
struct ReportedCountsSchema: TableSchema {
    static let fileName = "reported_counts.csv"
    static let requiredColumns = ["date", "reported_members", "kind"]
    static let optionalColumns = ["context", "source_url"]
    private static let kinds = VocabularyTable<CountKind>()

    var diagnostics: DiagnosticCollector
    let keepsRecords: Bool
    private(set) var counts: [ReportedCount] = []

    init(file: String, keepsRecords: Bool) {
        diagnostics = DiagnosticCollector(file: file)
        self.keepsRecords = keepsRecords
    }

    mutating func check(_ record: CSVRecord, _ columns: ColumnMap) {
        let errorsBefore = diagnostics.errorCount
        let date = date(record, columns["date"]!, column: "date", required: true)
        let number = count(record, columns["reported_members"]!, column: "reported_members")
        let kind = vocabulary(record, columns["kind"]!, column: "kind", Self.kinds)
        warnSurroundingSpaces(record, columns["context"], column: "context")
        warnSurroundingSpaces(record, columns["source_url"], column: "source_url")
        guard keepsRecords, diagnostics.errorCount == errorsBefore, let date, let number, let kind else { return }
        counts.append(ReportedCount(date: date, reportedMembers: number, kind: kind,
                                    context: record.optionalString(columns["context"]),
                                    sourceURL: record.optionalString(columns["source_url"]),
                                    location: SourceLocation(file: diagnostics.file, line: record.line, column: 1)))
    }
}
