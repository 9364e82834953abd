import Foundation
import Testing
import _TestSupport

/// Text from the data is escaped for where it lands in the report set: Markdown in summary.md, a formula
/// guard in CSV, and only http, https and mailto URLs as live PDF links.
@Suite("Hostile text in the report set (end to end)")
struct HostileTextInReportsTests {
    static let members = """
        acronym,name,country,region,joined
        "A]![i](https://evil.example/i.png)<b>",Evil,Nowhere,Europe,2007
        =SUM(A1),"Line
        Break",Nowhere,Europe,2008
        ESA,European Space Agency,Europe,Europe,2007

        """
    static let outputs = """
        date,type,title,lead,source_url
        2010,report,Scheme test,ESA,javascript:alert(1)
        2011,report,File test,ESA,file:///etc/passwd
        2011,report,Web test,ESA,https://example.org/report

        """

    @Test func summaryPDFLinksAndCSVAreSafe() throws {
        let root = try BinaryRunner.makeDirectory(files: ["members.csv": Self.members, "outputs.csv": Self.outputs])
        defer { try? FileManager.default.removeItem(at: root) }
        let build = try BinaryRunner.run(["build", "--datasets", ".", "--out", "R"], in: root)
        #expect(build.status == 0, "\(build.stderr)")

        let summary = try String(contentsOf: root.appendingPathComponent("R/summary.md"), encoding: .utf8)
        #expect(!summary.contains("![i](https://evil.example"), "an image injected through an acronym")
        #expect(!summary.contains("<b>"), "raw HTML from an acronym")
        #expect(summary.contains("A\\]!\\[i\\](https://evil.example/i.png)\\<b\\>"))

        // Links in the PDF: only the https one is an annotation; the others are printed as text.
        let qdf = root.appendingPathComponent("q.pdf")
        let pdf = try #require(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("R").path)
            .first { $0.hasSuffix(".pdf") })
        let expand = try runTool("/usr/bin/qpdf", ["--qdf", "--object-streams=disable",
                                                    root.appendingPathComponent("R/\(pdf)").path, qdf.path])
        #expect(expand.status == 0)
        let objects = String(decoding: try Data(contentsOf: qdf), as: UTF8.self)
        #expect(objects.contains("/URI (https://example.org/report)"))
        #expect(!objects.contains("/URI (javascript:"))
        #expect(!objects.contains("/URI (file:"))

        // CSV: a data text that a spreadsheet would run as a formula gets a leading apostrophe.
        let csv = try BinaryRunner.run(["stats", "--datasets", ".", "--format", "csv"], in: root)
        #expect(csv.status == 0)
        #expect(csv.stdout.contains("roster,'=SUM(A1),"))
        #expect(!csv.stdout.contains(",=SUM(A1),"))
    }
}
