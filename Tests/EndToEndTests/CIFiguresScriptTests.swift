import Foundation
import Testing
import _TestSupport

/// scripts/ci-figures.sh, the steps the README's workflows run, in a temporary git repository with the built
/// binary: a data change gives one refresh commit, an unchanged tree none, and `check` shows the change.
@Suite("scripts/ci-figures.sh (end to end)", .serialized)
struct CIFiguresScriptTests {
    static let script = BinaryRunner.repositoryRoot().appendingPathComponent("scripts/ci-figures.sh").path

    /// Runs `command` with `arguments` in `directory`; status and standard output plus error.
    static func sh(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        env["ISECG_REPORT"] = BinaryRunner.binaryURL.path
        env["GIT_CONFIG_GLOBAL"] = "/dev/null"  // the machine's git configuration stays out of it, and untouched
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env.removeValue(forKey: "GITHUB_WORKSPACE")
        env.removeValue(forKey: "SOURCE_DATE_EPOCH")
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func git(_ arguments: [String], in directory: URL) throws -> String {
        let run = try sh(["git", "-c", "user.name=t", "-c", "user.email=t@example.org"] + arguments, in: directory)
        #expect(run.status == 0, "git \(arguments): \(run.output)")
        return run.output
    }

    /// A repository with the bundled datasets and their report set committed.
    static func repository() throws -> URL {
        let root = try BinaryRunner.makeTemporaryDirectory()
        try FileManager.default.copyItem(at: BinaryRunner.repositoryRoot().appendingPathComponent("Datasets"),
                                         to: root.appendingPathComponent("Datasets"))
        _ = try git(["init", "--quiet", "-b", "main"], in: root)
        let build = try BinaryRunner.run(["build", "--quiet"], in: root)
        #expect(build.status == 0, "\(build.stderr)")
        _ = try git(["add", "-A"], in: root)
        _ = try git(["commit", "--quiet", "-m", "data and figures"], in: root)
        return root
    }

    @Test func aChangedCSVGivesOneRefreshCommitAndAnUnchangedTreeNone() throws {
        let root = try Self.repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let unchanged = try Self.sh([Self.script, "refresh"], in: root)
        #expect(unchanged.status == 0, "\(unchanged.output)")
        #expect(unchanged.output.contains("nothing to commit"))
        #expect(try Self.git(["rev-list", "--count", "HEAD"], in: root).trimmingCharacters(in: .whitespacesAndNewlines) == "1")

        let members = root.appendingPathComponent("Datasets/members.csv")
        let handle = try FileHandle(forWritingTo: members)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("ZZA,Zed Agency,Zedland,Europe,2024-05-01,,,https://example.org/zza\n".utf8))
        try handle.close()
        _ = try Self.git(["commit", "--quiet", "-am", "add ZZA"], in: root)

        let check = try Self.sh([Self.script, "check"], in: root, environment: ["IMAGE_BASE_URL": "https://example.org/run/42/"])
        #expect(check.status == 1, "\(check.output)")
        #expect(check.output.contains("::error file=Reports/charts/membership-growth.png"), "\(check.output)")
        let diff = root.appendingPathComponent("figure-diff")
        for suffix in ["before", "after", "diff"] {
            let png = try Data(contentsOf: diff.appendingPathComponent("membership-growth.\(suffix).png"))
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(suffix)")
        }
        let staleComment = try String(contentsOf: root.appendingPathComponent("pr-comment.md"), encoding: .utf8)
        #expect(staleComment.contains("Figures are stale"))
        #expect(staleComment.contains("- `Reports/charts/membership-growth.png`: stale"), "\(staleComment)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("figure-preview/summary.md").path))

        let refresh = try Self.sh([Self.script, "refresh"], in: root)
        #expect(refresh.status == 0, "\(refresh.output)")
        let log = try Self.git(["log", "--format=%s|%an", "-n", "2"], in: root)
        #expect(log.hasPrefix("Refresh figures from Datasets/|figures bot\nadd ZZA"), "\(log)")
        let changed = try Self.git(["show", "--name-only", "--format=", "HEAD"], in: root)
        #expect(changed.contains("Reports/charts/membership-growth.png") && changed.contains("Reports/stats.json"))
        #expect(!changed.contains("Datasets/") && !changed.contains("figure-"), "only Reports/ is committed: \(changed)")
        let afterRefresh = try Self.sh([Self.script, "check"], in: root,
                                       environment: ["IMAGE_BASE_URL": "https://example.org/a&b/run 42/?x=1|2/"])
        #expect(afterRefresh.status == 0, "\(afterRefresh.output)")
        let comment = try String(contentsOf: root.appendingPathComponent("pr-comment.md"), encoding: .utf8)
        // The query of the base URL stays at the end of each link.
        #expect(comment.contains("](https://example.org/a&b/run 42/charts/membership-growth.png?x=1|2/)"), "\(comment.prefix(600))")
        #expect(!comment.contains("](charts/"))
    }

    @Test func anUnknownModeIsAUsageError() throws {
        let root = try BinaryRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Self.sh([Self.script, "deploy"], in: root).status == 64)
    }
}
