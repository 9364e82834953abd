import PartialDates

typealias PartialDateValue = PartialDate

/// outputs.csv: one row per coordination output (document or event).
///
/// Rules: `date`, `type`, `title` required; `type` from `OutputType`; `lead`, if any, should be a member
/// acronym (a warning otherwise: the host may be a non-member). The hot path of a big file makes no
/// String but `lead`'s, which is short enough to be stored inline.
struct OutputsSchema: TableSchema {
    static let fileName = "outputs.csv"
    static let requiredColumns = ["date", "type", "title"]
    static let optionalColumns = ["lead", "series", "source_url"]
    private static let types = VocabularyTable<OutputType>()

    var diagnostics: DiagnosticCollector
    let memberAcronyms: Set<String>
    let keepsRecords: Bool
    /// Called with every valid row when streaming.
    var visit: ((OutputRow) -> Void)?
    private(set) var outputs: [Output] = []
    private(set) var latestYear: Int?

    init(file: String, memberAcronyms: Set<String>, keepsRecords: Bool) {
        diagnostics = DiagnosticCollector(file: file)
        self.memberAcronyms = memberAcronyms
        self.keepsRecords = keepsRecords
    }

    mutating func check(_ record: CSVRecord, _ columns: ColumnMap) {
        let errorsBefore = diagnostics.errorCount
        let date = date(record, columns["date"]!, column: "date", required: true)
        let type = vocabulary(record, columns["type"]!, column: "type", Self.types)
        let titleIndex = columns["title"]!
        if isEmpty(record, titleIndex) {
            error("title is empty; it is required", record, field: titleIndex)
        } else if RecordSchemaSupport.hasSurroundingSpace(record[titleIndex]) {
            warning("title has spaces at its start or end; they are kept as written", record, field: titleIndex)
        }
        var lead: String?
        if let leadIndex = columns["lead"], !isEmpty(record, leadIndex),
           checkNoSurroundingSpaces(record, leadIndex, column: "lead") {
            let name = record.string(leadIndex)
            lead = name
            if !memberAcronyms.contains(name) {
                var message = "lead '\(name)' is not a member acronym"
                if let near = Suggestion.nearest(to: name, among: memberAcronyms.sorted()) {
                    message += "; did you mean '\(near)'?"
                }
                warning(message, record, field: leadIndex)
            }
        }
        if columns["series"] != nil { warnSurroundingSpaces(record, columns["series"], column: "series") }
        if columns["source_url"] != nil { warnSurroundingSpaces(record, columns["source_url"], column: "source_url") }

        guard diagnostics.errorCount == errorsBefore, let date, let type else { return }
        if latestYear.map({ date.year > $0 }) ?? true { latestYear = date.year }
        visit?(OutputRow(date: date, type: type, lead: lead))
        if keepsRecords {
            outputs.append(Output(date: date, type: type, title: record.string(titleIndex), lead: lead,
                                  series: record.optionalString(columns["series"]),
                                  sourceURL: record.optionalString(columns["source_url"]),
                                  location: SourceLocation(file: diagnostics.file, line: record.line, column: 1)))
        }
    }
}
