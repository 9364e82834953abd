import Foundation
import Testing
import _TestSupport

/// `make install` (its file-copying half, `install-files`, pointed at the debug build) into a DESTDIR, the
/// completions it writes, and the committed man page against the binary's `--help`.
@Suite("make install, completions and the man page (end to end)", .serialized)
struct InstallTests {
    static let root = BinaryRunner.repositoryRoot()

    static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Bash's completions for the words of `line` (the last one being completed), from the installed script.
    static func bashCompletions(_ script: String, _ words: [String]) throws -> [String] {
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let program = """
            source '\(script)'
            COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
            COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
            _isecg-report isecg-report "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        return try run("/bin/bash", ["-c", program]).output.split(separator: "\n").map(String.init)
    }

    @Test func installPutsTheBinaryManPageAndCompletionsUnderDestdirAndPrefix() throws {
        let stage = try BinaryRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: stage) }
        let make = try Self.run("/usr/bin/make", ["-C", Self.root.path, "install-files", "BIN=\(BinaryRunner.binaryURL.path)",
                                                  "DESTDIR=\(stage.path)", "PREFIX=/opt/isecg"])
        #expect(make.status == 0, "\(make.output)")
        let prefix = stage.appendingPathComponent("opt/isecg")
        let binary = prefix.appendingPathComponent("bin/isecg-report").path
        #expect(FileManager.default.isExecutableFile(atPath: binary))
        #expect(try Self.run(binary, ["--version"]).output.contains("0.1.0"))
        let man = try String(contentsOf: prefix.appendingPathComponent("share/man/man1/isecg-report.1"), encoding: .utf8)
        #expect(man.hasPrefix(".\\\""), "a roff page")

        let bash = prefix.appendingPathComponent("share/bash-completion/completions/isecg-report").path
        #expect(try Self.bashCompletions(bash, ["isecg-report", "chart", "members-"]) == ["members-by-region"])
        #expect(try Self.bashCompletions(bash, ["isecg-report", "chart", "membership-"]).sorted()
            == ["membership-forecast", "membership-growth"])
        #expect(try Self.bashCompletions(bash, ["isecg-report", "chart", "--format", ""]) == ["png", "pdf", "svg"])
        #expect(try Self.bashCompletions(bash, ["isecg-report", "chart", "--theme", ""]) == ["light", "dark"])
        #expect(try Self.bashCompletions(bash, ["isecg-report", "bu"]) == ["build"])
        let zsh = try String(contentsOf: prefix.appendingPathComponent("share/zsh/site-functions/_isecg-report"), encoding: .utf8)
        #expect(zsh.contains("'membership-forecast'") && zsh.contains("--datasets[The datasets directory.]:DIR:_files -/"))
        let fish = try String(contentsOf: prefix.appendingPathComponent("share/fish/vendor_completions.d/isecg-report.fish"),
                              encoding: .utf8)
        #expect(fish.contains("reported-vs-roster") && fish.contains("__fish_complete_directories"))
    }

    @Test func theCommittedManPageNamesEveryOptionOfEveryCommand() throws {
        let man = try String(contentsOf: Self.root.appendingPathComponent("docs/isecg-report.1"), encoding: .utf8)
        // Option entries look like `.It Fl -size Ar WxH[px]` or `.It Fl q , -quiet`.
        let entries = Set(man.split(separator: "\n").filter { $0.hasPrefix(".It Fl") }
            .flatMap { $0.split(separator: " ").filter { $0.hasPrefix("-") }.map { "-" + $0 } })
        for command in ["validate", "stats", "chart", "charts", "build"] {
            let help = try BinaryRunner.run([command, "--help"]).stdout
            #expect(man.contains("Em \(command)"), "\(command) is in the man page")
            // The option column of --help: "  --size <WxH[px]>  …" or "  -q, --quiet  …".
            let options = help.split(separator: "\n").compactMap { line in
                line.firstMatch(of: /^  (?:-\w, )?(--[a-z][a-z-]*)/).map { String($0.1) }
            }
            #expect(options.contains("--help"), "\(command): \(options)")
            for option in Set(options) where option != "--version" && option != "--help" {
                #expect(entries.contains(option), "\(command) \(option): run 'make man'")
            }
        }
    }

    @Test func helpHasNoSwiftDebugDescriptionsOrDoubledDefaults() throws {
        for command in ["validate", "stats", "chart", "charts", "build"] {
            let help = try BinaryRunner.run([command, "--help"]).stdout
            let flat = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(!flat.contains("ChartSize(") && !flat.contains("Optional("), "\(command)")
            for line in flat.components(separatedBy: "--").dropFirst() {
                #expect(line.components(separatedBy: "(default").count <= 2, "\(command): doubled default in --\(line)")
            }
        }
    }

    @Test func theReadmeChartExamplesRunAsWritten() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let examples = readme.split(separator: "\n").filter { $0.hasPrefix("$ isecg-report chart ") }
            .map { String($0.dropFirst(2)) }
        #expect(examples.count >= 6)
        let directory = try BuildEndToEndTests.datasetsCopy()  // holds Datasets/, the default --datasets
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = BinaryRunner.binaryURL.deletingLastPathComponent().path + ":/usr/bin:/bin"
        for example in examples {
            let run = try Self.run("/usr/bin/env", ["PATH=\(path)", "/bin/sh", "-c", example], in: directory)
            #expect(run.status == 0, "\(example): \(run.output)")
        }
        for file in ["membership-growth.png", "slides/outputs.svg", "slides/forecast.pdf", "slides/forecast.png",
                     "slides/joins.png", "slides/svg/roadmap-timeline.svg", "regions.png"] {
            #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent(file).path), "\(file)")
        }
    }
}
