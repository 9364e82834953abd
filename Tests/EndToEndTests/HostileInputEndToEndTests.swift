import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Shell helpers for the hostile-input and output-path tests: the binary run under bash, so that a test can
/// redirect to /dev/full, close a pipe or make a FIFO as a user would.
enum HostileShell {
    /// Runs `script` under bash with `$BIN` the built binary, in `directory`; returns status and stdout+stderr.
    static func run(_ script: String, in directory: URL, environment: [String: String] = [:],
                    timeout: Double = 20) throws -> (status: Int32, output: String, seconds: Double) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment
            .merging(["BIN": BinaryRunner.binaryURL.path]) { $1 }.merging(environment) { $1 }
        let output = directory.appendingPathComponent(".test-output")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        let start = Date()
        try process.run()
        let deadline = start.addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning { kill(-process.processIdentifier, SIGKILL); process.terminate() }
        process.waitUntilExit()
        try handle.close()
        let text = String(decoding: (try? Data(contentsOf: output)) ?? Data(), as: UTF8.self)
        try? FileManager.default.removeItem(at: output)
        return (process.terminationStatus, text, Date().timeIntervalSince(start))
    }

    /// A fresh directory holding a copy of the bundled Datasets/ as `D`.
    static func workspace() throws -> URL {
        let root = try BinaryRunner.makeTemporaryDirectory()
        try FileManager.default.copyItem(at: BinaryRunner.repositoryRoot().appendingPathComponent("Datasets"),
                                         to: root.appendingPathComponent("D"))
        return root
    }
}

/// Hostile datasets (REVIEW.md §4): each ends fast with a clear exit code and never prints what it must not.
@Suite("End to end: hostile datasets", .serialized)
struct HostileInputEndToEndTests {
    @Test func theAliasBombIsRefusedAtItsLineInWellUnderASecond() throws {
        let root = try HostileShell.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let bomb = (["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
            + (1...8).map { level in
                let previous = Character(Unicode.Scalar(UInt8(96 + level)))
                let name = Character(Unicode.Scalar(UInt8(97 + level)))
                return "\(name): &\(name) {" + (0..<9).map { "*\(previous) : \($0)" }.joined(separator: ", ") + "}"
            }).joined(separator: "\n") + "\n"
        try Data(bomb.utf8).write(to: root.appendingPathComponent("D/report.yml"))
        for command in ["validate --datasets D", "stats --datasets D", "build --datasets D --out R"] {
            let run = try HostileShell.run("\"$BIN\" \(command)", in: root)
            #expect(run.seconds < 5, "\(command): \(run.seconds) s")
            #expect(run.status == 65, "\(command): \(run.output)")
            #expect(run.output.contains("D/report.yml:1:4: error: YAML anchor 'a' is not allowed"), "\(command)")
        }
    }

    @Test func aLinkToProcSelfEnvironIsRefusedWithoutPrintingTheEnvironment() throws {
        let root = try HostileShell.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.removeItem(at: root.appendingPathComponent("D/outputs.csv"))
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("D/outputs.csv").path,
                                                   withDestinationPath: "/proc/self/environ")
        for command in ["validate", "stats", "build --out R"] {
            let run = try HostileShell.run("\"$BIN\" \(command) --datasets D", in: root,
                                           environment: ["ISECG_PLANTED_SECRET": "planted-secret-4711"])
            #expect(run.status == 66, "\(command): \(run.output)")
            #expect(!run.output.contains("planted-secret-4711"))
            #expect(run.output.contains("D/outputs.csv: cannot read: is a symbolic link to '/proc/"), "\(run.output)")
            #expect(run.output.contains("/environ', outside the datasets directory"), "\(run.output)")
        }
    }

