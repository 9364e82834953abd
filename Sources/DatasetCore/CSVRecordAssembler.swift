/// Collects libcsv's field callbacks into one record, with each field's position.
///
/// The reader tells it where the next field starts before each libcsv call (`nextFieldLine/Column`);
/// libcsv's callbacks fire at the delimiter or terminator that ends a field, so the reader splits its
/// input at those bytes and knows exactly which byte caused each callback.
///
/// The buffers are raw memory reused from record to record, grown by doubling and never shrunk: no
/// allocation per row, and no uniqueness check or generic append per field as with Arrays (they cost a
/// tenth of `validate`). They stay within `CSVLimits.maxRecordBytes` and `maxFieldsPerRecord`, which
/// `endField` checks before growing. Properties skip the runtime's exclusivity tracking, as in
/// `CSVScanner`: one thread, no re-entry.
final class CSVRecordAssembler {
    @exclusivity(unchecked) private var bytes: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var byteCapacity = 4096
    @exclusivity(unchecked) private var byteCount = 0
    @exclusivity(unchecked) private var fields: UnsafeMutablePointer<CSVFieldSpan>
    @exclusivity(unchecked) private var fieldCapacity = 64
    @exclusivity(unchecked) private(set) var fieldCount = 0
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

    /// When a whole line is fed at once: where the field after the k-th field of the call starts
    /// (`queuedCount` of them, the next one at `queuedNext`); after them, `nextFieldColumn` applies.
    static let queueCapacity = 64
    let queuedColumns: UnsafeMutablePointer<Int>
    @exclusivity(unchecked) var queuedCount = 0
    @exclusivity(unchecked) var queuedNext = 0

    init() {
        bytes = .allocate(capacity: byteCapacity)
        fields = .allocate(capacity: fieldCapacity)
        queuedColumns = .allocate(capacity: Self.queueCapacity)
    }

    deinit {
        bytes.deallocate()
        fields.deallocate()
        queuedColumns.deallocate()
    }

    /// A field from libcsv (its bytes are in libcsv's buffer, reused for the next field: copied here).
    @inline(__always)
    func endField(_ field: UnsafeRawBufferPointer) {
        defer {
            fieldLine = nextFieldLine
            if queuedNext < queuedCount {
                fieldColumn = queuedColumns[queuedNext]
                queuedNext &+= 1
            } else {
                fieldColumn = nextFieldColumn
            }
        }
        guard limitProblem == nil, withinLimits(fieldBytes: field.count, recordBytes: byteCount) else { return }
        if byteCount + field.count > byteCapacity { growBytes(to: byteCount + field.count) }
        if let source = field.baseAddress, field.count > 0 {
            (bytes + byteCount).initialize(from: source.assumingMemoryBound(to: UInt8.self), count: field.count)
        }
        appendSpan(CSVFieldSpan(start: byteCount, count: field.count, line: fieldLine, column: fieldColumn))
        byteCount += field.count
    }

    /// The same checks, in the same order, as every field has always had.
    @inline(__always)
    private func withinLimits(fieldBytes: Int, recordBytes: Int) -> Bool {
        if fieldBytes > CSVLimits.maxFieldBytes {
            breakLimit(.fieldTooLong(limit: CSVLimits.maxFieldBytes))
            return false
        }
        if recordBytes + fieldBytes > CSVLimits.maxRecordBytes {
            breakLimit(.recordTooLong(limit: CSVLimits.maxRecordBytes))
            return false
        }
        if fieldCount == CSVLimits.maxFieldsPerRecord {
            breakLimit(.tooManyFields(limit: CSVLimits.maxFieldsPerRecord))
            return false
        }
        return true
    }

    @inline(__always)
    private func appendSpan(_ span: CSVFieldSpan) {
        if fieldCount == fieldCapacity { growFields() }
        (fields + fieldCount).initialize(to: span)
        fieldCount += 1
    }

    private func growBytes(to needed: Int) {
        var capacity = byteCapacity
        while capacity < needed { capacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.initialize(from: bytes, count: byteCount)
        bytes.deallocate()
        bytes = grown
        byteCapacity = capacity
    }

    private func growFields() {
        let capacity = fieldCapacity * 2
        let grown = UnsafeMutablePointer<CSVFieldSpan>.allocate(capacity: capacity)
        grown.moveInitialize(from: fields, count: fieldCount)
        fields.deallocate()
        fields = grown
        fieldCapacity = capacity
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
    @inline(__always)
    func withRecord<R>(_ body: (CSVRecord) throws -> R) rethrows -> R {
        try body(CSVRecord(bytes: UnsafeBufferPointer(start: bytes, count: byteCount),
                           fields: UnsafeBufferPointer(start: fields, count: fieldCount),
                           line: recordLine, hasEncodingError: hasEncodingError))
    }

    /// Forgets the record, keeping the buffers' capacity.
    @inline(__always)
    func clear() {
        byteCount = 0
        fieldCount = 0
        isComplete = false
        hasEncodingError = false
        limitProblem = nil
    }
}
