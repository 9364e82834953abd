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
        return parse(bytes, builtInSpaceTest: Self.builtInSpaceTestIsSafe(base.assumingMemoryBound(to: UInt8.self),
                                                                          count: bytes.count))
    }

    /// Feeds bytes; `builtInSpaceTest` says the caller knows libcsv parses them the same with its built-in
    /// space test as with `isecg_csv_no_space`. libcsv asks its space test about nearly every byte: the
    /// built-in one (a NULL function) is an inline comparison, the other an indirect call.
    @inline(__always)
    func parse(_ bytes: UnsafeRawBufferPointer, builtInSpaceTest: Bool) -> LibCSVStatus {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return .ok }
        parser.pointee.is_space = builtInSpaceTest ? nil : isecg_csv_no_space
        let context = Unmanaged.passUnretained(assembler).toOpaque()
        let parsed = csv_parse(parser, base, bytes.count, fieldCallback, recordCallback, context)
        if parsed == bytes.count { return .ok }
        return status(index: parsed)
    }

    /// Whether libcsv parses `base[0..<count]` the same with its built-in space test (space and tab are
    /// spaces) as with `isecg_csv_no_space` (nothing is): true when the bytes hold no quote, and every space
    /// or tab in them sits between two plain bytes of the same call (neither space, tab, comma, CR, LF nor
    /// quote). Such a space is inside an unquoted field's text, or inside a quoted field: libcsv keeps it
    /// and the plain byte after it resets libcsv's count of trailing spaces to 0, which is where it always
    /// is with the no-space function. Leading and trailing spaces, spaces next to quotes, and a space at
    /// either end of the call (its neighbour unseen) keep the no-space function. Checked exhaustively
    /// against libcsv 3.0.3 for every input of up to 8 bytes over `a`, space, tab, comma, quote, CR and LF,
    /// fed whole, byte by byte and in random pieces (fields, records, errors and their offsets identical).
    @inline(__always)
    static func builtInSpaceTestIsSafe(_ base: UnsafePointer<UInt8>, count: Int) -> Bool {
        var index = 0
        while true {
            // The next space, tab or quote.
            while index &+ 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let mask = zeroBytes(word ^ 0x2020_2020_2020_2020) | zeroBytes(word ^ 0x0909_0909_0909_0909)
                    | zeroBytes(word ^ 0x2222_2222_2222_2222)
                if mask != 0 { index &+= mask.trailingZeroBitCount >> 3; break }
                index &+= 8
            }
            if index &+ 8 > count {
                while index < count, !isSpaceOrQuote(base[index]) { index &+= 1 }
            }
            if index >= count { return true }
            if base[index] == 0x22 || index == 0 || index &+ 1 == count
                || !isPlain(base[index &- 1]) || !isPlain(base[index &+ 1]) {
                return false
            }
            index &+= 2
        }
    }

    @inline(__always)
    private static func isSpaceOrQuote(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x22
    }

    @inline(__always)
    private static func isPlain(_ byte: UInt8) -> Bool {
        !(byte == 0x20 || byte == 0x09 || byte == 0x22 || byte == 0x2C || byte == 0x0A || byte == 0x0D)
    }

    /// High bit set in the lowest zero byte of `word` (higher ones may be flagged falsely; never when none is zero).
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
    }

    /// Ends the input: delivers the last field and record if the input did not end with a newline.
    func finish() -> LibCSVStatus {
        parser.pointee.is_space = isecg_csv_no_space
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
