import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// SIGKILL during a real `isecg-report build` on a copy of Datasets/: at several moments (while computing,
/// at the start and near the end of writing the new set, and between the two renames of the fallback path),
/// Reports/ must hold exactly the old set or exactly the new one, byte for byte, and the next run must remove
/// what the killed one left (`.Reports.tmp-*`, `.Reports.old-*`).
///
/// The debug binary honours ISECG_DEBUG_WRITE_DELAY_MS (a pause before each file and between the fallback's
/// renames) and ISECG_DEBUG_NO_EXCHANGE (forces the two-rename fallback); release builds ignore both. The
/// kills are timed from what the process shows on disk (its temporary directory appearing), not from the
/// clock alone, so they land in the window they aim at on a slow or busy machine too.
@Suite("Fault injection: SIGKILL during build", .serialized)
struct FaultKillTests {
    enum Moment: CustomStringConvertible {
        /// Milliseconds after the start: still reading and rendering.
        case afterStart(Int)
        /// Milliseconds after `.Reports.tmp-PID` appears: writing the new set.
        case afterTemporaryAppears(Int)
        /// When `.Reports.old-PID` appears: between the fallback's two renames.
        case betweenRenames

        var description: String {
            switch self {
            case .afterStart(let ms): "\(ms) ms after the start"
            case .afterTemporaryAppears(let ms): "\(ms) ms into writing"
            case .betweenRenames: "between the fallback's renames"
            }
        }
    }

    /// The old set: a small report directory (stats.json is the marker the writer requires).
    static let oldSet: [String: [UInt8]] = [
        "stats.json": Array("{\"old\": true}\n".utf8),
        "summary.md": Array("# Old summary\n".utf8),
        "charts/old.svg": Array("<svg/>".utf8),
    ]

    static func write(_ set: [String: [UInt8]], to directory: URL) throws {
        try? FileManager.default.removeItem(at: directory)
        for (path, bytes) in set {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
    }

    static func contents(of directory: URL) -> [String: [UInt8]]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue,
              let enumerator = FileManager.default.enumerator(atPath: directory.path) else { return nil }
        var files: [String: [UInt8]] = [:]
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = directory.appendingPathComponent(path).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: full).map { [UInt8]($0) }
            }
        }
        return files
    }

    static func leftovers(in directory: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasPrefix(".Reports.tmp-") || $0.hasPrefix(".Reports.old-") }.sorted()
    }

    /// Starts `build`, kills it at `moment`; returns whether the kill landed before the process ended.
    static func buildAndKill(at moment: Moment, work: URL, datasets: URL, exchange: Bool) throws -> Bool {
        let process = Process()
        process.executableURL = BinaryRunner.binaryURL
        process.arguments = ["build", "--datasets", datasets.path, "--out", "Reports"]
        process.currentDirectoryURL = work
        var environment = ProcessInfo.processInfo.environment
        environment["ISECG_DEBUG_WRITE_DELAY_MS"] = "40"
        if !exchange { environment["ISECG_DEBUG_NO_EXCHANGE"] = "1" }
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let pid = process.processIdentifier
        let temporary = work.appendingPathComponent(".Reports.tmp-\(pid)").path
        let old = work.appendingPathComponent(".Reports.old-\(pid)").path
        let deadline = Date().addingTimeInterval(60)
        func waitFor(_ path: String) {
            while process.isRunning, !FileManager.default.fileExists(atPath: path), Date() < deadline { usleep(1000) }
        }
        switch moment {
        case .afterStart(let ms):
            usleep(UInt32(ms) * 1000)
        case .afterTemporaryAppears(let ms):
            waitFor(temporary)
            usleep(UInt32(ms) * 1000)
        case .betweenRenames:
            waitFor(old)
        }
        let landed = process.isRunning
        kill(pid, SIGKILL)
        process.waitUntilExit()
        return landed
    }

    @Test func killedBuildsLeaveTheOldOrTheNewSetAndTheNextRunCleansUp() throws {
        let work = try BinaryRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let datasets = work.appendingPathComponent("datasets")
        try FileManager.default.copyItem(at: BinaryRunner.repositoryRoot().appendingPathComponent("Datasets"), to: datasets)
        let reports = work.appendingPathComponent("Reports")

        let moments: [(Moment, exchange: Bool)] = [
            (.afterStart(150), true),
            (.afterTemporaryAppears(0), true),
            (.afterTemporaryAppears(600), true),
            (.betweenRenames, false),
        ]
        var newSet: [String: [UInt8]]?
        var landedInWrite = 0
        for (moment, exchange) in moments {
            try Self.write(Self.oldSet, to: reports)
            let landed = try Self.buildAndKill(at: moment, work: work, datasets: datasets, exchange: exchange)
            let leftovers = Self.leftovers(in: work)
            let found = Self.contents(of: reports)
            print("SIGKILL \(moment)\(landed ? "" : " (the build had ended)"): Reports/ holds "
                  + (found == Self.oldSet ? "the old set" : found == nil ? "nothing" : "a new set")
                  + "; leftovers: \(leftovers.map { $0.replacingOccurrences(of: #"-\d+$"#, with: "-PID", options: .regularExpression) })")
            switch found {
            case Self.oldSet?:
                break
            case let files? where files["stats.json"] != Self.oldSet["stats.json"]:
                // It finished before the kill: the new set, whole (checked against a clean build below).
                #expect(!landed || leftovers.isEmpty, "\(moment): a new set but leftovers \(leftovers)")
                newSet = newSet ?? files
                let whole = files == newSet
                #expect(whole, "\(moment): not the whole new set")
            case nil where moment.isBetweenRenames && landed:
                // The fallback's window: the old set waits under .Reports.old-PID, whole, for the next run.
                let parked = leftovers.first { $0.hasPrefix(".Reports.old-") }
                let parkedWhole = parked.flatMap { Self.contents(of: work.appendingPathComponent($0)) } == Self.oldSet
                #expect(parkedWhole, "\(moment): the old set is not parked whole")
            default:
                Issue.record("\(moment): Reports/ holds neither the old set nor a new one: \(Self.contents(of: reports).map { Array($0.keys) } ?? [])")
            }
            if landed, moment.isWriting { landedInWrite += 1; #expect(!leftovers.isEmpty, "\(moment): killed mid-write but no leftovers") }
        }
        #expect(landedInWrite >= 2, "too few kills landed while writing; the timing hook did not work")

        // The next (uninterrupted) run removes every leftover and writes the new set.
        let next = try BinaryRunner.run(["build", "--datasets", datasets.path, "--out", "Reports"], in: work)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(Self.leftovers(in: work) == [])
        let built = try #require(Self.contents(of: reports))
        if let newSet {
            let same = built == newSet
            #expect(same, "the next run's set differs from the one a killed run completed")
        }
        // And it is byte for byte what a fresh build gives.
        let check = try BinaryRunner.run(["build", "--datasets", datasets.path, "--out", "Reports", "--check"], in: work)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
}

extension FaultKillTests.Moment {
    var isBetweenRenames: Bool { if case .betweenRenames = self { true } else { false } }
    var isWriting: Bool { if case .afterTemporaryAppears = self { true } else { false } }
}
