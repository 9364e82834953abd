import Foundation
import Testing
@testable import DatasetCore

/// Hostile input sizes: a 100 MB field, quoted or not, is a clear error at its line and column, read in
/// bounded memory (the reader stops at the 1 MiB field limit and only hashes the rest), not an out-of-memory
/// crash. scripts/memory-bounds.sh measures the peak RSS of the same case on the release binary.
@Suite("Fault injection: huge fields", .serialized)
struct FaultHugeInputTests {
    /// members.csv whose second record has a field of `size` bytes in column 2.
    static func write(fieldOf size: Int, quoted: Bool, to directory: TemporaryDatasets) throws {
        let path = directory.url.appendingPathComponent("members.csv").path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.write(contentsOf: Data("acronym,name,country,region,joined\nESA,".utf8) + (quoted ? Data("\"".utf8) : Data()))
        let block = Data(repeating: 0x61, count: 1 << 20)
        for _ in 0..<(size >> 20) { try handle.write(contentsOf: block) }
        try handle.write(contentsOf: Data(((quoted ? "\"" : "") + ",Europe,Europe,2007\n").utf8))
    }

    @Test(arguments: [false, true])
    func aHundredMegabyteFieldIsAnErrorAtItsPlace(quoted: Bool) throws {
        let directory = TemporaryDatasets(files: [:])
        try Self.write(fieldOf: 100 << 20, quoted: quoted, to: directory)
        let start = Date()
        let result = try DatasetDirectory(path: directory.path).validate()
        let found = result.diagnostics.map { $0.description.replacingOccurrences(of: directory.path, with: "D") }
        #expect(found == ["D/members.csv:2:5: error: field is longer than 1048576 bytes (1 MiB); the rest of the file is not read"])
        // The whole file was still hashed (the summary names every input file by its SHA-256).
        #expect(result.inputs.first?.sha256.count == 64)
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(throws: DatasetError.self) { try DatasetDirectory(path: directory.path).load() }
    }
}
