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

    private var dateIndex = 0, countIndex = 0, kindIndex = 0
    private var contextIndex: Int?, sourceIndex: Int?

    init(file: String, keepsRecords: Bool) {
        diagnostics = DiagnosticCollector(file: file)
        self.keepsRecords = keepsRecords
    }

    mutating func prepare(_ columns: ColumnMap) {
        dateIndex = columns["date"]!
        countIndex = columns["reported_members"]!
        kindIndex = columns["kind"]!
        contextIndex = columns["context"]
        sourceIndex = columns["source_url"]
    }

    mutating func check(_ record: CSVRecord) {
        let errorsBefore = diagnostics.errorCount
        let date = date(record, dateIndex, column: "date", required: true)
        let number = count(record, countIndex, column: "reported_members")
        let kind = vocabulary(record, kindIndex, column: "kind", Self.kinds)
        warnSurroundingSpaces(record, contextIndex, column: "context")
        warnSurroundingSpaces(record, sourceIndex, column: "source_url")
        guard keepsRecords, diagnostics.errorCount == errorsBefore, let date, let number, let kind else { return }
        counts.append(ReportedCount(date: date, reportedMembers: number, kind: kind,
                                    context: record.optionalString(contextIndex),
                                    sourceURL: record.optionalString(sourceIndex),
                                    location: SourceLocation(file: diagnostics.file, line: record.line, column: 1)))
    }
}
