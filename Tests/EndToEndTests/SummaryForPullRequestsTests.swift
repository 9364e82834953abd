import Foundation
import Testing
import _TestSupport

/// summary.md as a pull-request comment: absolute image links, short alt texts, and what changed since the
/// set the output directory held before.
@Suite("summary.md for pull requests (end to end)")
struct SummaryForPullRequestsTests {
    static func summary(_ root: URL, _ out: String = "Reports") throws -> String {
        try String(contentsOf: root.appendingPathComponent("\(out)/summary.md"), encoding: .utf8)
    }

    static func imageLinks(_ markdown: String) -> [(alt: String, url: String)] {
        markdown.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("!["), let close = line.range(of: "]("), line.hasSuffix(")") else { return nil }
            let alt = String(line[line.index(line.startIndex, offsetBy: 2)..<close.lowerBound])
            return (alt, String(line[close.upperBound..<line.index(before: line.endIndex)]))
        }
    }

    /// `png` with a tEXt chunk before IEND: other bytes, the same pixels.
    static func withTextChunk(_ png: Data) -> Data {
        let body = Data("tEXtComment\u{0}re-encoded".utf8)
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in body {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        crc ^= 0xFFFF_FFFF
        let bigEndian = { (v: UInt32) in Data([24, 16, 8, 0].map { UInt8(truncatingIfNeeded: v >> $0) }) }
        let chunk = bigEndian(UInt32(body.count - 4)) + body + bigEndian(crc)
        return png.prefix(png.count - 12) + chunk + png.suffix(12)  // IEND is the last 12 bytes
    }

    @Test func imageBaseURLWithAPathAndAQueryGivesAbsoluteLinksWithTheQueryLast() throws {
        let root = try BuildEndToEndTests.datasetsCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let base = "https://example.org/org/repo/raw/main/Reports?token=abc&x=1"
        let run = try BinaryRunner.run(["build", "--image-base-url", base], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        let links = Self.imageLinks(try Self.summary(root))
        #expect(links.count == 9)
        for link in links {
            #expect(link.url.hasPrefix("https://example.org/org/repo/raw/main/Reports/charts/"), "\(link.url)")
            #expect(link.url.hasSuffix(".png?token=abc&x=1"), "\(link.url)")
        }
        // Without the option the links stay relative.
        let relative = try BinaryRunner.run(["build", "--out", "Plain"], in: root)
        #expect(relative.status == 0)
        #expect(Self.imageLinks(try Self.summary(root, "Plain")).allSatisfy { $0.url.hasPrefix("charts/") })
    }

    @Test func altTextsInTheSummaryAreAtMost300Characters() throws {
        let root = try BuildEndToEndTests.datasetsCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try BinaryRunner.run(["build"], in: root).status == 0)
        let links = Self.imageLinks(try Self.summary(root))
        #expect(!links.isEmpty)
        for link in links { #expect(link.alt.count <= 300, "\(link.alt.count): \(link.alt)") }
    }

    @Test func buildPNGsCarryTheirTitleAndAltTextAsITXt() throws {
        let root = try BuildEndToEndTests.datasetsCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try BinaryRunner.run(["build"], in: root).status == 0)
        let text = SlideChartTests.iTXt(try Data(contentsOf: root.appendingPathComponent("Reports/charts/membership-growth.png")))
        #expect(!(text["Title"] ?? "").isEmpty)
        #expect((text["Description"] ?? "").count > 40)
    }

    @Test func aSecondBuildSaysWhatChangedAndCheckKeepsTheCommittedSection() throws {
        let root = try BuildEndToEndTests.datasetsCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try BinaryRunner.run(["build"], in: root).status == 0)
        #expect(!(try Self.summary(root)).contains("Changes since the previous build"))

        // Nothing changed: a rebuild writes the same bytes (a CI refresh has nothing to commit).
        let first = try Self.summary(root)
        #expect(try BinaryRunner.run(["build"], in: root).status == 0)
        #expect(try Self.summary(root) == first)

        // The same picture in other bytes (here an extra text chunk, as a newer encoder might write) is no change.
        let reencoded = root.appendingPathComponent("Reports/charts/outputs-by-year.png")
        try Self.withTextChunk(try Data(contentsOf: reencoded)).write(to: reencoded)

        // A member joins: the figures that moved and the charts whose pictures changed are named.
        let members = root.appendingPathComponent("Datasets/members.csv")
        let handle = try FileHandle(forWritingTo: members)
        handle.seekToEndOfFile()
        handle.write(Data("XSA,Example Space Agency,Exampleland,Europe,2024-06-01,,,\n".utf8))
        try handle.close()
        #expect(try BinaryRunner.run(["build"], in: root).status == 0)
        let text = try Self.summary(root)
        #expect(text.contains("## Changes since the previous build"))
        #expect(text.contains("  - XSA (joined 2024-06-01)"), "the member added is named by acronym")
        #expect(text.contains("27 → 28"))
        #expect(text.contains("  - membership-growth"))
        #expect(!text.contains("  - outputs-by-year"), "outputs did not change")

        // --check regenerates the same set and keeps the committed changes section: current.
        let check = try BinaryRunner.run(["build", "--check"], in: root)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        // A rebuild of the same data keeps the section that names the change.
        #expect(try BinaryRunner.run(["build"], in: root).status == 0)
        #expect(try Self.summary(root) == text)
    }
}
