/// Collects libcsv's field callbacks into one record, with each field's position.
///
/// The reader tells it where the next field starts before each libcsv call (`nextFieldLine/Column`);
/// libcsv's callbacks fire at the delimiter or terminator that ends a field, so the reader splits its
/// input at those bytes and knows exactly which byte caused each callback. Buffers are reused from
/// record to record: no allocation per row once they have grown. Properties skip the runtime's
/// exclusivity tracking, as in `CSVScanner`: one thread, no re-entry.
final class CSVRecordAssembler {
    @exclusivity(unchecked) private(set) var bytes: [UInt8] = []
    @exclusivity(unchecked) private(set) var fields: [CSVFieldSpan] = []
    /// Where the field being read started.
    @exclusivity(unchecked) var fieldLine = 1
    @exclusivity(unchecked) var fieldColumn = 1
    /// Where the field after the one being read starts, if the current delimiter ends it.
    @exclusivity(unchecked) var nextFieldLine = 1
    @exclusivity(unchecked) var nextFieldColumn = 1
    /// The line of the record being read.
    @exclusivity(unchecked) var recordLine = 1
    /// Set by `endRecord`, cleared by `clear`.
    @exclusivity(unchecked) private(set) var isComplete = false
    @exclusivity(unchecked) var hasEncodingError = false
    /// A limit broken by the record being read (field or record too long, too many fields).
    @exclusivity(unchecked) private(set) var limitProblem: CSVReadProblem.Kind?
    @exclusivity(unchecked) private(set) var limitLine = 0
    @exclusivity(unchecked) private(set) var limitColumn = 0

    init() {
        bytes.reserveCapacity(4096)
        fields.reserveCapacity(32)
    }

    func endField(_ field: UnsafeRawBufferPointer) {
        defer {
            fieldLine = nextFieldLine
            fieldColumn = nextFieldColumn
        }
        guard limitProblem == nil else { return }
        if field.count > CSVLimits.maxFieldBytes {
            breakLimit(.fieldTooLong(limit: CSVLimits.maxFieldBytes))
            return
        }
        if bytes.count + field.count > CSVLimits.maxRecordBytes {
            breakLimit(.recordTooLong(limit: CSVLimits.maxRecordBytes))
            return
        }
        if fields.count == CSVLimits.maxFieldsPerRecord {
            breakLimit(.tooManyFields(limit: CSVLimits.maxFieldsPerRecord))
            return
        }
        fields.append(CSVFieldSpan(start: bytes.count, count: field.count, line: fieldLine, column: fieldColumn))
        bytes.append(contentsOf: field)
    }

    private func breakLimit(_ kind: CSVReadProblem.Kind) {
        limitProblem = kind
        limitLine = fieldLine
        limitColumn = fieldColumn
    }

    func endRecord() {
        isComplete = true
    }

    /// Lends the complete record to `body`.
    func withRecord<R>(_ body: (CSVRecord) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer { bytes in
            try fields.withUnsafeBufferPointer { fields in
                try body(CSVRecord(bytes: bytes, fields: fields, line: recordLine,
                                   hasEncodingError: hasEncodingError))
            }
        }
    }

    /// Forgets the record, keeping the buffers' capacity.
    func clear() {
        bytes.removeAll(keepingCapacity: true)
        fields.removeAll(keepingCapacity: true)
        isComplete = false
        hasEncodingError = false
        limitProblem = nil
    }
}
