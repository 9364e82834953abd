import PartialDates

/// A schema for one CSV file: owns that file's diagnostics, and checks fields byte by byte.
///
/// The checks below make no String unless a problem needs one for its message.
protocol RecordSchema {
    var diagnostics: DiagnosticCollector { get set }
}

extension RecordSchema {
    mutating func error(_ message: String, _ record: CSVRecord, field index: Int) {
        let span = record.fields[index]
        diagnostics.error(message, line: span.line, column: span.column)
    }

    mutating func warning(_ message: String, _ record: CSVRecord, field index: Int) {
        let span = record.fields[index]
        diagnostics.warning(message, line: span.line, column: span.column)
    }

    /// Whether field `index` is missing or empty.
    func isEmpty(_ record: CSVRecord, _ index: Int?) -> Bool {
        guard let index else { return true }
        return record.fields[index].count == 0
    }

    /// For identifiers, dates, numbers and vocabulary words: spaces around the value are an error.
    /// Returns false (after reporting) when there are any.
    mutating func checkNoSurroundingSpaces(_ record: CSVRecord, _ index: Int, column name: String) -> Bool {
        guard RecordSchemaSupport.hasSurroundingSpace(record[index]) else { return true }
        error("\(name) \(quoted(record.string(index))) has spaces around it; remove them", record, field: index)
        return false
    }

    /// For free text: spaces around the value are kept, with a warning.
    mutating func warnSurroundingSpaces(_ record: CSVRecord, _ index: Int?, column name: String) {
        guard let index, RecordSchemaSupport.hasSurroundingSpace(record[index]) else { return }
        warning("\(name) has spaces at its start or end; they are kept as written", record, field: index)
    }

    /// A required free-text field: non-empty; spaces around it are a warning.
    mutating func requireText(_ record: CSVRecord, _ index: Int, column name: String) {
        if isEmpty(record, index) {
            error("\(name) is empty; it is required", record, field: index)
        } else {
            warnSurroundingSpaces(record, index, column: name)
        }
    }

    /// A date in one of the three precisions, on the calendar.
    mutating func date(_ record: CSVRecord, _ index: Int, column name: String, required: Bool) -> PartialDate? {
        if isEmpty(record, index) {
            if required { error("\(name) is empty; expected a date as YYYY, YYYY-MM or YYYY-MM-DD", record, field: index) }
            return nil
        }
        switch PartialDate.parse(bytes: record[index]) {
        case .success(let date):
            return date
        case .failure(let problem):
            guard checkNoSurroundingSpaces(record, index, column: name) else { return nil }
            error("\(name) \(quoted(record.string(index))): \(problem)", record, field: index)
            return nil
        }
    }

    /// A word from a fixed vocabulary, matched on bytes.
    mutating func vocabulary<Word: RawRepresentable & CaseIterable & Sendable>(
        _ record: CSVRecord, _ index: Int, column name: String, _ words: VocabularyTable<Word>
    ) -> Word? where Word.RawValue == String {
        if isEmpty(record, index) {
            error("\(name) is empty; expected one of \(words.list)", record, field: index)
            return nil
        }
        if let word = words.match(record[index]) { return word }
        guard checkNoSurroundingSpaces(record, index, column: name) else { return nil }
        let value = record.string(index)
        if let near = Suggestion.nearest(to: value, among: words.names) {
            error("unknown \(name) \(quoted(value)); did you mean \(quoted(near))?", record, field: index)
        } else {
            error("unknown \(name) \(quoted(value)); expected one of \(words.list)", record, field: index)
        }
        return nil
    }

    /// A whole number ≥ 0 of at most 9 digits.
    mutating func count(_ record: CSVRecord, _ index: Int, column name: String) -> Int? {
        let bytes = record[index]
        if bytes.isEmpty {
            error("\(name) is empty; expected a whole number ≥ 0", record, field: index)
            return nil
        }
        var value = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else {
                guard checkNoSurroundingSpaces(record, index, column: name) else { return nil }
                error("\(name) \(quoted(record.string(index))) is not a whole number ≥ 0", record, field: index)
                return nil
            }
            value = value * 10 + Int(byte - 0x30)
        }
        guard bytes.count <= 9 else {
            error("\(name) \(quoted(record.string(index))) is too large; expected at most 999999999", record, field: index)
            return nil
        }
        return value
    }

}

enum RecordSchemaSupport {
    @inline(__always)
    static func hasSurroundingSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        return first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09
    }
}

/// A vocabulary's words as bytes, for matching fields without making Strings.
struct VocabularyTable<Word: RawRepresentable & CaseIterable & Sendable>: Sendable where Word.RawValue == String {
    private let entries: [(bytes: [UInt8], word: Word)]
    let names: [String]
    /// "a, b, c" for messages.
    let list: String

    init() {
        entries = Word.allCases.map { (Array($0.rawValue.utf8), $0) }
        names = Word.allCases.map(\.rawValue)
        list = names.joined(separator: ", ")
    }

    @inline(__always)
    func match(_ bytes: UnsafeBufferPointer<UInt8>) -> Word? {
        for entry in entries where entry.bytes.count == bytes.count {
            if entry.bytes.withUnsafeBufferPointer({ $0.elementsEqual(bytes) }) { return entry.word }
        }
        return nil
    }
}

/// "Did you mean …?" for near misses: a case-insensitive match, or a small edit distance.
enum Suggestion {
    static func nearest(to value: String, among names: [String]) -> String? {
        let lowered = value.lowercased()
        if let exact = names.first(where: { $0.lowercased() == lowered }) { return exact }
        let scored = names.map { (name: $0, distance: editDistance(Array(lowered.unicodeScalars),
                                                                    Array($0.lowercased().unicodeScalars))) }
        guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
        let allowed = max(1, min(3, (best.name.count + 2) / 3))
        return best.distance <= allowed ? best.name : nil
    }

    /// Levenshtein distance.
    static func editDistance<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
