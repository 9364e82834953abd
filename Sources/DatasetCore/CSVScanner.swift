/// The reader's hot loop: walks each chunk once, counting lines and columns, validating UTF-8, and
/// feeding libcsv one piece at a time.
///
/// libcsv reports fields and records but no positions. A field ends only at a delimiter or a line end
/// (or at the end of the input), so the scanner cuts its input just after every `,`, CR and LF and feeds
/// libcsv those pieces: any callback during a call was caused by the piece's last byte, whose line and
/// column the scanner knows. Inside quotes, the same bytes cause no callback and the cut is harmless.
/// A record starts at the first byte after a line end that is not itself a line end, which is always
/// column 1.
///
/// The stored properties are `@exclusivity(unchecked)`: the scanner and its assembler are used by one
/// thread, never re-entered, and the runtime's access tracking cost a fifth of the hot loop.
final class CSVScanner {
    private let parser: LibCSVParser
    private let assembler: CSVRecordAssembler

    /// The line of the scan position (1-based).
    @exclusivity(unchecked) private(set) var line = 1
    /// Absolute offset of the chunk being scanned.
    @exclusivity(unchecked) private var chunkOffset = 0
    /// Absolute offset of the first byte of the current line.
    @exclusivity(unchecked) private var lineStart = 0
    /// UTF-8 continuation bytes (10xxxxxx) seen before the scan position, and before the line start:
    /// a column is bytes minus continuation bytes since the line start.
    @exclusivity(unchecked) private var continuations = 0
    @exclusivity(unchecked) private var continuationsAtLineStart = 0
    @exclusivity(unchecked) private var previousByte: UInt8 = 0
    @exclusivity(unchecked) private var awaitingRecord = true
    @exclusivity(unchecked) private var skippingLine = false
    @exclusivity(unchecked) private(set) var isStopped = false
    @exclusivity(unchecked) private(set) var records = 0
    @exclusivity(unchecked) private var utf8 = UTF8Validator()
    @exclusivity(unchecked) private var sequenceLine = 1
    @exclusivity(unchecked) private var sequenceColumn = 1
    @exclusivity(unchecked) private var sequenceByte: UInt8 = 0

    init(parser: LibCSVParser, assembler: CSVRecordAssembler) {
        self.parser = parser
        self.assembler = assembler
    }

    /// The UTF-8 BOM is not part of line 1's columns.
    func skipByteOrderMark() {
        chunkOffset = 3
        lineStart = 3
    }

    func stop(_ onProblem: (CSVReadProblem) -> Void, _ problem: CSVReadProblem) {
        onProblem(problem)
        isStopped = true
    }

    @inline(__always)
    private func column(at index: Int) -> Int {
        (chunkOffset + index - lineStart) - (continuations - continuationsAtLineStart) + 1
    }

    /// Scans one chunk.
    func scan(_ buffer: UnsafeRawBufferPointer, _ onRecord: (CSVRecord) -> Void,
              _ onProblem: (CSVReadProblem) -> Void) {
        let count = buffer.count
        guard count > 0, let base = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        var index = 0
        var pieceStart = 0
        while index < count {
            if utf8.isIdle {
                // Skip plain ASCII bytes a word at a time; stop at the first byte that needs a look.
                index = CSVByteWords.nextSpecial(base, from: index, count: count)
                if index == count { break }
            }
            let byte = base[index]
            if byte < 0x80 {
                if !utf8.isIdle, utf8.interrupt() == .invalid {
                    encodingProblem(.invalidUTF8(byte: sequenceByte), line: sequenceLine, column: sequenceColumn, onProblem)
                }
                switch byte {
                case 0x2C:
                    if !skippingLine {
                        let next = column(at: index) + 1
                        feed(base, from: pieceStart, to: index + 1, nextFieldColumn: next, endsLine: false, onRecord, onProblem)
                        if isStopped { return }
                    }
                    pieceStart = index + 1
                case 0x0A, 0x0D:
                    if skippingLine {
                        skippingLine = false
                        awaitingRecord = true
                        // An encoding error in the skipped rest belonged to the failed record, not the next.
                        assembler.hasEncodingError = false
                    } else {
                        feed(base, from: pieceStart, to: index + 1, nextFieldColumn: 1, endsLine: true, onRecord, onProblem)
                        if isStopped { return }
                    }
                    let previous = index > 0 ? base[index - 1] : previousByte
                    if !(byte == 0x0A && previous == 0x0D) { line += 1 }
                    lineStart = chunkOffset + index + 1
                    continuationsAtLineStart = continuations
                    pieceStart = index + 1
                case 0x00:
                    encodingProblem(.nulByte, line: line, column: column(at: index), onProblem)
                default:
                    break
                }
            } else {
                if utf8.isIdle {
                    sequenceLine = line
                    sequenceColumn = column(at: index)
                    sequenceByte = byte
                }
                if byte & 0xC0 == 0x80 { continuations &+= 1 }
                if utf8.consume(byte) == .invalid {
                    encodingProblem(.invalidUTF8(byte: sequenceByte),
                                    line: sequenceLine, column: sequenceColumn, onProblem)
                }
            }
            index &+= 1
        }
        if pieceStart < count, !skippingLine {
            feed(base, from: pieceStart, to: count, nextFieldColumn: 1, endsLine: false, onRecord, onProblem)
        }
        previousByte = base[count - 1]
        chunkOffset += count
    }

