/// The header row of a CSV file mapped to the columns a schema knows.
///
/// Columns are found by name in any order; names are case-sensitive and must match exactly.
/// Columns the schema does not know are kept in the file and ignored here.
struct ColumnMap {
    /// Index of each known column present in the header, by name.
    private(set) var indices: [String: Int] = [:]
    /// How many fields every record must have.
    let fieldCount: Int

    subscript(name: String) -> Int? { indices[name] }

    /// Reads the header; reports duplicate and missing columns. Nil when a required column is missing.
    init?(header: CSVRecord, required: [String], optional: [String], diagnostics: inout DiagnosticCollector) {
        fieldCount = header.count
        var firstColumn: [String: Int] = [:]
        var names: [String] = []
        for index in 0..<header.count {
            let name = header.string(index)
            names.append(name)
            let span = header.fields[index]
            if let first = firstColumn[name] {
                diagnostics.error("duplicate column \(quoted(name)); it is also column \(first + 1) of the header",
                                  line: span.line, column: span.column)
                continue
            }
            firstColumn[name] = index
        }
        var missing = false
        for name in required where firstColumn[name] == nil {
            missing = true
            var message = "missing required column \(quoted(name))"
            if let near = names.firstIndex(where: { Self.normalized($0) == name }) {
                message += "; column \(near + 1) is \(quoted(names[near])) (names are case-sensitive, without spaces)"
            } else {
                message += "; the header has " + names.map { quoted($0) }.joined(separator: ", ")
            }
            diagnostics.error(message, line: header.line, column: 1)
        }
        if missing { return nil }
        for name in required + optional {
            if let index = firstColumn[name] { indices[name] = index }
        }
    }

    private static func normalized(_ name: String) -> String {
        String(String.UnicodeScalarView(name.unicodeScalars.filter { $0 != " " && $0 != "\t" })).lowercased()
    }
}
