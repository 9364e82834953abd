import Foundation
import Testing
@testable import DatasetCore

/// report.yml from an untrusted pull request: anchors, aliases, depth and size refused fast at their place;
/// text values within their limits; everything ordinary YAML writes about text still accepted.
@Suite("report.yml: hostile input")
struct ReportConfigHostileTests {
    func configDiagnostics(_ yml: String) -> [String] {
        var loader = ReportConfigLoader(file: "D/report.yml")
        _ = loader.load(Array(yml.utf8))
        return loader.diagnostics.sorted().map(\.description)
    }

    func elapsed(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// The review's alias bomb: aliases of aliases, used as mapping keys (nesting 9 took over a minute).
    static let aliasBomb = """
        a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
        f: {*e : 1, *d : 2, *c : 3}
        title: ok

        """

    @Test func anchorsAndAliasesAreRefusedAtTheirPlaceBeforeParsing() {
        var result: [String] = []
        let seconds = elapsed { result = configDiagnostics(Self.aliasBomb) }
        #expect(seconds < 0.5)
        #expect(result.first == "D/report.yml:1:4: error: YAML anchor 'a' is not allowed in report.yml; write the value out (quote it if it starts with &)")
        #expect(result.contains("D/report.yml:2:8: error: YAML alias 'a' is not allowed in report.yml; write the value out (quote it if it starts with *)"))
        #expect(result.contains { $0.hasPrefix("D/report.yml:6:5: error: YAML alias 'e'") })
        #expect(configDiagnostics("title: x\nkeywords:\n  - &k one\n  - *k\n") == [
            "D/report.yml:3:5: error: YAML anchor 'k' is not allowed in report.yml; write the value out (quote it if it starts with &)",
            "D/report.yml:4:5: error: YAML alias 'k' is not allowed in report.yml; write the value out (quote it if it starts with *)",
        ])
        #expect(configDiagnostics("<<: *base\n").first?.hasPrefix("D/report.yml:1:5: error: YAML alias 'base'") == true)
        #expect(configDiagnostics("--- &root\ntitle: x\n").first?.hasPrefix("D/report.yml:1:5: error: YAML anchor 'root'") == true)
        #expect(configDiagnostics("---\ntitle: x\n...\n") == [])
    }

    @Test func ampersandsAndAsterisksInTextAreText() {
        let yml = """
            group: R&D Coordination Group   # a comment with &anchor and *alias
            short: "*R&D*"
            title: 'It''s &x *y'
            subject: >-
              *not an alias*
              &not an anchor
            author: >-
              folded *text*
            keywords: [R&D, "*quoted*", a*b, x & y]
            source_note: a &b

            """
        #expect(configDiagnostics(yml) == [])
    }

    @Test func deepNestingAndTooManyValuesAreRefusedFast() {
        for yml in ["charts: " + String(repeating: "[", count: 500_000),
                    "charts: " + String(repeating: "- ", count: 500_000),
                    "charts: " + String(repeating: "{a: ", count: 100_000),
                    (0..<2000).map { "k\($0): v" }.joined(separator: "\n"),
                    "keywords: [" + Array(repeating: "a", count: 300_000).joined(separator: ", ") + "]"] {
            var result: [String] = []
            let seconds = elapsed { result = configDiagnostics(yml) }
            #expect(seconds < 0.5, "\(yml.prefix(20)): \(seconds) s")
            #expect(result.count == 1, "\(yml.prefix(20)): \(result)")
            #expect(result.first?.contains("nesting is too deep") == true || result.first?.contains("more than 1000 values") == true)
        }
    }

    @Test func aOneMebibyteTitleIsOneErrorAtItsLineInWellUnderASecond() {
        let yml = "short: X\ntitle: \"" + String(repeating: "t", count: (1 << 20) - 40) + "\"\n"
        var result: [String] = []
        let seconds = elapsed { result = configDiagnostics(yml) }
        #expect(seconds < 1)
        #expect(result == ["D/report.yml:2:8: error: a value of 1048538 characters; report.yml's values are at most 500 (title and group 200, short 40)"])
        // Just over a key's limit, the exact count comes after parsing.
        #expect(configDiagnostics("title: \"" + String(repeating: "t", count: 5000) + "\"\n")
            == ["D/report.yml:1:8: error: 'title' is 5000 characters long; at most 200 are allowed"])
    }

    @Test func textValuesHaveLimitsAndNoControlCharacters() {
        let long = String(repeating: "g", count: 201)
        #expect(configDiagnostics("group: \(long)\nshort: \(String(repeating: "S", count: 41))\n") == [
            "D/report.yml:1:8: error: 'group' is 201 characters long; at most 200 are allowed",
            "D/report.yml:2:8: error: 'short' is 41 characters long; at most 40 are allowed",
        ])
        #expect(configDiagnostics("group: \(String(repeating: "g", count: 200))\nshort: 한국우주항공청\n") == [])
        #expect(configDiagnostics("title: \"ISECG\\n# Injected heading\"\n") == [
            "D/report.yml:1:8: error: 'title' contains the control character \\x0a; text values are one line of printable text",
        ])
        #expect(configDiagnostics("short: \"\\e[31mX\"\n") == [
            "D/report.yml:1:8: error: 'short' contains the control character \\x1b; text values are one line of printable text",
        ])
        let keywords = "keywords: [" + (0..<51).map { "k\($0)" }.joined(separator: ", ") + "]\n"
        #expect(configDiagnostics(keywords) == ["D/report.yml:1:11: error: 'keywords' has 51 items; at most 50 are allowed"])
    }

    /// Fuzz finding (yaml target, Fuzz/regressions/yaml/): duplicated keys made of block scalars gave a
    /// place that changed between two parses in one process (Yams names one duplicate in hash order).
    @Test func duplicateKeysAreReportedAtOneStablePlace() {
        let fuzzed = "L - n:\nnag)ou:\n|\n?\n  |\n?\np  xtXt: \"G\"\nk - n:\nnag)ou:\n|\n?\n  |\n?\np  xtxt: \"G\"\n"
            + "keywordseywords: [a, b]"
        let results = Set((0..<40).map { _ in configDiagnostics(fuzzed) })
        #expect(results == [["D/report.yml:1:1: error: duplicate key '', '', 'nag)ou'"]])
        let repeated = "title: a\nshort: b\ntitle: c\nshort: d\n"
        #expect(Set((0..<40).map { _ in configDiagnostics(repeated) }) == [["D/report.yml:3:1: error: duplicate key 'short', 'title'"]])
    }

    @Test func theBundledReportYmlPasses() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Datasets/report.yml")
        #expect(configDiagnostics(try String(contentsOf: url, encoding: .utf8)) == [])
    }
}
