import Foundation
import Testing
@testable import DatasetCore

/// The progress line `validate`, `stats` and `build` show on a terminal during long reads.
@Suite("Progress line") struct ProgressTextTests {
    @Test func aPercentageWhenTheSizeIsKnown() {
        #expect(ProgressReporter.text(label: "outputs.csv", bytesRead: 450_000_000, total: 1_000_000_000)
            == "outputs.csv: 45 % of 1.0 GB read")
        #expect(ProgressReporter.text(label: "outputs.csv", bytesRead: 2_000, total: 1_000) == "outputs.csv: 100 % of 1.0 kB read")
        #expect(ProgressReporter.text(label: "outputs.csv", bytesRead: 1_200_000_000, total: nil) == "outputs.csv: 1.2 GB read")
    }

    @Test func aFileKnowsItsSize() throws {
        let path = "/tmp/progress-size-\(getpid()).csv"
        try "a,b\n1,2\n".write(toFile: path, atomically: false, encoding: .utf8)
        defer { unlink(path) }
        #expect(try FileByteSource(path: path).byteCount == 8)
    }
}