    /// Ends the input.
    func finish(_ onRecord: (CSVRecord) -> Void, _ onProblem: (CSVReadProblem) -> Void) {
        if utf8.interrupt() == .invalid {
            encodingProblem(.invalidUTF8(byte: sequenceByte), line: sequenceLine, column: sequenceColumn, onProblem)
        }
        if skippingLine { return }
        let status = parser.finish()
        if let kind = assembler.limitProblem {
            stop(onProblem, CSVReadProblem(kind: kind, line: assembler.limitLine, column: assembler.limitColumn))
            return
        }
        switch status {
        case .ok:
            deliverIfComplete(onRecord)
        case .unterminatedQuote:
            onProblem(CSVReadProblem(kind: .unterminatedQuote, line: assembler.fieldLine, column: assembler.fieldColumn))
        case .fieldTooLong:
            stop(onProblem, CSVReadProblem(kind: .fieldTooLong(limit: CSVLimits.maxFieldBytes),
                                           line: assembler.fieldLine, column: assembler.fieldColumn))
        case .malformed, .failed:
            stop(onProblem, CSVReadProblem(kind: .libcsv("\(status)"), line: line, column: 1))
        }
    }

    /// Feeds `base[start..<end]` to libcsv. `nextFieldColumn` is where a field after a delimiter at `end - 1`
    /// starts; `endsLine` says the piece ends with CR or LF.
    @inline(__always)
    private func feed(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int, nextFieldColumn: Int, endsLine: Bool,
                      _ onRecord: (CSVRecord) -> Void, _ onProblem: (CSVReadProblem) -> Void) {
        if awaitingRecord {
            let first = base[start]
            if first != 0x0A, first != 0x0D {
                awaitingRecord = false
                assembler.recordLine = line
                assembler.fieldLine = line
                assembler.fieldColumn = 1
            }
        }
        assembler.nextFieldLine = line
        assembler.nextFieldColumn = nextFieldColumn
        let status = parser.parse(UnsafeRawBufferPointer(start: base + start, count: end - start))
        if let kind = assembler.limitProblem {
            stop(onProblem, CSVReadProblem(kind: kind, line: assembler.limitLine, column: assembler.limitColumn))
            return
        }
        switch status {
        case .ok:
            deliverIfComplete(onRecord)
        case .malformed(let offset):
            let bad = start + offset
            let byte = base[bad]
            let kind: CSVReadProblem.Kind = byte == 0x22 ? .quoteInUnquotedField : .textAfterClosingQuote(byte: byte)
            onProblem(CSVReadProblem(kind: kind, line: line, column: column(of: bad, base: base, end: end)))
            // The failed record runs to the end of its line: it keeps its one encoding error (if any) while the
            // rest is skipped, whichever of the two errors the chunk boundaries let us see first.
            let hadEncodingError = assembler.hasEncodingError
            assembler.clear()
            if !endsLine { assembler.hasEncodingError = hadEncodingError }
            do { try parser.reset() } catch {
                stop(onProblem, CSVReadProblem(kind: .libcsv("cannot reset the parser"), line: line, column: 1))
                return
            }
            if endsLine { awaitingRecord = true } else { skippingLine = true }
        case .fieldTooLong:
            stop(onProblem, CSVReadProblem(kind: .fieldTooLong(limit: CSVLimits.maxFieldBytes),
                                           line: assembler.fieldLine, column: assembler.fieldColumn))
        case .unterminatedQuote, .failed:
            stop(onProblem, CSVReadProblem(kind: .libcsv("\(status)"), line: line, column: 1))
        }
    }

    /// The column of `index`, counting back from `end`, whose column the counters give.
    private func column(of index: Int, base: UnsafePointer<UInt8>, end: Int) -> Int {
        var scalars = 0
        for position in index..<end where base[position] & 0xC0 != 0x80 { scalars += 1 }
        return column(at: end) - scalars
    }

    @inline(__always)
    private func deliverIfComplete(_ onRecord: (CSVRecord) -> Void) {
        guard assembler.isComplete else { return }
        records += 1
        assembler.withRecord(onRecord)
        assembler.clear()
        awaitingRecord = true
    }

    private func encodingProblem(_ kind: CSVReadProblem.Kind, line: Int, column: Int,
                                 _ onProblem: (CSVReadProblem) -> Void) {
        guard !assembler.hasEncodingError else { return }
        assembler.hasEncodingError = true
        onProblem(CSVReadProblem(kind: kind, line: line, column: column))
    }
}
