@testable import DatasetCore

/// A record as the tests compare it: field texts and each field's line:column.
struct ReadRecord: Equatable, CustomStringConvertible {
    var line: Int
    var fields: [String]
    var positions: [String]
    var description: String { "@\(line) \(fields) \(positions)" }
}

struct ReadResult: Equatable {
    var records: [ReadRecord]
    var problems: [String]
}

/// Reads `text` (or `bytes`) with the given chunk size and collects everything the reader reports.
func readCSV(_ text: String, chunkSize: Int = 64 * 1024) -> ReadResult {
    readCSV(bytes: Array(text.utf8), chunkSize: chunkSize)
}

/// Reads `bytes` with the given chunk size and collects everything the reader reports.
func readCSV(bytes: [UInt8], chunkSize: Int = 64 * 1024) -> ReadResult {
    var records: [ReadRecord] = []
    var problems: [String] = []
    var source = MemoryByteSource(bytes)
    let reader = CSVReader(chunkSize: chunkSize)
    _ = try! reader.read(from: &source, onRecord: { record in
        records.append(ReadRecord(
            line: record.line,
            fields: (0..<record.count).map { record.string($0) },
            positions: (0..<record.count).map { "\(record.fields[$0].line):\(record.fields[$0].column)" }))
    }, onProblem: { problem in
        problems.append("\(problem.line):\(problem.column): \(problem.message)")
    })
    return ReadResult(records: records, problems: problems)
}
