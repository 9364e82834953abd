import Foundation
import Testing
@testable import DatasetCore

/// Regressions found by the fuzzer (Fuzz/, docs/robustness.md), each with the smallest input that showed it.
@Suite("Regressions: reader and validator")
struct RegressionReaderTests {
    /// Fuzz finding 1: invalid UTF-8 in the rest of a line skipped after a quoting error was charged to the
    /// *next* record, which was then silently dropped (its own errors, here a wrong field count, vanished).
    /// Whether it happened depended on where the read chunks ended, so the same file gave different
    /// diagnostics at different read sizes.
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 64 * 1024])
    func anEncodingErrorAfterAQuotingErrorDoesNotSwallowTheNextRecord(chunkSize: Int) throws {
        var members = Data("acronym,name,country,region,joined\n\"ESA\"x,".utf8)
        members.append(contentsOf: [0xE1, 0x74])  // "\u{E1}t" in Latin-1: not UTF-8
        members.append(contentsOf: Data(",Europe,Europe,2007\nNASA,Name,US,North America\n".utf8))
        let directory = TemporaryDatasets(files: [:])
        directory.write("members.csv", members)
        var datasets = DatasetDirectory(path: directory.path)
        datasets.chunkSize = chunkSize
        let found = try datasets.validate().diagnostics.map {
            $0.description.replacingOccurrences(of: directory.path, with: "D")
        }
        #expect(found == [
            "D/members.csv:2:6: error: unexpected 'x' after a closing quote; expected ',' or the end of the line",
            "D/members.csv:2:8: error: invalid UTF-8 (byte 0xE1); the file must be UTF-8 (is it Latin-1 or Windows-1252?)",
            "D/members.csv:3:1: error: expected 5 fields as in the header, found 4",
        ])
    }
}

extension RegressionReaderTests {
    /// Fuzz finding 2: a byte that is both invalid UTF-8 and text after a closing quote gave its two errors
    /// in an order that depended on where a read chunk ended. Diagnostics at one place now come in a fixed
    /// order: the encoding error first.
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 64 * 1024])
    func twoErrorsAtOneByteComeInAFixedOrder(chunkSize: Int) throws {
        var members = Data("acronym,name,country,region,joined\n\"ESA\"".utf8)
        members.append(contentsOf: [0xED, 0x41])  // a three-byte lead cut short by 'A'
        members.append(contentsOf: Data(",Name,Europe,Europe,2007\n".utf8))
        let directory = TemporaryDatasets(files: [:])
        directory.write("members.csv", members)
        var datasets = DatasetDirectory(path: directory.path)
        datasets.chunkSize = chunkSize
        let found = try datasets.validate().diagnostics.map {
            $0.description.replacingOccurrences(of: directory.path, with: "D")
        }
        #expect(found == [
            "D/members.csv:2:6: error: invalid UTF-8 (byte 0xED); the file must be UTF-8 (is it Latin-1 or Windows-1252?)",
            "D/members.csv:2:6: error: unexpected byte 0xED after a closing quote; expected ',' or the end of the line",
        ])
    }
}

extension RegressionReaderTests {
    /// Follow-up to finding 2: past the limit of 1000 listed diagnostics per file, which ones are listed and
    /// where the "N more" summary points no longer depend on the read size either.
    @Test(arguments: [1, 2, 5, 64 * 1024])
    func theListedThousandDoNotDependOnTheReadSize(chunkSize: Int) throws {
        var members = Data("acronym,name,country,region,joined\n".utf8)
        members.append(contentsOf: Data(String(repeating: "x\n", count: 999).utf8))
        members.append(contentsOf: Data("\"ESA\"".utf8) + [0xED, 0x41] + Data(",Name,Europe,Europe,2007\n".utf8))
        members.append(contentsOf: Data(String(repeating: "x\n", count: 5).utf8))
        let directory = TemporaryDatasets(files: [:])
        directory.write("members.csv", members)
        var datasets = DatasetDirectory(path: directory.path)
        datasets.chunkSize = chunkSize
        let result = try datasets.validate()
        let found = result.diagnostics.map { $0.description.replacingOccurrences(of: directory.path, with: "D") }
        #expect(result.errorCount == 1006)
        #expect(found.count == 1001)
        #expect(Array(found.suffix(2)) == [
            "D/members.csv:1001:6: error: invalid UTF-8 (byte 0xED); the file must be UTF-8 (is it Latin-1 or Windows-1252?)",
            "D/members.csv:1001:6: error: 6 more problems in this file are not shown",
        ])
    }
}

extension RegressionReaderTests {
    /// Fuzz finding 4: report.yml with a duplicated name *and* a duplicated list used as a key gave a
    /// diagnostic whose key order and position changed from run to run (Yams sorts keys of different kinds
    /// with a comparison that is not total, over a hash-ordered dictionary).
    @Test func duplicateKeysOfTwoKindsGiveOneStableDiagnostic() throws {
        let directory = TemporaryDatasets(files: [
            "members.csv": validMembers,
            "report.yml": "charts: [a]\n? [x]\n: 1\ncharts: [b]\n? [x]\n: 2\n",
        ])
        var seen: Set<[String]> = []
        for _ in 0..<30 {
            seen.insert(try DatasetDirectory(path: directory.path).validate().diagnostics.map {
                $0.description.replacingOccurrences(of: directory.path, with: "D")
            })
        }
        #expect(seen == [["D/report.yml:1:1: error: duplicate key 'charts', a list or mapping used as a key"]])
    }
}
