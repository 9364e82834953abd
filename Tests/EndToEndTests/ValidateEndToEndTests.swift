import Foundation
import Testing

@Suite("isecg-report validate (end to end)")
struct ValidateEndToEndTests {
    let header = "acronym,name,country,region,joined,left\n"

    @Test func bundledDatasetsPass() throws {
        let root = BinaryRunner.repositoryRoot()
        let run = try BinaryRunner.run(["validate", "--datasets", "Datasets"], in: root)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdoutLines.last == "Datasets: 27 members, 46 outputs, 42 reported counts; 0 errors, 0 warnings")
    }

    @Test func defaultDirectoryIsDatasets() throws {
        let run = try BinaryRunner.run(["validate"], in: BinaryRunner.repositoryRoot())
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Datasets: 27 members"))
    }

    @Test func everyProblemIsListedAndTheExitStatusIs65() throws {
        let directory = try BinaryRunner.makeDirectory(files: [
            "members.csv": header + "ESA,European Space Agency,Europe,Europe,2007,\nESA,Again,Europe,Oceania,2019-02-30,\n",
            "outputs.csv": "date,type,title,lead\n2019,roadmap,GER,NASA\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let relative = try BinaryRunner.run(["validate", "--datasets", directory.lastPathComponent],
                                            in: directory.deletingLastPathComponent())
        let name = directory.lastPathComponent
        #expect(relative.stdoutLines == [
            "\(name)/members.csv:3:1: error: duplicate acronym 'ESA'; first defined on line 2",
            "\(name)/members.csv:3:18: error: unknown region 'Oceania'; expected one of Europe, North America, Latin America, Asia-Pacific, Middle East, Africa, Eurasia",
            "\(name)/members.csv:3:26: error: joined '2019-02-30': 2019-02-30 is not on the calendar; February 2019 has 28 days",
            "\(name)/outputs.csv:2:18: warning: lead 'NASA' is not a member acronym",
            "\(name): 2 members, 1 output, no reported_counts.csv; 3 errors, 1 warning",
        ])
        #expect(relative.status == 65)
        #expect(relative.stderr == "")
    }

    @Test func warningsAloneExitZero() throws {
        let directory = try BinaryRunner.makeDirectory(files: [
            "members.csv": header + "ESA,European Space Agency ,Europe,Europe,2007,\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try BinaryRunner.run(["validate", "--datasets", "."], in: directory)
        #expect(run.status == 0)
        #expect(run.stdoutLines == [
            "./members.csv:2:5: warning: name has spaces at its start or end; they are kept as written",
            ".: 1 member, no outputs.csv, no reported_counts.csv; 0 errors, 1 warning",
        ])
    }

    @Test func missingMembersExits66WithAMessageOnStderr() throws {
        let directory = try BinaryRunner.makeDirectory(files: ["outputs.csv": "date,type,title\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try BinaryRunner.run(["validate", "--datasets", "."], in: directory)
        #expect(run.status == 66)
        #expect(run.stdout == "")
        #expect(run.stderr == "isecg-report: ./members.csv: no such file; a datasets directory needs members.csv\n")
    }

    @Test func unreadableMembersExits66() throws {
        let directory = try BinaryRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("members.csv"),
                                                withIntermediateDirectories: true)
        let run = try BinaryRunner.run(["validate", "--datasets", "."], in: directory)
        #expect(run.status == 66)
        #expect(run.stderr == "isecg-report: ./members.csv: cannot read: is a directory\n")
    }

    @Test func invalidEncodingIsPositioned() throws {
        let directory = try BinaryRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data([0xFF, 0xFE, 0x61, 0x00]).write(to: directory.appendingPathComponent("members.csv"))
        let run = try BinaryRunner.run(["validate", "--datasets", "."], in: directory)
        #expect(run.status == 65)
        #expect(run.stdoutLines.first == "./members.csv:1:1: error: file is UTF-16; expected UTF-8")
    }

    @Test func badUsageExits64() throws {
        let run = try BinaryRunner.run(["validate", "--no-such-option"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--no-such-option"))
    }

    @Test func helpExplainsTheFormatAndExitCodes() throws {
        let run = try BinaryRunner.run(["validate", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("--datasets <DIR>"))
        #expect(run.stdout.contains("FILE:LINE:COLUMN: error|warning: MESSAGE"))
        #expect(run.stdout.contains("65 errors found"))
    }
}
