/// What one file needs from a schema: its columns, and a check for each data record.
protocol TableSchema: RecordSchema {
    static var fileName: String { get }
    static var requiredColumns: [String] { get }
    static var optionalColumns: [String] { get }
    /// Resolves column names to indices once, after the header (no lookups per record).
    mutating func prepare(_ columns: ColumnMap)
    /// Checks a data record whose field count matches the header.
    mutating func check(_ record: CSVRecord)
}

/// Reads one CSV file through a schema: header, field counts, reader problems, then each record.
struct CSVTable {
    let path: String
    let reader: CSVReader
    /// The file's bytes when the directory is in memory (fuzzing); nil to read `path`.
    var bytes: [UInt8]? = nil

    /// Reads the whole file; the schema collects what it finds. Returns the input file's summary.
    func read<Schema: TableSchema>(into schema: inout Schema) throws(CSVReaderFailure) -> InputFile {
        var columns: ColumnMap?
        var sawHeader = false
        func onRecord(_ record: CSVRecord) {
            guard sawHeader else {
                sawHeader = true
                columns = ColumnMap(header: record, required: Schema.requiredColumns,
                                    optional: Schema.optionalColumns, diagnostics: &schema.diagnostics)
                if let columns { schema.prepare(columns) }
                return
            }
            guard let columns, !record.hasEncodingError else { return }
            guard record.count == columns.fieldCount else {
                let column = record.count > columns.fieldCount ? record.fields[columns.fieldCount].column : 1
                schema.diagnostics.error(
                    "expected \(columns.fieldCount) fields as in the header, found \(record.count)",
                    line: record.line, column: column)
                return
            }
            schema.check(record)
        }
        func onProblem(_ problem: CSVReadProblem) {
            schema.diagnostics.error(problem.message, line: problem.line, column: problem.column,
                                     rank: problem.sortRank)
        }
        let summary: CSVReader.Summary
        if let bytes {
            var source = MemoryByteSource(bytes)
            summary = try reader.read(from: &source, onRecord: onRecord, onProblem: onProblem)
        } else {
            summary = try reader.read(path: path, onRecord: onRecord, onProblem: onProblem)
        }
        if summary.records == 0, !schema.diagnostics.hasErrors {
            schema.diagnostics.error("file is empty; expected a header row: "
                                     + Schema.requiredColumns.joined(separator: ","), line: 1, column: 1)
        }
        return InputFile(fileName: Schema.fileName, sha256: summary.sha256, rows: max(0, summary.records - 1))
    }
}
