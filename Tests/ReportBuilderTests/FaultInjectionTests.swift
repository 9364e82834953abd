import Foundation
@testable import ReportWriter
import Testing

/// Fault injection into `ReportDirectoryWriter`: a read-only output directory, a full disk, a directory that
/// disappears during the write, and a write failing at every file in turn. In each case the previous set must
/// stay in place byte for byte and nothing may be left beside it. (Killing a real `build` process is in
/// EndToEndTests/FaultKillTests.swift.)
///
/// The tests run as root, so chmod cannot make a directory read-only: they use a read-only bind mount and a
/// tiny tmpfs when `mount` works (it does in this project's sandbox); where it does not, those two tests are
/// skipped (Swift Testing reports them as skipped) rather than failing a CI that cannot mount.
@Suite("Fault injection: report directory writer", .serialized)
struct FaultInjectionTests {
    /// A set of `count` files, each of `size` bytes, with `version` in every file.
    static func fileSet(_ version: String, count: Int = 6, size: Int = 2000) -> OutputFileSet {
        var set = OutputFileSet()
        set.add("stats.json", text: "{\"version\": \"\(version)\"}\n")
        for index in 0..<count {
            set.add("charts/chart-\(index).png", Array(repeating: UInt8(index), count: size) + Array(version.utf8))
        }
        return set
    }

    static func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "fault-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Every regular file under `directory` by relative path, with its bytes.
    static func contents(of directory: String) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for path in OutputComparison.listFiles(under: directory) {
            files[path] = FileManager.default.contents(atPath: directory + "/" + path).map { [UInt8]($0) }
        }
        return files
    }

    /// Whether `directory` holds exactly `files` (a Bool, so that a failure does not print every byte).
    static func holds(_ directory: String, _ files: [String: [UInt8]]) -> Bool { contents(of: directory) == files }

    static func entries(_ directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }

    /// Whether this process may mount file systems: a tmpfs is mounted on a scratch directory and removed.
    static let canMount: Bool = {
        let probe = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: probe) }
        guard mount(["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe]) else { return false }
        unmount(probe)
        return true
    }()

    /// Runs mount(8); false when it is not allowed here.
    static func mount(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/mount")
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    static func unmount(_ path: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/umount")
        process.arguments = [path]
        try? process.run()
        process.waitUntilExit()
    }

    @Test(.enabled(if: canMount, "needs mount(8): a read-only bind mount"))
    func aReadOnlyOutputDirectoryIsCannotCreateAndTheOldSetStays() throws {
        let root = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let parent = root + "/out"
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let writer = ReportDirectoryWriter(destination: parent + "/Reports")
        try writer.replace(with: Self.fileSet("old"))
        guard Self.mount(["--bind", parent, parent]) else {
            Issue.record("mount --bind is not allowed here; the read-only case was not run")
            return
        }
        defer { Self.unmount(parent) }
        guard Self.mount(["-o", "remount,bind,ro", parent]) else {
            Issue.record("remounting read-only is not allowed here; the read-only case was not run")
            return
        }
        do {
            try writer.replace(with: Self.fileSet("new"))
            Issue.record("expected an error on a read-only file system")
        } catch {
            #expect(error.isCannotCreate, "\(error)")
            #expect(error.description.contains("Read-only file system"), "\(error)")
        }
        #expect(Self.holds(parent + "/Reports", Self.fileSet("old").files))
        #expect(Self.entries(parent) == ["Reports"])
    }

    @Test(.enabled(if: canMount, "needs mount(8): a tiny tmpfs"))
    func aFullDiskMidwayLeavesTheOldSetAndNoLeftovers() throws {
        let root = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let disk = root + "/disk"
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        guard Self.mount(["-t", "tmpfs", "-o", "size=256k", "tmpfs", disk]) else {
            Issue.record("mounting a tmpfs is not allowed here; the full-disk case was not run")
            return
        }
        defer { Self.unmount(disk) }
        let writer = ReportDirectoryWriter(destination: disk + "/Reports")
        let old = Self.fileSet("old", count: 4, size: 20_000)
        try writer.replace(with: old)
        // 12 × 20 kB more than fits beside the old 80 kB in 256 kB: ENOSPC on a file in the middle.
        do {
            try writer.replace(with: Self.fileSet("new", count: 12, size: 20_000))
            Issue.record("expected ENOSPC")
        } catch {
            #expect(!error.isCannotCreate, "\(error)")
            #expect(error.description.contains("No space left on device"), "\(error)")
        }
        #expect(Self.holds(disk + "/Reports", old.files))
        #expect(Self.entries(disk) == ["Reports"])
        // With room again, the next run succeeds.
        try writer.replace(with: Self.fileSet("newer", count: 4, size: 20_000))
        #expect(Self.holds(disk + "/Reports", Self.fileSet("newer", count: 4, size: 20_000).files))
    }

    @Test(arguments: [true, false])
    func aWriteFailingAtAnyFileLeavesTheOldSet(useExchange: Bool) throws {
        let root = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var writer = ReportDirectoryWriter(destination: root + "/Reports")
        writer.useExchange = useExchange
        let old = Self.fileSet("old")
        try writer.replace(with: old)
        struct InjectedFailure: Error {}
        let new = Self.fileSet("new")
        for failing in new.sortedPaths {
            writer.beforeWritingFile = { path in if path == failing { throw InjectedFailure() } }
            #expect(throws: OutputError.self) { try writer.replace(with: new) }
            #expect(Self.holds(root + "/Reports", old.files), "failing at \(failing)")
            #expect(Self.entries(root) == ["Reports"], "failing at \(failing)")
        }
        writer.beforeWritingFile = { _ in }
        try writer.replace(with: new)
        #expect(Self.holds(root + "/Reports", new.files))
    }

    @Test func theTemporaryDirectoryVanishingMidwayIsAnErrorAndTheOldSetStays() throws {
        let root = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var writer = ReportDirectoryWriter(destination: root + "/Reports")
        let old = Self.fileSet("old")
        try writer.replace(with: old)
        var written = 0
        writer.beforeWritingFile = { _ in
            written += 1
            guard written == 3 else { return }
            // Someone (a cleanup job) removes the half-written set.
            for entry in Self.entries(root) where entry.hasPrefix(".Reports.tmp-") {
                try FileManager.default.removeItem(atPath: root + "/" + entry)
            }
        }
        do {
            try writer.replace(with: Self.fileSet("new"))
            Issue.record("expected an error")
        } catch {
            #expect(!error.isCannotCreate, "\(error)")
        }
        #expect(Self.holds(root + "/Reports", old.files))
        #expect(Self.entries(root) == ["Reports"])
    }

    @Test func theParentDirectoryVanishingMidwayIsAnError() throws {
        let root = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let parent = root + "/site"
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        var writer = ReportDirectoryWriter(destination: parent + "/Reports")
        try writer.replace(with: Self.fileSet("old"))
        var written = 0
        writer.beforeWritingFile = { _ in
            written += 1
            if written == 2 { try FileManager.default.removeItem(atPath: parent) }
        }
        do {
            try writer.replace(with: Self.fileSet("new"))
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("No such file or directory"), "\(error)")
        }
        // Nothing was recreated in the parent's place.
        #expect(!FileManager.default.fileExists(atPath: parent))
        #expect(Self.entries(root) == [])
    }
}
