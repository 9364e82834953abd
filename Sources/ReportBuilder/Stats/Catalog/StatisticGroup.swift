import Foundation

/// One object or array of the statistics document and the fields of its rows: the unit the catalog
/// (``StatsCatalog``) lists, from which the JSON, CSV, table, Markdown and docs/stats-json.md are derived.
protocol StatisticSection {
    /// The JSON path (`membership.trend`, `membership.years[]`; empty for the document itself).
    var path: String { get }
    /// The group's JSON for `document`, to be placed at `path`.
    func json(for document: StatsDocument) -> JSONTree
    /// The group's CSV records (`section,key,date,measure,value`; value nil when not available).
    func csvRecords(for document: StatsDocument) -> [[String?]]
    /// The group's table, if it has one.
    func table(for document: StatsDocument) -> StatsTextTable?
    /// The label and table text of the field `key` of a single-object group, for the key figures.
    func figure(_ key: String, in document: StatsDocument) -> (label: String, text: String)?
    /// The rows of docs/stats-json.md's key table: path, type, meaning.
    var documentation: [[String]] { get }
}

struct StatisticGroup<Row>: StatisticSection {
    /// What the group is in JSON.
    enum Shape {
        /// One object (the first row).
        case object
        /// An array of objects, one per row.
        case array
        /// One object, or `null` without a row.
        case objectOrNull
    }

    /// The table of a group: title, note and columns (field keys; nil for every labelled field).
    struct Table {
        var title: (StatsDocument) -> String
        var note: (StatsDocument) -> String? = { _ in nil }
        var columns: [String]? = nil
    }

    var path: String
    var shape: Shape
    /// The documented meaning of the array or object itself (nil: documented by its fields only).
    var meaning: String?
    /// Whether each field gets its own row in the documentation (false: `meaning` names them).
    var documentsFields = true
    /// The rows (one for an object).
    var rows: (StatsDocument) -> [Row]
    /// When JSON writes `null` instead of the group (not recorded).
    var notRecorded: (StatsDocument) -> Bool = { _ in false }
    /// The CSV `section`; nil for the path without `[]` (`report` for the document itself).
    var csvSection: String?
    /// The CSV `key` of the row at a 0-based position.
    var csvKey: (StatsDocument, Int, Row) -> String = { _, _, _ in "" }
    /// The CSV `date` of a row.
    var csvDate: (StatsDocument, Row) -> String = { _, _ in "" }
    var fields: [StatisticField<Row>]
    var table: Table?

    /// An object read from the document.
    static func object(_ path: String, _ read: @escaping (StatsDocument) -> Row, csvSection: String? = nil,
                       table: Table? = nil, _ fields: [StatisticField<Row>]) -> Self {
        Self(path: path, shape: .object, rows: { [read($0)] }, csvSection: csvSection, fields: fields, table: table)
    }

    /// The path without `[]`: the CSV section by default and the prefix of a named field's section.
    private var plainPath: String { path.replacingOccurrences(of: "[]", with: "") }

    private func object(_ row: Row) -> JSONTree {
        var members: [String: JSONTree] = [:]
        for field in fields {
            switch field.reading {
            case .single(let read): members[field.key] = .value(read(row))
            case .named(_, _, let json, _): members[field.key] = .object(json(row).mapValues(JSONTree.value))
            }
        }
        return .object(members)
    }

    func json(for document: StatsDocument) -> JSONTree {
        if notRecorded(document) { return .null }
        let rows = rows(document)
        switch shape {
        case .object: return rows.first.map(object) ?? .object([:])
        case .array: return .array(rows.map(object))
        case .objectOrNull: return rows.first.map(object) ?? .null
        }
    }

    func csvRecords(for document: StatsDocument) -> [[String?]] {
        let section = csvSection ?? (path.isEmpty ? "report" : plainPath)
        var records: [[String?]] = []
        for (index, row) in rows(document).enumerated() {
            let key = csvKey(document, index, row), date = csvDate(document, row)
            for field in fields {
                guard case .single(let read) = field.reading else { continue }
                let value = read(row)
                switch field.csv {
                case .row: records.append([section, key, date, field.key, value.csvText])
                case .rowWhenAvailable where !value.isNull: records.append([section, key, date, field.key, value.csvText])
                case .rowWhenAvailable, .none: continue
                }
            }
            for field in fields {
                guard case .named(let names, let value, _, let measure) = field.reading else { continue }
                let named = path.isEmpty ? field.key : plainPath + "." + field.key
                for name in names(document) { records.append([named, name, date, measure, value(row, name).csvText]) }
            }
        }
        return records
    }

    func table(for document: StatsDocument) -> StatsTextTable? {
        guard let table else { return nil }
        let keys = table.columns ?? fields.filter { $0.label != nil }.map(\.key)
        var columns: [StatsTextTable.Column] = []
        var cells: [(Row) -> String] = []
        for key in keys {
            guard let field = fields.first(where: { $0.key == key }) else { continue }
            switch field.reading {
            case .single(let read):
                columns.append(.init(heading: field.label ?? key, alignment: field.alignsRight ? .right : .left))
                cells.append { read($0).cell(field.format) }
            case .named(let names, let value, _, _):
                for name in names(document) {
                    columns.append(.init(heading: name, alignment: .right))
                    cells.append { value($0, name).cell(field.format) }
                }
            }
        }
        let rows = rows(document).map { row in cells.map { $0(row) } }
        return StatsTextTable(title: table.title(document), columns: columns, rows: rows, note: table.note(document))
    }

    func figure(_ key: String, in document: StatsDocument) -> (label: String, text: String)? {
        guard shape == .object, let field = fields.first(where: { $0.key == key }),
              let row = rows(document).first, let value = field.value(row) else { return nil }
        return (field.label ?? key, value.cell(field.format))
    }

    var documentation: [[String]] {
        var lines: [[String]] = []
        if let meaning {
            let type = switch shape { case .object: "object"; case .array: "array"; case .objectOrNull: "object or null" }
            lines.append([path, type, meaning])
        }
        guard documentsFields else {
            // The fields named in the group's own row: "…: `file` (name), `rows` (data rows)."
            let named = fields.map { "`\($0.key)` (\($0.meaning))" }.joined(separator: ", ")
            if let meaning { lines[lines.count - 1][2] = meaning + ": " + named + "." }
            return lines
        }
        for field in fields { lines.append([path.isEmpty ? field.key : path + "." + field.key, field.type, field.meaning]) }
        return lines
    }
}
