import Testing
@testable import DatasetCore

/// report.yml's `charts` checked against chart names the caller injects (DatasetCore does not know them).
@Suite("report.yml chart names")
struct ReportConfigChartNamesTests {
    static let names = ["membership-growth", "joins-per-year", "members-by-region", "member-timeline"]

    static func diagnostics(_ yml: String, chartNames: [String]? = names) -> [String] {
        var loader = ReportConfigLoader(file: "report.yml", chartNames: chartNames)
        _ = loader.load(Array(yml.utf8))
        return loader.diagnostics.sorted().map(\.description)
    }

    @Test func aMisspelledNameIsAnErrorAtItsPositionWithASuggestion() {
        #expect(Self.diagnostics("title: T\ncharts: [members-by-region, membership-growht]\n") == [
            "report.yml:2:29: error: unknown chart 'membership-growht'; did you mean 'membership-growth'?",
        ])
    }

    @Test func aNameFarFromEveryChartListsThemAll() {
        #expect(Self.diagnostics("charts:\n  - pie\n") == [
            "report.yml:2:5: error: unknown chart 'pie'; expected one of " + Self.names.joined(separator: ", "),
        ])
    }

    @Test func aRepeatedNameIsAnErrorAtTheRepeat() {
        #expect(Self.diagnostics("charts:\n  - joins-per-year\n  - member-timeline\n  - joins-per-year\n") == [
            "report.yml:4:5: error: chart 'joins-per-year' is listed twice; first on line 2",
        ])
    }

    @Test func knownNamesInAnyOrderPass() {
        #expect(Self.diagnostics("charts: [member-timeline, membership-growth]\n").isEmpty)
        #expect(Self.diagnostics("charts: [\(Self.names.reversed().joined(separator: ", "))]\n").isEmpty)
    }

    @Test func withoutInjectedNamesTheNamesAreLeftToTheReport() {
        #expect(Self.diagnostics("charts: [anything, anything]\n", chartNames: nil).isEmpty)
    }

    @Test func theDirectoryPassesItsNamesToTheCheck() throws {
        let directory = TemporaryDatasets(files: ["members.csv": validMembers,
                                                  "report.yml": "charts: [joins-per-yaer]\n"])
        let found = try DatasetDirectory(path: directory.path, chartNames: Self.names).validate().diagnostics
            .map { $0.description.replacingOccurrences(of: directory.path, with: "D") }
        #expect(found == ["D/report.yml:1:10: error: unknown chart 'joins-per-yaer'; did you mean 'joins-per-year'?"])
    }
}
