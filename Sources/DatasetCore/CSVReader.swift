import Dispatch

/// Reads a CSV file record by record over libcsv, in fixed-size chunks, with the line and column of
/// every record and field.
///
/// Policies (see also Datasets/README.md):
/// - **Encoding**: UTF-8 only. A UTF-8 byte order mark is skipped; a UTF-16 one is an error. Invalid
///   UTF-8 and NUL bytes are errors at their position (one per record); reading goes on.
/// - **Line ends**: LF, CRLF and CR, mixed freely; inside quotes they are kept as written.
/// - **Positions**: lines are 1-based physical lines; a record's line is where it starts. Columns are
///   1-based and count Unicode scalars, not bytes, so `é` is one column.
/// - **Blank lines** (nothing between two line ends) are skipped, as libcsv does; line numbers still
///   count them. A line of spaces is not blank: it is a record of one field.
/// - **Spaces** around unquoted fields are kept exactly (libcsv's trimming is switched off); the schema
///   decides what they mean.
/// - **Quoting**: RFC 4180 in libcsv's strict mode; a stray quote, text after a closing quote and a quote
///   left open at the end of the file are errors. After a quoting error, reading resumes at the next line.
/// - **Limits**: `CSVLimits`; breaking one stops reading that file.
///
/// Memory stays bounded: two chunks (one is hashed on another thread while it is parsed, see
/// `BackgroundDigest`), one record and libcsv's buffer for one field.
struct CSVReader {
    /// Bytes read at a time. Tests force chunk boundaries everywhere with sizes of 1 to 7.
    var chunkSize = CSVLimits.defaultChunkBytes
    /// When set, prints "NAME: 1.2 GB read" to stderr about every 2 seconds.
    var progress: ProgressReporter?

    /// What reading a whole file gave.
    struct Summary {
        let sha256: String
        let byteCount: Int
        let records: Int
    }

    /// Reads the file at `path`.
    func read(path: String, onRecord: (CSVRecord) -> Void,
              onProblem: (CSVReadProblem) -> Void) throws(CSVReaderFailure) -> Summary {
        var source = try FileByteSource(path: path)
        return try read(from: &source, onRecord: onRecord, onProblem: onProblem)
    }

    /// Reads everything `source` gives.
    func read<Source: CSVByteSource>(from source: inout Source, onRecord: (CSVRecord) -> Void,
                                     onProblem: (CSVReadProblem) -> Void) throws(CSVReaderFailure) -> Summary {
        let assembler = CSVRecordAssembler()
        var chunks = ChunkBuffers(byteCount: max(1, chunkSize))
        defer { chunks.deallocate() }
        let digest = BackgroundDigest()
        var progress = self.progress
        progress?.total = source.byteCount
        do {
            return try LibCSVParser.with(assembler: assembler) { parser in
                let scanner = CSVScanner(parser: parser, assembler: assembler)
                var total = 0
                /// Reads into `buffer`; `hashed` (when given) is left once the bytes read are hashed, else
                /// they are hashed before returning.
                func fill(_ buffer: UnsafeMutableRawBufferPointer, hashed: DispatchGroup? = nil) -> Int? {
                    do {
                        let count = try source.read(into: buffer)
                        total += count
                        let bytes = UnsafeRawBufferPointer(rebasing: buffer[0..<count])
                        if let hashed { digest.update(bytes, leaving: hashed) } else { digest.update(bytes) }
                        progress?.update(bytesRead: total)
                        return count
                    } catch {
                        scanner.stop(onProblem, CSVReadProblem(kind: .io(error.reason), line: scanner.line, column: 1))
                        return nil
                    }
                }
                /// The next chunk, in the other buffer, hashed on the digest's thread while it is parsed.
                func nextChunk() -> UnsafeRawBufferPointer? {
                    let (buffer, hashed) = chunks.next()
                    guard let count = fill(buffer, hashed: hashed), count > 0 else { return nil }
                    return UnsafeRawBufferPointer(rebasing: buffer[0..<count])
                }
                // The first bytes decide the encoding; read them whole even with a tiny chunk size.
                var prefix = [UInt8](repeating: 0, count: 3)
                var prefixCount = 0
                while prefixCount < 3 {
                    guard let count = prefix.withUnsafeMutableBytes({ buffer in
                        fill(UnsafeMutableRawBufferPointer(rebasing: buffer[prefixCount...]))
                    }), count > 0 else { break }
                    prefixCount += count
                }
                var start = 0
                if prefixCount >= 2, (prefix[0] == 0xFF && prefix[1] == 0xFE) || (prefix[0] == 0xFE && prefix[1] == 0xFF) {
                    scanner.stop(onProblem, CSVReadProblem(kind: .utf16, line: 1, column: 1))
                } else if prefixCount == 3, prefix[0] == 0xEF, prefix[1] == 0xBB, prefix[2] == 0xBF {
                    start = 3
                    scanner.skipByteOrderMark()
                }
                if !scanner.isStopped, start < prefixCount {
                    prefix.withUnsafeBytes { buffer in
                        scanner.scan(UnsafeRawBufferPointer(rebasing: buffer[start..<prefixCount]), onRecord, onProblem)
                    }
                }
                while !scanner.isStopped, let chunk = nextChunk() {
                    scanner.scan(chunk, onRecord, onProblem)
                }
                if !scanner.isStopped {
                    scanner.finish(onRecord, onProblem)
                } else {
                    // The digest is of the whole file even when parsing stopped early.
                    while nextChunk() != nil {}
                }
                progress?.finish()
                return Summary(sha256: digest.finalize(), byteCount: total, records: scanner.records)
            }
        } catch let failure as CSVReaderFailure {
            throw failure
        } catch {
            throw .libcsvInit
        }
    }
}