    @Test func aFIFOAndDevZeroAreRefusedAtOnce() throws {
        let root = try HostileShell.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try HostileShell.run("""
            rm D/outputs.csv D/reported_counts.csv && mkfifo D/outputs.csv && ln -s /dev/zero D/reported_counts.csv
            "$BIN" validate --datasets D; echo "status $?"
            rm D/reported_counts.csv; "$BIN" stats --datasets D > /dev/null; echo "status $?"
            rm D/outputs.csv; ln -s /dev/zero D/outputs.csv; "$BIN" validate --datasets D; echo "status $?"
            """, in: root, timeout: 10)
        #expect(run.seconds < 8, "it blocked: \(run.output)")
        #expect(run.output.contains("D/outputs.csv: cannot read: is a FIFO (named pipe), not a regular file\nstatus 66"))
        #expect(run.output.components(separatedBy: "status 66").count == 4, "\(run.output)")
        #expect(run.output.contains("D/outputs.csv: cannot read: is a symbolic link to '/dev/zero', outside the datasets directory"))
    }

    @Test func aDeviceNodeInTheDatasetsDirectoryIsRefused() throws {
        let root = try HostileShell.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.removeItem(at: root.appendingPathComponent("D/outputs.csv"))
        guard mknod(root.appendingPathComponent("D/outputs.csv").path, S_IFCHR | 0o644, dev_t((1 << 8) | 5)  /* 1:5, like /dev/zero */) == 0 else {
            print("skipped: mknod is not allowed here (\(String(cString: strerror(errno))))")
            return
        }
        let run = try HostileShell.run("\"$BIN\" validate --datasets D", in: root, timeout: 10)
        #expect(run.status == 66)
        #expect(run.output.contains("D/outputs.csv: cannot read: is a character device, not a regular file"))
    }

    @Test func aSymlinkInsideTheDirectoryIsFollowedAndOneOutsideIsNot() throws {
        let root = try HostileShell.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try HostileShell.run("""
            mkdir D/real && mv D/members.csv D/real/members.csv && ln -s real/members.csv D/members.csv
            "$BIN" validate --datasets D > /dev/null; echo "inside $?"
            cp D/real/members.csv outside.csv && rm D/members.csv && ln -s ../outside.csv D/members.csv
            "$BIN" validate --datasets D; echo "outside $?"
            """, in: root)
        #expect(run.output.contains("inside 0"), "\(run.output)")
        #expect(run.output.contains("outside 66"), "\(run.output)")
        #expect(run.output.contains("outside the datasets directory"))
    }

    @Test func escapeSequencesInFieldsNeverReachTheTerminalRaw() throws {
        let root = try HostileShell.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let members = "acronym,name,country,region,joined,left,notes,source_url\n"
            + "E\u{1B}[31mSA,European\u{1B}]0;owned\u{7} Space Agency,Europe,Europe,2007-11-06,,,\n"
            + "NASA,NASA,United States,North\u{1B}[2J America,2007-11-06,,,\n"
            + "JAXA,JAXA,Japan,Asia-Pacific,2009-01-0\u{1B}1,,,\n"
            + "BIG,Big,Nowhere," + String(repeating: "x", count: 500_000) + ",2010,,,\n"
        try Data(members.utf8).write(to: root.appendingPathComponent("D/members.csv"))
        let run = try HostileShell.run("""
            "$BIN" validate --datasets D; echo "status $?"
            sed -i '3,$d' D/members.csv; "$BIN" stats --datasets D; echo "status $?"
            "$BIN" chart members-by-region --format svg --datasets D -o e.svg; echo "status $?"
            xmllint --noout e.svg && echo well-formed
            """, in: root)
        #expect(!run.output.unicodeScalars.contains("\u{1B}"), "a raw ESC reached the terminal")
        #expect(!run.output.unicodeScalars.contains("\u{7}"))
        #expect(run.output.contains("unknown region 'North\\x1b[2J America'"), "\(run.output)")
        #expect(run.output.contains("'" + String(repeating: "x", count: 80) + "…' (500000 characters)"))
        #expect(run.output.count < 20_000, "a 500 KB value was printed whole")
        #expect(run.output.contains("status 65"))
        #expect(run.output.contains("well-formed"), "\(run.output)")
    }
}
