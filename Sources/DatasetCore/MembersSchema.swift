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

    private var acronymIndex = 0, nameIndex = 0, countryIndex = 0, regionIndex = 0, joinedIndex = 0
    private var leftIndex: Int?, notesIndex: Int?, sourceIndex: Int?

    init(file: String, keepsRecords: Bool) {
        diagnostics = DiagnosticCollector(file: file)
        self.keepsRecords = keepsRecords
    }

    mutating func prepare(_ columns: ColumnMap) {
        acronymIndex = columns["acronym"]!
        nameIndex = columns["name"]!
        countryIndex = columns["country"]!
        regionIndex = columns["region"]!
        joinedIndex = columns["joined"]!
        leftIndex = columns["left"]
        notesIndex = columns["notes"]
        sourceIndex = columns["source_url"]
    }

    mutating func check(_ record: CSVRecord) {
        let errorsBefore = diagnostics.errorCount
        var acronym = ""
        if isEmpty(record, acronymIndex) {
            error("acronym is empty; it is required", record, field: acronymIndex)
        } else if checkNoSurroundingSpaces(record, acronymIndex, column: "acronym") {
            acronym = record.string(acronymIndex)
            if let first = acronymLines[acronym] {
                error("duplicate acronym \(quoted(acronym)); first defined on line \(first)", record, field: acronymIndex)
            } else {
                acronymLines[acronym] = record.line
            }
        }
        requireText(record, nameIndex, column: "name")
        requireText(record, countryIndex, column: "country")
        let region = vocabulary(record, regionIndex, column: "region", Self.regions)
        let joined = date(record, joinedIndex, column: "joined", required: true)
        var left: PartialDateValue?
        if let leftIndex {
            left = date(record, leftIndex, column: "left", required: false)
            if let joined, let left, left.lastDay < joined.firstDay {
                error("left \(left) is before joined \(joined)", record, field: leftIndex)
            }
        }
        warnSurroundingSpaces(record, notesIndex, column: "notes")
        warnSurroundingSpaces(record, sourceIndex, column: "source_url")

        guard keepsRecords, diagnostics.errorCount == errorsBefore, let region, let joined else { return }
        members.append(Member(
            acronym: acronym, name: record.string(nameIndex), country: record.string(countryIndex),
            region: region, joined: joined, left: left, notes: record.optionalString(notesIndex),
            sourceURL: record.optionalString(sourceIndex),
            location: SourceLocation(file: diagnostics.file, line: record.line, column: 1)))
    }
}
