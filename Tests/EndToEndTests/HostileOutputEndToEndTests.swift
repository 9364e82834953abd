import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Odd output paths and failing writes (REVIEW.md §4, PRODUCT.md "Output paths"): devices, FIFOs and links
/// are written through, never renamed over; foreign directories are never replaced; a full disk is 74; a
/// closed pipe ends quietly; a signal leaves no temporary.
@Suite("End to end: output paths and writes", .serialized)
struct HostileOutputEndToEndTests {
    func withWorkspace(_ body: (URL) throws -> Void) throws {
        let root = try HostileShell.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        try body(root)
    }

    @Test func aFullDiskIsExit74WithOneMessage() throws {
        try withWorkspace { root in
            let run = try HostileShell.run("""
                "$BIN" stats --datasets D > /dev/full; echo "stats $?"
                "$BIN" validate --datasets D > /dev/full; echo "validate $?"
                "$BIN" stats --datasets D --format json > /dev/full; echo "json $?"
                "$BIN" chart membership-growth --datasets D -o - > /dev/full; echo "chart $?"
                "$BIN" charts > /dev/full; echo "charts $?"
                """, in: root)
            for command in ["stats", "validate", "json", "chart", "charts"] {
                #expect(run.output.contains("isecg-report: cannot write to standard output: No space left on device\n\(command) 74"), "\(command): \(run.output)")
            }
            #expect(!run.output.contains("Fatal error") && !run.output.contains("backtrace"))
        }
    }

    @Test func aClosedPipeEndsQuietly() throws {
        try withWorkspace { root in
            let run = try HostileShell.run("""
                "$BIN" stats --datasets D | head -c 1 > /dev/null; echo "stats ${PIPESTATUS[0]}"
                "$BIN" chart membership-growth --datasets D -o - | head -c 1 > /dev/null; echo "chart ${PIPESTATUS[0]}"
                "$BIN" validate --datasets D | head -c 0; echo "validate ${PIPESTATUS[0]}"
                """, in: root)
            #expect(run.output == "stats 0\nchart 0\nvalidate 0\n", "\(run.output)")
        }
    }

    @Test func devicesFIFOsAndLinksAreWrittenThroughNotRenamedOver() throws {
        try withWorkspace { root in
            let run = try HostileShell.run("""
                "$BIN" chart membership-growth --datasets D -o /dev/null; echo "null $?"; test -c /dev/null && echo "null is a device"
                mkfifo pipe.png; cat pipe.png > got.png & "$BIN" chart membership-growth --datasets D -o pipe.png; echo "fifo $?"; wait
                test -p pipe.png && echo "still a fifo"; head -c 4 got.png | od -An -c | tr -d ' \\n'; echo
                echo old > target.png; ln -s target.png link.png
                "$BIN" chart membership-growth --datasets D -o link.png; echo "link $?"
                test -L link.png && echo "link stays"; head -c 4 target.png | od -An -c | tr -d ' \\n'; echo
                ls -a | grep -c tmp-
                """, in: root)
            for line in ["null 0", "null is a device", "fifo 0", "still a fifo", "link 0", "link stays"] {
                #expect(run.output.contains(line + "\n"), "\(line): \(run.output)")
            }
            #expect(run.output.components(separatedBy: "211PNG").count == 3, "\(run.output)")
            #expect(run.output.hasSuffix("0\n"), "a temporary was left: \(run.output)")
        }
    }

