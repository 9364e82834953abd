/// One published statistic of a ``StatisticGroup``: its JSON key, its documented type and meaning, its label
/// in the table and Markdown renderings, how CSV writes it, and how its value is read from a row.
struct StatisticField<Row> {
    /// How the CSV rendering uses the field.
    enum CSVUse {
        /// A row with the key as `measure` (an empty value when not available).
        case row
        /// A row only when the value is available.
        case rowWhenAvailable
        /// No row (JSON only, or the row's `key` or `date`).
        case none
    }

    /// How the value is read.
    enum Reading {
        /// One value per row.
        case single((Row) -> StatisticValue)
        /// A JSON object of named values (`outputs.years[].byType`, `definitions`): in CSV one row per name
        /// in the section `path.key` with `measure`; in a table one column per name.
        case named(names: (StatsDocument) -> [String], value: (Row, String) -> StatisticValue,
                   json: (Row) -> [String: StatisticValue], measure: String)
    }

    /// The JSON key within the group's object.
    var key: String
    /// The documented type (`int`, `number|null`, `string`, `bool`, `object`, `array of string`).
    var type: String
    /// The documented meaning (docs/stats-json.md).
    var meaning: String
    /// The label in the table and Markdown renderings (a key figure's measure or a column heading); nil when
    /// the field is not shown there.
    var label: String?
    /// How the table and Markdown write it.
    var format: CellFormat
    /// How CSV writes it.
    var csv: CSVUse
    /// How the value is read from a row.
    var reading: Reading

    /// The value of a single field for `row` (nil for a named field).
    func value(_ row: Row) -> StatisticValue? {
        if case .single(let read) = reading { read(row) } else { nil }
    }

    /// Whether a table aligns the field right (numbers) or left (text).
    var alignsRight: Bool { type.hasPrefix("int") || type.hasPrefix("number") || type == "object" }
}

extension StatisticField {
    private static func make(_ key: String, _ type: String, _ label: String?, _ format: CellFormat, _ csv: CSVUse,
                             _ meaning: String, _ read: @escaping (Row) -> StatisticValue) -> Self {
        Self(key: key, type: type, meaning: meaning, label: label, format: format, csv: csv, reading: .single(read))
    }

    /// An integer that is always available.
    static func int(_ key: String, label: String? = nil, csv: CSVUse = .row, _ meaning: String,
                    _ read: @escaping (Row) -> Int) -> Self {
        make(key, "int", label, .automatic, csv, meaning) { .int(read($0)) }
    }

    /// An integer or `null`.
    static func optionalInt(_ key: String, label: String? = nil, csv: CSVUse = .row, _ meaning: String,
                            _ read: @escaping (Row) -> Int?) -> Self {
        make(key, "int|null", label, .automatic, csv, meaning) { .int(read($0)) }
    }

    /// A number that is always available.
    static func number(_ key: String, label: String? = nil, format: CellFormat = .automatic, csv: CSVUse = .row,
                       _ meaning: String, _ read: @escaping (Row) -> Double) -> Self {
        make(key, "number", label, format, csv, meaning) { .number(read($0)) }
    }

    /// A number or `null`.
    static func optionalNumber(_ key: String, label: String? = nil, format: CellFormat = .automatic, csv: CSVUse = .row,
                               _ meaning: String, _ read: @escaping (Row) -> Double?) -> Self {
        make(key, "number|null", label, format, csv, meaning) { .number(read($0)) }
    }

    /// A text that is always available.
    static func text(_ key: String, label: String? = nil, csv: CSVUse = .row, _ meaning: String,
                     _ read: @escaping (Row) -> String) -> Self {
        make(key, "string", label, .automatic, csv, meaning) { .text(read($0)) }
    }

    /// A text or `null`.
    static func optionalText(_ key: String, label: String? = nil, csv: CSVUse = .row, _ meaning: String,
                             _ read: @escaping (Row) -> String?) -> Self {
        make(key, "string|null", label, .automatic, csv, meaning) { .text(read($0)) }
    }

    /// A flag (`true`/`false` in JSON and CSV, yes/no in a table).
    static func bool(_ key: String, label: String? = nil, csv: CSVUse = .row, _ meaning: String,
                     _ read: @escaping (Row) -> Bool) -> Self {
        make(key, "bool", label, .automatic, csv, meaning) { .bool(read($0)) }
    }

    /// A list of texts (JSON only).
    static func texts(_ key: String, _ meaning: String, _ read: @escaping (Row) -> [String]) -> Self {
        make(key, "array of string", nil, .automatic, .none, meaning) { .texts(read($0)) }
    }

    /// An object of named values (see ``Reading/named(names:value:json:measure:)``).
    static func named(_ key: String, measure: String, _ meaning: String, names: @escaping (StatsDocument) -> [String],
                      value: @escaping (Row, String) -> StatisticValue,
                      json: @escaping (Row) -> [String: StatisticValue]) -> Self {
        Self(key: key, type: "object", meaning: meaning, label: nil, format: .automatic, csv: .row,
             reading: .named(names: names, value: value, json: json, measure: measure))
    }
}
