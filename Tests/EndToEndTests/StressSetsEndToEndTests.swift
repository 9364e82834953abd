import Foundation
import Testing
import _TestSupport

/// The seeded stress sets (Tests/_TestSupport/StressSets.swift) through the built binary.
@Suite struct StressSetsEndToEndTests {
    @Test func theGeneratorIsDeterministicAndEverySetValidates() throws {
        var first = StressSetGenerator(), second = StressSetGenerator()
        let sets = first.all()
        #expect(sets.map(\.files) == second.all().map(\.files))
        #expect(sets.count == 11)
        let root = try BinaryRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        for set in sets {
            let dir = try set.write(into: root)
            let run = try BinaryRunner.run(["validate", "--datasets", dir.path])
            #expect(run.status == 0, "\(set.name): \(run.stdout) \(run.stderr)")
            #expect(run.stdout.contains("0 errors, 0 warnings"), "\(set.name): \(run.stdout)")
        }
        let counts = Dictionary(uniqueKeysWithValues: sets.map { ($0.name, $0.members.count) })
        #expect(counts["one-member"] == 1 && counts["sixty-over-six-years"] == 60 && counts["hundred-fifty-over-forty-years"] == 150)
        let oneDay = sets.first { $0.name == "forty-joins-one-day" }!.members.filter { $0.joined == "2017-06-01" }
        #expect(oneDay.count == 40)
        let founders = sets.first { $0.name == "founders-leave" }!.members.filter { $0.joined == "2005-06-01" }
        #expect(Set(founders.compactMap { $0.left.isEmpty ? nil : $0.left.prefix(4) }).count == 4)
        let long = sets.first { $0.name == "long-names" }!.members
        #expect(long.allSatisfy { (80...120).contains($0.name.count) && $0.acronym.count == 24 })
    }

    @Test func aReportOfTheManyScriptsSetGivesBackEveryNameAndAcronym() throws {
        var generator = StressSetGenerator()
        let set = generator.manyScripts()
        let root = try BinaryRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let dir = try set.write(into: root)
        let out = root.appendingPathComponent("out")
        let run = try BinaryRunner.run(["build", "--datasets", dir.path, "--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let pdf = try FileManager.default.contentsOfDirectory(atPath: out.path).first { $0.hasSuffix(".pdf") }
        let path = try #require(pdf.map { out.appendingPathComponent($0).path })
        // Table cells wrap long names over lines: compare with every run of white space as one space.
        let text = try runTool("/usr/bin/pdftotext", [path, "-"]).output
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        for sample in ScriptSamples.all {
            #expect(text.contains(sample.name), "\(sample.script): \(sample.name)")
            #expect(text.contains(sample.acronym), "\(sample.script): \(sample.acronym)")
        }
    }

    @Test func chartBytesDoNotDependOnTheLanguageEnvironmentOrTheMachinesFontConfiguration() throws {
        var generator = StressSetGenerator()
        let root = try BinaryRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let dir = try generator.manyScripts().write(into: root)
        // Sees every font of the machine and prefers a serif face for the stack's first family.
        let hostile = root.appendingPathComponent("hostile.conf")
        try Data("""
            <?xml version="1.0"?>
            <fontconfig><dir>/usr/share/fonts</dir><cachedir>/var/cache/fontconfig</cachedir>
            <match target="pattern"><test name="family"><string>DejaVu Sans</string></test>
            <edit name="family" mode="prepend" binding="strong"><string>Noto Serif</string></edit></match></fontconfig>
            """.utf8).write(to: hostile)
        for format in ["pdf", "png"] {
            var outputs: [Data] = []
            for environment in [[:], ["LANGUAGE": "sr:ja", "PANGO_LANGUAGE": "ja"], ["LC_ALL": "ja_JP.UTF-8"],
                                ["FONTCONFIG_FILE": hostile.path]] {
                let file = root.appendingPathComponent("chart-\(outputs.count).\(format)")
                let run = try BinaryRunner.run(["chart", "member-timeline", "--datasets", dir.path, "--format", format,
                                                "-o", file.path], environment: environment)
                #expect(run.status == 0, "\(environment): \(run.stderr)")
                outputs.append(try Data(contentsOf: file))
            }
            #expect(Set(outputs).count == 1, "\(format): the environment changed the bytes")
        }
    }
}