    @Test func aUnixSocketAsOutputIsConnectedTo() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else {
            print("skipped: no python3 to listen on a socket")
            return
        }
        try withWorkspace { root in
            let listener = "import socket\ns=socket.socket(socket.AF_UNIX); s.bind('out-socket'); s.listen(1)\n"
                + "c,_=s.accept(); f=open('got.png','wb')\nwhile True:\n    d=c.recv(65536)\n    if not d: break\n    f.write(d)\n"
            let run = try HostileShell.run("""
                python3 -c "$LISTENER" & for i in $(seq 100); do test -S out-socket && break; sleep 0.05; done
                "$BIN" chart membership-growth --datasets D -o out-socket; echo "socket $?"; wait
                test -S out-socket && echo "still a socket"; head -c 4 got.png | od -An -c | tr -d ' \\n'; echo
                """, in: root, environment: ["LISTENER": listener])
            #expect(run.output.contains("socket 0\nstill a socket\n211PNG"), "\(run.output)")
        }
    }

    @Test func oddNamesWork() throws {
        try withWorkspace { root in
            let run = try HostileShell.run("""
                "$BIN" chart membership-growth --datasets D -o x; echo "x $?"; test -s x && echo "x written"
                "$BIN" build --datasets D --out R > /dev/null; echo "R $?"; test -s R/stats.json && echo "R written"
                "$BIN" chart membership-growth --datasets D -o 'with space.png'; echo "space $?"
                "$BIN" chart membership-growth --datasets D -o $'new\\nline.png'; echo "newline $?"
                test -s $'new\\nline.png' && echo "newline written"
                "$BIN" build --datasets D --out $'out dir\\n2' > /dev/null; echo "dir $?"; test -s $'out dir\\n2/summary.md' && echo "dir written"
                "$BIN" chart membership-growth --datasets D -o $'\\xff\\xfe.png'; echo "non-utf8 $?"
                echo "replacement-named $(ls -a | grep -c $'\\xef\\xbf\\xbd')"
                """, in: root)
            for line in ["x 0", "x written", "R 0", "R written", "space 0", "newline 0", "newline written", "dir 0",
                         "dir written", "non-utf8 64", "replacement-named 0"] {
                #expect(run.output.contains(line + "\n"), "\(line): \(run.output)")
            }
            // Swift would decode the bytes as U+FFFD and write another name: refused, naming the bytes.
            #expect(run.output.contains("isecg-report: argument 6 ('\\xff\\xfe.png') is not valid UTF-8"), "\(run.output)")
        }
    }

    @Test func aDirectoryWithForeignFilesIsNeverReplaced() throws {
        try withWorkspace { root in
            let run = try HostileShell.run("""
                mkdir -p proj/src proj/charts; echo precious > proj/thesis.tex; echo '{}' > proj/stats.json
                for f in a b c d e f; do echo x > proj/$f.txt; done; echo x > proj/charts/notes.txt
                "$BIN" build --datasets D --out proj; echo "proj $?"; cat proj/thesis.tex
                "$BIN" build --datasets D --out D; echo "datasets $?"
                "$BIN" build --datasets D --out .; echo "dot $?"
                "$BIN" build --datasets D --out ..; echo "dotdot $?"
                "$BIN" build --datasets D --out /; echo "root $?"
                """, in: root)
            #expect(run.output.contains("refusing to replace proj: it holds 9 entries the tool does not write ('a.txt', 'b.txt', 'c.txt', 'charts/notes.txt', 'd.txt', …)"), "\(run.output)")
            for line in ["proj 73", "precious", "datasets 73", "dot 73", "dotdot 73", "root 73"] {
                #expect(run.output.contains(line + "\n"), "\(line): \(run.output)")
            }
            #expect(run.output.contains("it is the datasets directory"))
        }
    }

    @Test func aSymlinkedOutSwapsTheSetInAtItsTarget() throws {
        try withWorkspace { root in
            let run = try HostileShell.run("""
                mkdir real; ln -s real Reports
                "$BIN" build --datasets D --out Reports > /dev/null; echo "first $?"
                "$BIN" build --datasets D --out Reports > /dev/null; echo "second $?"
                test -L Reports && echo "link stays"; test -s real/stats.json && echo "target written"
                ls -a | grep -c '\\.tmp-\\|\\.old-'
                """, in: root)
            for line in ["first 0", "second 0", "link stays", "target written"] {
                #expect(run.output.contains(line + "\n"), "\(line): \(run.output)")
            }
            #expect(run.output.hasSuffix("0\n"), "\(run.output)")
        }
    }

    @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
    func aSignalWhileWritingLeavesNoTemporary(_ signal: Int32) throws {
        try withWorkspace { root in
            let process = Process()
            process.executableURL = BinaryRunner.binaryURL
            process.arguments = ["build", "--datasets", "D", "--out", "Reports"]
            process.currentDirectoryURL = root
            process.environment = ProcessInfo.processInfo.environment.merging(["ISECG_DEBUG_WRITE_DELAY_MS": "100"]) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let temporary = root.appendingPathComponent(".Reports.tmp-\(process.processIdentifier)")
            let deadline = Date().addingTimeInterval(60)
            while process.isRunning && !FileManager.default.fileExists(atPath: temporary.path) && Date() < deadline {
                usleep(5_000)
            }
            usleep(150_000)  // into the writing of the set
            let landed = process.isRunning
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            guard landed else { return }  // it finished first: nothing to check
            #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signal)
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains(".tmp-") }
            #expect(leftovers.isEmpty, "\(leftovers)")
            #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Reports").path))
        }
    }
}
