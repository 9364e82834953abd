/// members.csv: one row per member organisation.
///
/// Rules: `acronym`, `name`, `country`, `region`, `joined` required; `acronym` unique (exact match);
/// `region` from `Region`; dates in three precisions; `left`, if any, not before `joined` (a partial `left`
/// is before `joined` only if its last possible day is before joined's first day).
struct MembersSchema: TableSchema {
    static let fileName = "members.csv"
    static let requiredColumns = ["acronym", "name", "country", "region", "joined"]
    static let optionalColumns = ["left", "notes", "source_url"]
    private static let regions = VocabularyTable<Region>()

    var diagnostics: DiagnosticCollector
    /// Whether to keep `Member` values (load) or only check (validate).
    let keepsRecords: Bool
    private(set) var members: [Member] = []
    /// The line of each acronym's first row.
    private(set) var acronymLines: [String: Int] = [:]

    init(file: String, keepsRecords: Bool) {
        diagnostics = DiagnosticCollector(file: file)
        self.keepsRecords = keepsRecords
    }

    mutating func check(_ record: CSVRecord, _ columns: ColumnMap) {
        let errorsBefore = diagnostics.errorCount
        let acronymIndex = columns["acronym"]!
        var acronym = ""
        if isEmpty(record, acronymIndex) {
            error("acronym is empty; it is required", record, field: acronymIndex)
        } else if checkNoSurroundingSpaces(record, acronymIndex, column: "acronym") {
            acronym = record.string(acronymIndex)
            if let first = acronymLines[acronym] {
                error("duplicate acronym '\(acronym)'; first defined on line \(first)", record, field: acronymIndex)
            } else {
                acronymLines[acronym] = record.line
            }
        }
        requireText(record, columns["name"]!, column: "name")
        requireText(record, columns["country"]!, column: "country")
        let region = vocabulary(record, columns["region"]!, column: "region", Self.regions)
        let joined = date(record, columns["joined"]!, column: "joined", required: true)
        var left: PartialDateValue?
        if let leftIndex = columns["left"] {
            left = date(record, leftIndex, column: "left", required: false)
            if let joined, let left, left.lastDay < joined.firstDay {
                error("left \(left) is before joined \(joined)", record, field: leftIndex)
            }
        }
        warnSurroundingSpaces(record, columns["notes"], column: "notes")
        warnSurroundingSpaces(record, columns["source_url"], column: "source_url")

        guard keepsRecords, diagnostics.errorCount == errorsBefore, let region, let joined else { return }
        members.append(Member(
            acronym: acronym, name: record.string(columns["name"]!), country: record.string(columns["country"]!),
            region: region, joined: joined, left: left, notes: record.optionalString(columns["notes"]),
            sourceURL: record.optionalString(columns["source_url"]),
            location: SourceLocation(file: diagnostics.file, line: record.line, column: 1)))
    }
}
