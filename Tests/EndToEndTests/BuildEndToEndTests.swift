import Foundation
import Testing
import _TestSupport

@Suite("isecg-report build (end to end)")
struct BuildEndToEndTests {
    static func datasetsCopy() throws -> URL {
        let directory = try BinaryRunner.makeTemporaryDirectory()
        let datasets = directory.appendingPathComponent("Datasets")
        try FileManager.default.copyItem(at: BinaryRunner.repositoryRoot().appendingPathComponent("Datasets"), to: datasets)
        return directory
    }

    static func contents(of directory: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: directory.path)!
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: directory.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files[path] = try Data(contentsOf: directory.appendingPathComponent(path)) }
        }
        return files
    }

    @Test func buildsTheWholeSetDeterministicallyAndCheckPassesThenFailsAfterAChange() throws {
        let root = try Self.datasetsCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try BinaryRunner.run(["build"], in: root)
        #expect(first.status == 0, "\(first.stderr)")
        let reports = root.appendingPathComponent("Reports")
        let firstFiles = try Self.contents(of: reports)
        #expect(firstFiles.keys.contains("stats.json"))
        #expect(firstFiles.keys.contains("summary.md"))
        #expect(firstFiles.keys.contains("annual-summary-2024.pdf"))
        #expect(firstFiles.keys.filter { $0.hasPrefix("charts/") && $0.hasSuffix(".png") }.count == 9)
        #expect(firstFiles.keys.filter { $0.hasPrefix("charts/") && $0.hasSuffix(".svg") }.count == 9)

        // Same input, same bytes, in a second directory.
        let second = try BinaryRunner.run(["build", "--out", "Again"], in: root)
        #expect(second.status == 0)
        #expect(try Self.contents(of: root.appendingPathComponent("Again")) == firstFiles)

        let check = try BinaryRunner.run(["build", "--check"], in: root)
        #expect(check.status == 0)
        #expect(check.stdout.contains("current"))

        // A dataset changes: --check names the stale files and exits 1.
        let outputs = root.appendingPathComponent("Datasets/outputs.csv")
        let handle = try FileHandle(forWritingTo: outputs)
        handle.seekToEndOfFile()
        handle.write(Data("2024-10-01,workshop,A new workshop,,,\n".utf8))
        try handle.close()
        let stale = try BinaryRunner.run(["build", "--check"], in: root)
        #expect(stale.status == 1)
        #expect(stale.stdout.contains("Reports/stats.json: stale"))
        #expect(stale.stdout.contains("Reports/charts/outputs-by-year.png: stale"))
        // --check wrote nothing.
        #expect(try Self.contents(of: reports) == firstFiles)
    }

    @Test func thePDFStatesTheKeyFiguresTheStatisticsCompute() throws {
        let root = try Self.datasetsCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try BinaryRunner.run(["build"], in: root).status == 0)
        let reports = root.appendingPathComponent("Reports")
        let json = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: reports.appendingPathComponent("stats.json"))) as? [String: Any])
        let membership = try #require(json["membership"] as? [String: Any])
        let years = try #require(membership["years"] as? [[String: Any]])
        let last = try #require(years.last)
        let members = try #require(last["members"] as? Int)
        let cagr = try #require(membership["cagrPercent"] as? Double)
        let pdf = reports.appendingPathComponent("annual-summary-2024.pdf").path
        let text = try runTool("/usr/bin/pdftotext", ["-layout", pdf, "-"]).output
        #expect(text.contains("at the end of 2024"))
        // The key figure in its table cell: the row's label, then the count as the row's last cell.
        let row = text.split(separator: "\n").first { $0.hasPrefix("Agencies at the end of 2024") }
        #expect(row?.split(separator: " ").last.map(String.init) == "\(members)", "key-figure row: \(row ?? "missing")")
        #expect(text.contains(String(format: "%.1f", cagr) + "\u{00A0}%") || text.contains(String(format: "%.1f", cagr) + " %"))
        #expect(text.contains("Key figures"))
        #expect(text.contains("Methodology"))
        #expect(text.contains("linear least squares"))
        #expect(text.contains("log-linear OLS"))
        #expect(text.contains("https://www.globalspaceexploration.org"))
        let info = try runTool("/usr/bin/pdfinfo", [pdf]).output
        #expect(info.contains("Title:           ISECG annual summary 2024"))
        #expect(info.contains("Creator:         isecg-report"))
        #expect(info.contains("Tagged:          yes"))
        let outline = try runTool("/usr/bin/qpdf", ["--json", "--json-key=outlines", pdf]).output
        for section in ["Key figures", "Charts", "Member roster", "Data quality", "Methodology", "Sources"] {
            #expect(outline.contains("\"\(section)\""), "\(section) in the outline")
        }
        let fonts = try runTool("/usr/bin/pdffonts", [pdf]).output
        #expect(fonts.contains("DejaVuSans"))
        #expect(!fonts.split(separator: "\n").dropFirst(2).contains { $0.contains(" no ") && $0.contains("Type") && !$0.contains("yes") })
    }

    @Test func sourceDateEpochSetsThePDFCreationDate() throws {
        let root = try Self.datasetsCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try BinaryRunner.run(["build"], in: root, environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(run.status == 0)
        let info = try runTool("/usr/bin/pdfinfo", [root.appendingPathComponent("Reports/annual-summary-2024.pdf").path]).output
        #expect(info.contains("2023-11-14") || info.contains("Nov 14 22:13:20 2023"), "\(info)")
    }

    @Test func anUnwritableOutputLeavesTheOldSetUntouchedAndExits73() throws {
        let root = try Self.datasetsCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try BinaryRunner.run(["build"], in: root).status == 0)
        let before = try Self.contents(of: root.appendingPathComponent("Reports"))
        // A file where the output's parent directory should be: creation fails even for root.
        try Data("x".utf8).write(to: root.appendingPathComponent("blocker"))
        let blocked = try BinaryRunner.run(["build", "--out", "blocker/Reports"], in: root)
        #expect(blocked.status == 73)
        #expect(blocked.stderr.contains("cannot create output"))
        // A directory that is not a report is never replaced.
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Notes"), withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: root.appendingPathComponent("Notes/keep.txt"))
        let refused = try BinaryRunner.run(["build", "--out", "Notes"], in: root)
        #expect(refused.status == 73)
        #expect(try String(contentsOf: root.appendingPathComponent("Notes/keep.txt"), encoding: .utf8) == "keep")
        #expect(try Self.contents(of: root.appendingPathComponent("Reports")) == before)
        // No temporary directories are left beside the outputs.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["Datasets", "Notes", "Reports", "blocker"])
    }

    @Test func badDataInTheDatasetsIs65AndWritesNothing() throws {
        let root = try Self.datasetsCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("acronym,name,country,region,joined\nX,Y,Z,Europe,2019-13\n".utf8)
            .write(to: root.appendingPathComponent("Datasets/members.csv"))
        let run = try BinaryRunner.run(["build"], in: root)
        #expect(run.status == 65)
        #expect(run.stderr.contains("members.csv:2:"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Reports").path))
    }
}
