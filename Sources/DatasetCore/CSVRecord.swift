/// Where one field of a record lies: its bytes in the record buffer and its place in the file.
struct CSVFieldSpan {
    var start: Int
    var count: Int
    var line: Int
    var column: Int
}

/// One record as borrowed byte slices over the reader's reused buffers.
///
/// Valid only during the visitor call that receives it: copy out what you keep. Fields become
/// Strings only when asked (`string(_:)`), so a consumer pays only for the fields it needs.
struct CSVRecord {
    /// The bytes of every field, back to back (quotes removed, doubled quotes undoubled).
    let bytes: UnsafeBufferPointer<UInt8>
    let fields: UnsafeBufferPointer<CSVFieldSpan>
    /// The line the record starts on (1-based). Records always start in column 1.
    let line: Int
    /// Whether an encoding problem (invalid UTF-8, NUL) was reported inside this record.
    let hasEncodingError: Bool

    var count: Int { fields.count }

    /// The bytes of field `index`.
    @inline(__always)
    subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        let span = fields[index]
        return UnsafeBufferPointer(rebasing: bytes[span.start..<(span.start + span.count)])
    }

    /// Field `index` as a String.
    func string(_ index: Int) -> String {
        String(decoding: self[index], as: UTF8.self)
    }

    /// Field `index` as a String, or nil when it is empty.
    func optionalString(_ index: Int?) -> String? {
        guard let index, index < count, fields[index].count > 0 else { return nil }
        return string(index)
    }
}
