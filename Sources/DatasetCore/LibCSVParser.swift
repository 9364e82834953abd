// The only file that sees libcsv. Its C types (csv_parser, callbacks, status codes) stay here.
internal import CLibCSV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What libcsv reported after being fed bytes.
enum LibCSVStatus: Equatable {
    case ok
    /// Strict mode rejected a byte (a quote inside an unquoted field, or text after a closing quote).
    /// `index` is the position of that byte within the bytes passed to `parse`.
    case malformed(index: Int)
    /// The input ended inside a quoted field (CSV_STRICT_FINI).
    case unterminatedQuote
    /// A field grew past `LibCSVParser.bufferLimitBytes`: libcsv's buffer was not allowed to grow.
    case fieldTooLong
    /// Any other libcsv failure, with libcsv's own words.
    case failed(String)
}

/// A libcsv parser in strict mode that preserves spaces, delivering fields and record ends to a
/// `CSVRecordAssembler`.
///
/// Configuration, and why:
/// - `CSV_STRICT | CSV_STRICT_FINI`: a stray quote, text after a closing quote and an unterminated quote
///   at the end of the input are errors, not silently repaired data.
/// - no `CSV_APPEND_NULL`: fields are byte slices with a length, never C strings.
/// - a space function that accepts nothing as a space: libcsv would otherwise trim spaces and tabs
///   around unquoted fields, silently changing the data. Validation warns about them instead.
/// - a realloc function that refuses to grow the field buffer past `bufferLimitBytes`, so a 100 MB field
///   fails with `fieldTooLong` instead of taking 100 MB.
/// - the default terminator set (CR and LF): libcsv skips empty lines between records.
final class LibCSVParser {
    /// The largest field libcsv may buffer. Fields are checked against `CSVLimits.maxFieldBytes` (smaller)
    /// when they end; this cap only stops the buffer of a field that never ends.
    static let bufferLimitBytes = CSVLimits.maxFieldBytes + blockSize
    /// How much libcsv's field buffer grows by at a time.
    static let blockSize = 16 * 1024

    private let parser: UnsafeMutablePointer<csv_parser>
    private let assembler: CSVRecordAssembler

    private init(parser: UnsafeMutablePointer<csv_parser>, assembler: CSVRecordAssembler) {
        self.parser = parser
        self.assembler = assembler
    }

    /// Runs `body` with a configured parser feeding `assembler`; the parser is freed afterwards.
    static func with<Result>(assembler: CSVRecordAssembler,
                             _ body: (LibCSVParser) throws -> Result) throws -> Result {
        let pointer = UnsafeMutablePointer<csv_parser>.allocate(capacity: 1)
        defer { pointer.deallocate() }
        try initialize(pointer)
        defer { csv_free(pointer) }
        return try body(LibCSVParser(parser: pointer, assembler: assembler))
    }

    private static func initialize(_ pointer: UnsafeMutablePointer<csv_parser>) throws {
        guard csv_init(pointer, UInt8(CSV_STRICT | CSV_STRICT_FINI)) == 0 else {
            throw CSVReaderFailure.libcsvInit
        }
        csv_set_space_func(pointer, isecg_csv_no_space)
        csv_set_realloc_func(pointer) { block, size in
            size > LibCSVParser.bufferLimitBytes ? nil : realloc(block, size)
        }
        csv_set_blk_size(pointer, blockSize)
    }

    /// Forgets any partial field or record, e.g. after an error left libcsv's state dirty.
    func reset() throws {
        csv_free(parser)
        try Self.initialize(parser)
    }

    /// Feeds bytes. Fields and record ends go to the assembler as libcsv finds them.
    @inline(__always)
    func parse(_ bytes: UnsafeRawBufferPointer) -> LibCSVStatus {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return .ok }
        let context = Unmanaged.passUnretained(assembler).toOpaque()
        let parsed = csv_parse(parser, base, bytes.count, fieldCallback, recordCallback, context)
        if parsed == bytes.count { return .ok }
        return status(index: parsed)
    }

    /// Ends the input: delivers the last field and record if the input did not end with a newline.
    func finish() -> LibCSVStatus {
        let context = Unmanaged.passUnretained(assembler).toOpaque()
        if csv_fini(parser, fieldCallback, recordCallback, context) == 0 { return .ok }
        let code = csv_error(parser)
        if code == CSV_EPARSE { return .unterminatedQuote }
        return status(index: 0)
    }

    private func status(index: Int) -> LibCSVStatus {
        let code = csv_error(parser)
        switch code {
        case CSV_EPARSE: return .malformed(index: index)
        case CSV_ENOMEM, CSV_ETOOBIG: return .fieldTooLong
        default: return .failed(String(cString: csv_strerror(code)))
        }
    }
}

private let fieldCallback: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = {
    field, length, context in
    Unmanaged<CSVRecordAssembler>.fromOpaque(context!)._withUnsafeGuaranteedRef {
        $0.endField(UnsafeRawBufferPointer(start: field, count: field == nil ? 0 : length))
    }
}

private let recordCallback: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { _, context in
    Unmanaged<CSVRecordAssembler>.fromOpaque(context!)._withUnsafeGuaranteedRef { $0.endRecord() }
}
