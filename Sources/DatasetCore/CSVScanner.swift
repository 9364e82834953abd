/// The reader's hot loop: walks each chunk once, counting lines and columns, validating UTF-8, and
/// feeding libcsv one piece at a time.
///
/// libcsv reports fields and records but no positions. A field ends only at a delimiter or a line end
/// (or at the end of the input), so the scanner cuts its input just after every `,`, CR and LF and feeds
/// libcsv those pieces: any callback during a call was caused by the piece's last byte, whose line and
/// column the scanner knows. Inside quotes, the same bytes cause no callback and the cut is harmless.
/// A plain line (ASCII without NUL or quotes, whole in the chunk, libcsv between records) is the
/// exception: its commas are only noted, and the line goes to libcsv in one call whose k-th field callback
/// is mapped to the k-th comma. Anything unusual turns the noted commas back into one call each, before
/// libcsv has seen any of the line, so diagnostics come from the piece-by-piece path as before.
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
    /// Whether the commas of the current line are being collected instead of fed (see `scan`).
    @exclusivity(unchecked) private var deferring = false
    /// Chunk indices of the collected commas, `deferredCount` of them.
    @exclusivity(unchecked) private var deferredCommas: UnsafeMutablePointer<Int>
    @exclusivity(unchecked) private var deferredCount = 0
    /// Whether a noted comma of the deferred line has a space or tab next to it.
    @exclusivity(unchecked) private var spaceAtComma = false

    init(parser: LibCSVParser, assembler: CSVRecordAssembler) {
        self.parser = parser
        self.assembler = assembler
        deferredCommas = .allocate(capacity: CSVRecordAssembler.queueCapacity)
    }

    deinit {
        deferredCommas.deallocate()
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
        // A line is fed whole when nothing in it is unusual (see `feedPlainLine`): while `deferring`, commas are
        // only noted. The first byte that needs more (not ASCII, NUL, too many commas, the end of the chunk)
        // feeds the noted commas one piece each, as if they had been fed when seen, and the rest of the line
        // goes piece by piece. A line is deferred only from its first byte, with libcsv between records.
        deferring = awaitingRecord && !skippingLine && chunkOffset == lineStart
        deferredCount = 0
        spaceAtComma = false
        while index < count {
            if utf8.isIdle {
                // Skip plain ASCII bytes a word at a time; stop at the first byte that needs a look.
                index = CSVByteWords.nextSpecial(base, from: index, count: count)
                if index == count { break }
            }
            let byte = base[index]
            if deferring, byte != 0x2C, byte != 0x0A, byte != 0x0D {
                pieceStart = feedDeferred(base, from: pieceStart, onRecord, onProblem)
                if isStopped { return }
            }
            if byte < 0x80 {
                if !utf8.isIdle, utf8.interrupt() == .invalid {
                    encodingProblem(.invalidUTF8(byte: sequenceByte), line: sequenceLine, column: sequenceColumn, onProblem)
                }
                switch byte {
                case 0x2C:
                    if deferring {
                        if deferredCount < CSVRecordAssembler.queueCapacity {
                            deferredCommas[deferredCount] = index
                            deferredCount &+= 1
                            if (index > 0 && Self.isSpace(base[index &- 1]))
                                || (index &+ 1 < count && Self.isSpace(base[index &+ 1])) {
                                spaceAtComma = true
                            }
                            index &+= 1
                            continue
                        }
                        pieceStart = feedDeferred(base, from: pieceStart, onRecord, onProblem)
                        if isStopped { return }
                    }
                    if !skippingLine {
                        let next = column(at: index) + 1
                        feed(base, from: pieceStart, to: index + 1, nextFieldColumn: next, endsLine: false, onRecord, onProblem)
                        if isStopped { return }
                    }
                    pieceStart = index + 1
                case 0x0A, 0x0D:
                    if deferring {
                        if feedPlainLine(base, from: pieceStart, to: index + 1, onRecord, onProblem) {
                            if isStopped { return }
                            pieceStart = index + 1
                        } else {
                            pieceStart = feedDeferred(base, from: pieceStart, onRecord, onProblem)
                            if isStopped { return }
                        }
                    }
                    if deferring {
                        // Fed whole by `feedPlainLine`.
                    } else if skippingLine {
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
                    deferring = awaitingRecord && !skippingLine
                    spaceAtComma = false
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
        if deferring {
            pieceStart = feedDeferred(base, from: pieceStart, onRecord, onProblem)
            if isStopped { return }
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

    /// Feeds the noted commas' pieces one call each, exactly as `scan` feeds a comma it meets, and stops
    /// deferring for the rest of the line. Returns the new piece start. Only ASCII other than NUL has been
    /// scanned since the line start, so `column(at:)` still gives the noted commas' columns.
    private func feedDeferred(_ base: UnsafePointer<UInt8>, from start: Int,
                              _ onRecord: (CSVRecord) -> Void, _ onProblem: (CSVReadProblem) -> Void) -> Int {
        deferring = false
        var pieceStart = start
        for k in 0..<deferredCount {
            let comma = deferredCommas[k]
            if !skippingLine {
                feed(base, from: pieceStart, to: comma + 1, nextFieldColumn: column(at: comma) + 1, endsLine: false,
                     onRecord, onProblem)
                if isStopped { break }
            }
            pieceStart = comma + 1
        }
        deferredCount = 0
        return pieceStart
    }

    /// Feeds a deferred line ending with the CR or LF at `end - 1` in one call if it is plain, and says
    /// whether it did (if not, nothing was fed). A line with no quote starts and ends with libcsv between
    /// records and cannot make libcsv fail (strict mode fails only on quotes; the line is shorter than every
    /// limit and has fewer fields than `CSVRecordAssembler.queueCapacity`); libcsv's k-th field callback is
    /// told that the next field starts after the k-th noted comma — every comma of such a line is a
    /// delimiter, and nothing else is. `deferring` stays true when the line was fed.
    @inline(__always)
    private func feedPlainLine(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int,
                               _ onRecord: (CSVRecord) -> Void, _ onProblem: (CSVReadProblem) -> Void) -> Bool {
        // No quote: the scanner stops at every quote, and a stop at anything but a comma ends deferring.
        if end - start > CSVLimits.maxFieldBytes { return false }
        // In a line without quotes, libcsv's space test matters only for a space or tab at the start or end
        // of a field (it would skip or trim it); spaces inside a field are kept either way. So libcsv's
        // built-in test gives the same fields unless a field starts or ends with one.
        let builtInSpaceTest = !spaceAtComma && !Self.isSpace(base[start])
            && !(end - 2 >= start && Self.isSpace(base[end - 2]))
        let columns = assembler.queuedColumns
        for k in 0..<deferredCount { columns[k] = column(at: deferredCommas[k]) + 1 }
        assembler.queuedCount = deferredCount
        deferredCount = 0
        feed(base, from: start, to: end, nextFieldColumn: 1, endsLine: true, builtInSpaceTest: builtInSpaceTest,
             onRecord, onProblem)
        assembler.queuedCount = 0
        assembler.queuedNext = 0
        return true
    }

    /// Feeds `base[start..<end]` to libcsv. `nextFieldColumn` is where a field after a delimiter at `end - 1`
    /// starts; `endsLine` says the piece ends with CR or LF.
    @inline(__always)
    private func feed(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int, nextFieldColumn: Int, endsLine: Bool,
                      builtInSpaceTest: Bool? = nil, _ onRecord: (CSVRecord) -> Void, _ onProblem: (CSVReadProblem) -> Void) {
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
        let bytes = UnsafeRawBufferPointer(start: base + start, count: end - start)
        let status = builtInSpaceTest.map { parser.parse(bytes, builtInSpaceTest: $0) } ?? parser.parse(bytes)
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
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09
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
