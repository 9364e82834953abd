import PartialDates

typealias PartialDateValue = PartialDate

/// outputs.csv: one row per coordination output (document or event).
///
/// Rules: `date`, `type`, `title` required; `type` from `OutputType`; `lead`, if any, should be a member
/// acronym (a warning otherwise: the host may be a non-member). The hot path of a big file makes no
/// String: a lead is found by its bytes among the leads already seen (`LeadTable`).
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
    private(set) var outputs = OutputList()
    private(set) var latestYear: Int?
    /// Leads seen, by their bytes: one String and one membership check per distinct lead.
    private var leads: LeadTable

    private var dateIndex = 0, typeIndex = 0, titleIndex = 0
    private var leadIndex: Int?, seriesIndex: Int?, sourceIndex: Int?

    init(file: String, memberAcronyms: Set<String>, keepsRecords: Bool) {
        diagnostics = DiagnosticCollector(file: file)
        self.memberAcronyms = memberAcronyms
        self.keepsRecords = keepsRecords
        leads = LeadTable { name in LeadTable.Entry(name: name, warning: Self.leadWarning(name, memberAcronyms)) }
    }

    /// The warning for `name` as a lead: nil when it is a member acronym.
    static func leadWarning(_ name: String, _ memberAcronyms: Set<String>) -> String? {
        guard !memberAcronyms.contains(name) else { return nil }
        var message = "lead \(quoted(name)) is not a member acronym"
        if let near = Suggestion.nearest(to: name, among: memberAcronyms.sorted()) {
            message += "; did you mean \(quoted(near))?"
        }
        return message
    }

    mutating func prepare(_ columns: ColumnMap) {
        dateIndex = columns["date"]!
        typeIndex = columns["type"]!
        titleIndex = columns["title"]!
        leadIndex = columns["lead"]
        seriesIndex = columns["series"]
        sourceIndex = columns["source_url"]
    }

    mutating func check(_ record: CSVRecord) {
        let errorsBefore = diagnostics.errorCount
        let date = date(record, dateIndex, column: "date", required: true)
        let type = vocabulary(record, typeIndex, column: "type", Self.types)
        if isEmpty(record, titleIndex) {
            error("title is empty; it is required", record, field: titleIndex)
        } else if RecordSchemaSupport.hasSurroundingSpace(record[titleIndex]) {
            warning("title has spaces at its start or end; they are kept as written", record, field: titleIndex)
        }
        var lead: String?
        if let leadIndex, !isEmpty(record, leadIndex),
           checkNoSurroundingSpaces(record, leadIndex, column: "lead") {
            let entry = leads.entry(record[leadIndex])
            lead = entry.name
            if let message = entry.warning { warning(message, record, field: leadIndex) }
        }
        warnSurroundingSpaces(record, seriesIndex, column: "series")
        warnSurroundingSpaces(record, sourceIndex, column: "source_url")

        guard diagnostics.errorCount == errorsBefore, let date, let type else { return }
        if latestYear.map({ date.year > $0 }) ?? true { latestYear = date.year }
        visit?(OutputRow(date: date, type: type, lead: lead, title: String(decoding: record[titleIndex], as: UTF8.self)))
        if keepsRecords {
            outputs.append(date: date, type: type, title: record[titleIndex], lead: lead,
                           series: field(record, seriesIndex), sourceURL: field(record, sourceIndex),
                           location: SourceLocation(file: diagnostics.file, line: record.line, column: 1))
        }
    }

    /// The bytes of optional column `index`, nil when the file has no such column or the row is short.
    private func field(_ record: CSVRecord, _ index: Int?) -> UnsafeBufferPointer<UInt8>? {
        guard let index, index < record.count else { return nil }
        return record[index]
    }
}
