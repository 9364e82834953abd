import Foundation
import Testing
import _TestSupport

/// `build --check --format json|github` and `--diff DIR` on a copy of the datasets with one member added.
@Suite("isecg-report build --check formats and --diff (end to end)")
struct CheckFormatTests {
    /// A directory with `Datasets/` (a copy), `Reports/` built from it, then one member appended.
    static func staleCopy() throws -> URL {
        let root = try BuildEndToEndTests.datasetsCopy()
        let build = try BinaryRunner.run(["build", "--quiet"], in: root)
        #expect(build.status == 0 && build.stdout.isEmpty, "\(build.stderr) \(build.stdout)")
        let members = root.appendingPathComponent("Datasets/members.csv")
        let text = try String(contentsOf: members, encoding: .utf8)
        try (text + "ZZA,Zed Agency,Zedland,Europe,2024-05-01,,,https://example.org/zza\n").write(to: members, atomically: true, encoding: .utf8)
        try Data("stray".utf8).write(to: root.appendingPathComponent("Reports/notes.txt"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("Reports/charts/roadmap-timeline.svg"))
        return root
    }

    struct Entry: Decodable, Equatable { let path: String; let state: String }

    @Test func jsonListsPathAndStateAndGithubAnnotatesEachFile() throws {
        let root = try Self.staleCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let json = try BinaryRunner.run(["build", "--check", "--format", "json"], in: root)
        #expect(json.status == 1, "\(json.stderr)")
        let entries = try JSONDecoder().decode([Entry].self, from: Data(json.stdout.utf8))
        #expect(entries.contains(Entry(path: "Reports/charts/membership-growth.png", state: "stale")))
        #expect(entries.contains(Entry(path: "Reports/stats.json", state: "stale")))
        #expect(entries.contains(Entry(path: "Reports/charts/roadmap-timeline.svg", state: "missing")))
        #expect(entries.contains(Entry(path: "Reports/notes.txt", state: "extra")))
        #expect(Set(entries.map(\.state)).isSubset(of: ["stale", "missing", "extra"]))
        #expect(entries.map(\.path) == entries.map(\.path).sorted())

        let github = try BinaryRunner.run(["build", "--check", "--format", "github", "--quiet"], in: root)
        #expect(github.status == 1)
        #expect(github.stderr.isEmpty, "--quiet: \(github.stderr)")
        #expect(github.stdoutLines.count == entries.count)
        for line in github.stdoutLines { #expect(line.hasPrefix("::error file=Reports/"), "\(line)") }
        #expect(github.stdout.contains("::error file=Reports/notes.txt,title=extra::"))

        // Current: an empty JSON array, exit 0.
        let fresh = try BuildEndToEndTests.datasetsCopy()
        defer { try? FileManager.default.removeItem(at: fresh) }
        #expect(try BinaryRunner.run(["build", "--quiet"], in: fresh).status == 0)
        let current = try BinaryRunner.run(["build", "--check", "--format", "json"], in: fresh)
        #expect(current.status == 0 && current.stdout == "[]\n", "\(current.stdout)")
        #expect(try BinaryRunner.run(["build", "--format", "json"], in: fresh).status == 64, "--format needs --check")
    }

    @Test func diffWritesBeforeAfterAndADifferenceImageForEachStalePNG() throws {
        let root = try Self.staleCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try BinaryRunner.run(["build", "--check", "--diff", "diffs/new"], in: root)
        #expect(run.status == 1, "\(run.stderr)")
        let stalePNGs = run.stdoutLines.filter { $0.hasSuffix(".png: stale") }
            .map { String($0.dropFirst("Reports/charts/".count).dropLast(".png: stale".count)) }
        #expect(stalePNGs.contains("membership-growth"))
        let directory = root.appendingPathComponent("diffs/new")
        let written = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(written == stalePNGs.flatMap { ["\($0).after.png", "\($0).before.png", "\($0).diff.png"] }.sorted())
        let before = try Data(contentsOf: directory.appendingPathComponent("membership-growth.before.png"))
        let after = try Data(contentsOf: directory.appendingPathComponent("membership-growth.after.png"))
        #expect(before == (try Data(contentsOf: root.appendingPathComponent("Reports/charts/membership-growth.png"))))
        #expect(before != after)
        let diff = try Data(contentsOf: directory.appendingPathComponent("membership-growth.diff.png"))
        let info = try #require(ChartCommandTests.pngInfo(diff))
        #expect(info.width == 1920 && info.height == 1080)
        // Reports/ itself is untouched by --check.
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Reports/notes.txt").path))
    }
}
