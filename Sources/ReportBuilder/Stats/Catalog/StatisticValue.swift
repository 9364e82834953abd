/// One value of the statistics document as every rendering reads it: JSON writes it (`null` when not
/// available), CSV writes its text (empty when not available), the table and Markdown format it.
enum StatisticValue {
    case int(Int?)
    case number(Double?)
    case text(String?)
    case bool(Bool)
    /// A list of texts (`outputs.types`, `outputs.roadmapIntervalDays.dates`): JSON only.
    case texts([String])

    /// The CSV text: numbers at full (shortest round-trip) precision, `true`/`false`; nil when not available.
    var csvText: String? {
        switch self {
        case .int(let value): value.map { "\($0)" }
        case .number(let value): value.map { "\($0)" }
        case .text(let value): value
        case .bool(let value): value ? "true" : "false"
        case .texts(let values): values.joined(separator: " ")
        }
    }

    /// Whether the value is not available.
    var isNull: Bool {
        switch self {
        case .int(let value): value == nil
        case .number(let value): value == nil
        case .text(let value): value == nil
        case .bool, .texts: false
        }
    }

    /// The text of a table or Markdown cell in `format` ("n/a" when not available).
    func cell(_ format: CellFormat) -> String {
        typealias F = StatsNumberFormat
        switch (self, format) {
        case (.number(let value), .percent): return F.percent(value)
        case (.number(let value), .decimal(let places)): return F.decimal(value, places)
        case (.number(let value), _): return F.decimal(value, 4)
        case (.int(let value), _): return F.integer(value)
        case (.bool(let value), _): return value ? "yes" : "no"
        case (.text(let value), _): return value ?? F.notAvailable
        case (.texts(let values), _): return values.joined(separator: ", ")
        }
    }
}

/// How a value is written in the table and Markdown renderings (``StatsNumberFormat``).
enum CellFormat {
    /// By its kind: counts as integers, numbers with four decimals, yes/no, text as is.
    case automatic
    /// A number with this many decimals.
    case decimal(Int)
    /// A percentage with two decimals and a percent sign.
    case percent
}

/// A JSON document assembled from the catalog: objects, arrays and values, encoded with explicit `null`s.
indirect enum JSONTree: Encodable {
    case value(StatisticValue)
    case object([String: JSONTree])
    case array([JSONTree])
    case null

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Encodes the tree: `encode` (never `encodeIfPresent`), so a value that is not available is `null`.
    func encode(to encoder: any Encoder) throws {
        switch self {
        case .object(let members):
            var container = encoder.container(keyedBy: Key.self)
            for (key, member) in members { try container.encode(member, forKey: Key(stringValue: key)) }
        case .array(let elements):
            var container = encoder.unkeyedContainer()
            for element in elements { try container.encode(element) }
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .value(let value):
            var container = encoder.singleValueContainer()
            switch value {
            case .int(let number): if let number { try container.encode(number) } else { try container.encodeNil() }
            case .number(let number): if let number { try container.encode(number) } else { try container.encodeNil() }
            case .text(let text): if let text { try container.encode(text) } else { try container.encodeNil() }
            case .bool(let flag): try container.encode(flag)
            case .texts(let texts): try container.encode(texts)
            }
        }
    }

    /// The tree with `subtree` placed at `path` (keys; objects created on the way, objects merged).
    func inserting(_ subtree: JSONTree, at path: ArraySlice<String>) -> JSONTree {
        guard let key = path.first else {
            if case .object(let old) = self, case .object(let new) = subtree {
                return .object(old.merging(new) { _, added in added })
            }
            return subtree
        }
        var members: [String: JSONTree] = if case .object(let old) = self { old } else { [:] }
        members[key] = (members[key] ?? .object([:])).inserting(subtree, at: path.dropFirst())
        return .object(members)
    }
}
