import Foundation
import Testing
import _TestSupport

/// The one error policy, through the built binary: a chart too small for its texts (64, naming the smallest
/// size that fits), no fonts (69), report.yml's chart names checked by validate as by build (65).
@Suite("Exit codes and messages (end to end)")
struct ErrorPolicyEndToEndTests {
    static var datasets: String { BinaryRunner.repositoryRoot().appendingPathComponent("Datasets").path }

    /// `W` and `H` from "the smallest size that fits is WxH pt".
    static func minimum(in message: String) -> (width: Int, height: Int)? {
        guard let range = message.range(of: "the smallest size that fits is ") else { return nil }
        let parts = message[range.upperBound...].prefix { $0 != " " }.split(separator: "x").compactMap { Int($0) }
        return parts.count == 2 ? (parts[0], parts[1]) : nil
    }

    @Test(arguments: ChartCommandTests.names)
    func aChartTooSmallForItsTextsExits64NamingTheSmallestSizeThatFits(name: String) throws {
        let directory = try BinaryRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func chart(_ size: String) throws -> BinaryRunner.Result {
            try BinaryRunner.run(["chart", name, "--size", size, "-o", "out.png", "--datasets", Self.datasets], in: directory)
        }
        let tiny = try chart("160x90")
        #expect(tiny.status == 64)
        #expect(tiny.stderr.hasPrefix("isecg-report: a 160x90 pt chart is too small for its texts; the smallest size that fits is "))
        #expect(tiny.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.png").path))
        let smallest = try #require(Self.minimum(in: tiny.stderr))
        // At 16:9, as asked; within what `chart --help` states.
        #expect(smallest.height == Int((Double(smallest.width) * 9 / 16).rounded(.up)))
        #expect(smallest.width <= 450 && smallest.height <= 254, "chart --help states 450x254 at most")
        // Exactly the smallest: it renders, one point narrower (same aspect) does not.
        #expect(try chart("\(smallest.width)x\(smallest.height)").status == 0)
        let narrower = smallest.width - 1
        let below = try chart("\(narrower)x\(Int((Double(narrower) * 9 / 16).rounded(.up)))")
        #expect(below.status == 64)
        #expect(Self.minimum(in: below.stderr).map { "\($0.width)x\($0.height)" } == "\(smallest.width)x\(smallest.height)")
    }

    @Test func chartHelpStatesTheSmallestSizes() throws {
        let run = try BinaryRunner.run(["chart", "--help"])
        #expect(run.status == 0)
        let text = run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("every chart fits from 450x254 points"))
    }

    @Test func usageErrorsHaveTheSamePrefixAsEveryOtherMessage() throws {
        let unknown = try BinaryRunner.run(["chart", "no-such-chart"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("isecg-report: unknown chart 'no-such-chart'"))
        #expect(unknown.stderr.contains("The charts are:\n  membership-growth"))
        let badYear = try BinaryRunner.run(["stats", "--year", "0"])
        #expect(badYear.status == 64)
        #expect(badYear.stderr.hasPrefix("isecg-report: --year must be a four-digit year, not 0\n"))
        #expect(!badYear.stderr.contains("Error:"))
    }

    /// An environment whose fontconfig knows no font at all.
    static func withoutFonts() throws -> (environment: [String: String], directory: URL) {
        let directory = try BinaryRunner.makeDirectory(files: [
            "fonts.conf": "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig></fontconfig>\n",
        ])
        return (["FONTCONFIG_FILE": directory.appendingPathComponent("fonts.conf").path,
                 "XDG_CACHE_HOME": directory.path], directory)
    }

    static let missingFont = "isecg-report: DejaVu Sans is not installed; run scripts/install-deps.sh\n"

    @Test func withoutFontsChartExits69SayingWhatToInstall() throws {
        let (environment, directory) = try Self.withoutFonts()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try BinaryRunner.run(["chart", "membership-growth", "-o", "out.png", "--datasets", Self.datasets],
                                       in: directory, environment: environment)
        #expect(run.status == 69)
        #expect(run.stderr == Self.missingFont)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.png").path))
    }

    @Test func withoutFontsBuildCheckExits69NotStale() throws {
        let (environment, directory) = try Self.withoutFonts()
        defer { try? FileManager.default.removeItem(at: directory) }
        let reports = BinaryRunner.repositoryRoot().appendingPathComponent("Reports").path
        let run = try BinaryRunner.run(["build", "--check", "--datasets", Self.datasets, "--out", reports],
                                       in: directory, environment: environment)
        #expect(run.status == 69)
        #expect(run.stderr == Self.missingFont)
        #expect(run.stdout.isEmpty)
    }

    static let misspelled = "title: Charts\ncharts: [members-by-region, membership-growht]\n"

    /// The bundled CSV files with another report.yml.
    static func datasetsWithReportYml(_ text: String) throws -> URL {
        let directory = try BinaryRunner.makeTemporaryDirectory()
        let bundled = URL(fileURLWithPath: datasets)
        for name in ["members.csv", "outputs.csv", "reported_counts.csv"] {
            try FileManager.default.copyItem(at: bundled.appendingPathComponent(name), to: directory.appendingPathComponent(name))
        }
        try Data(text.utf8).write(to: directory.appendingPathComponent("report.yml"))
        return directory
    }

    @Test func validateRejectsAnUnknownChartNameAtItsPositionWithASuggestion() throws {
        let directory = try Self.datasetsWithReportYml(Self.misspelled)
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try BinaryRunner.run(["validate", "--datasets", "."], in: directory)
        #expect(run.status == 65)
        #expect(run.stdoutLines.first == "./report.yml:2:29: error: unknown chart 'membership-growht'; did you mean 'membership-growth'?")
        #expect(run.stdoutLines.last == ".: 27 members, 46 outputs, 42 reported counts; 1 error, 0 warnings")
    }

    @Test func buildRejectsItTheSameWayAndWritesNothing() throws {
        let directory = try Self.datasetsWithReportYml(Self.misspelled)
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try BinaryRunner.run(["build", "--datasets", ".", "--out", "R"], in: directory)
        #expect(run.status == 65)
        #expect(run.stderr == "./report.yml:2:29: error: unknown chart 'membership-growht'; did you mean 'membership-growth'?\n"
                    + "isecg-report: 1 error in the datasets\n")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("R").path))
    }

    @Test func aRepeatedChartNameIsAnErrorToo() throws {
        let directory = try Self.datasetsWithReportYml("charts:\n  - member-timeline\n  - member-timeline\n")
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try BinaryRunner.run(["validate", "--datasets", "."], in: directory)
        #expect(run.status == 65)
        #expect(run.stdoutLines.first == "./report.yml:3:5: error: chart 'member-timeline' is listed twice; first on line 2")
    }
}
