import Testing
@testable import DatasetCore

@Suite("outputs.csv, reported_counts.csv and report.yml validation")
struct OtherFilesValidationTests {
    @Test func outputsRules() throws {
        let outputs = "date,type,title,lead,series,source_url\n"
            + "2019,roadmap,GER,ESA,,\n"
            + "2019,Roadmap,GER,,,\n"
            + "2019,white paper,W,,,\n"
            + "2019-04-31,meeting,,XYZ,,\n"
            + "2020,meeting,M,esa,,\n"
            + "2020,supplement,GER supplement,,,\n"
            + "2020,poster,P,,,\n"
        #expect(try diagnostics(["members.csv": validMembers, "outputs.csv": outputs]) == [
            "D/outputs.csv:3:6: error: unknown type 'Roadmap'; did you mean 'roadmap'?",
            "D/outputs.csv:4:6: error: unknown type 'white paper'; did you mean 'white-paper'?",
            "D/outputs.csv:5:1: error: date '2019-04-31': 2019-04-31 is not on the calendar; April 2019 has 30 days",
            "D/outputs.csv:5:20: error: title is empty; it is required",
            "D/outputs.csv:5:21: warning: lead 'XYZ' is not a member acronym",
            "D/outputs.csv:6:16: warning: lead 'esa' is not a member acronym; did you mean 'ESA'?",
            "D/outputs.csv:8:6: error: unknown type 'poster'; expected one of strategy, roadmap, supplement, report, "
                + "white-paper, assessment, workshop, meeting, statement",
        ])
    }

    @Test func reportedCountsRules() throws {
        let counts = "date,reported_members,kind,context,source_url\n"
            + "2019,20,total,,\n"
            + "2019,-3,total,,\n"
            + "2019,12.0,attendance,,\n"
            + "2019,,contributors,,\n"
            + "2019,5,Total,,\n"
            + "2019,5,boilerplate,,\n"
            + "2019,1234567890,stale,,\n"
        #expect(try diagnostics(["members.csv": validMembers, "reported_counts.csv": counts]) == [
            "D/reported_counts.csv:3:6: error: reported_members '-3' is not a whole number ≥ 0",
            "D/reported_counts.csv:4:6: error: reported_members '12.0' is not a whole number ≥ 0",
            "D/reported_counts.csv:5:6: error: reported_members is empty; expected a whole number ≥ 0",
            "D/reported_counts.csv:6:8: error: unknown kind 'Total'; did you mean 'total'?",
            "D/reported_counts.csv:7:8: error: unknown kind 'boilerplate'; expected one of total, attendance, contributors, stale",
            "D/reported_counts.csv:8:6: error: reported_members '1234567890' is too large; expected at most 999999999",
        ])
    }

    @Test func reportConfigRules() throws {
        let yml = """
            group: Some Group
            short: SG
            titel: x
            keywords: one
            paper: A5
            theme: dark
            charts: [membership-growth, {a: b}]
            colour: red
            """
        #expect(try diagnostics(["members.csv": validMembers, "report.yml": yml]) == [
            "D/report.yml:3:1: error: unknown key 'titel'; did you mean 'title'?",
            "D/report.yml:4:11: error: 'keywords' must be a list of text, like [a, b]; found text",
            "D/report.yml:5:8: error: paper 'A5'; expected a4 or letter",
            "D/report.yml:7:29: error: each item of 'charts' must be text; found a mapping",
            "D/report.yml:8:1: error: unknown key 'colour'; expected one of group, short, title, author, subject, keywords, paper, theme, charts, member_noun, source_note",
        ])
    }

    @Test func reportConfigSyntaxErrorHasAPosition() throws {
        let result = try diagnostics(["members.csv": validMembers, "report.yml": "title: [unclosed\n"])
        #expect(result.count == 1)
        #expect(result.first?.hasPrefix("D/report.yml:2:1: error: invalid YAML:") == true)
    }

    @Test func loadBuildsTypedRecords() throws {
        let directory = TemporaryDatasets(files: [
            "members.csv": validMembers + "ASA,Australian Space Agency,Australia,Asia-Pacific,2019,,joint with CSIRO,\n",
            "outputs.csv": "date,type,title,lead\n2018-01,roadmap,\"GER, 3rd\",ESA\n2024-08,roadmap,GER 4,\n",
            "reported_counts.csv": "date,reported_members,kind\n2019,20,total\n",
            "report.yml": "group: G\nshort: S\nkeywords: [a, b]\npaper: letter\ncharts: [x]\n",
        ])
        let dataset = try DatasetDirectory(path: directory.path).load()
        #expect(dataset.members.map(\.acronym) == ["ESA", "NASA", "ASA"])
        #expect(dataset.members[2].region == .asiaPacific)
        #expect(dataset.members[2].notes == "joint with CSIRO")
        #expect(dataset.members[2].location == SourceLocation(file: directory.path + "/members.csv", line: 4, column: 1))
        #expect(dataset.outputs.map(\.title) == ["GER, 3rd", "GER 4"])
        #expect(dataset.outputs.map(\.lead) == ["ESA", nil])
        #expect(dataset.reportedCounts.first?.reportedMembers == 20)
        #expect(dataset.config == ReportConfig(group: "G", short: "S", keywords: ["a", "b"], paper: "letter", charts: ["x"]))
        #expect(dataset.inputs.map(\.fileName) == ["members.csv", "outputs.csv", "reported_counts.csv", "report.yml"])
        #expect(dataset.inputs.map(\.rows) == [3, 2, 1, 0])
        #expect(dataset.inputs.allSatisfy { $0.sha256.count == 64 })
        #expect(dataset.latestYear == 2024)

        var streamed: [OutputRow] = []
        let light = try DatasetDirectory(path: directory.path).load { streamed.append($0) }
        #expect(light.outputs.isEmpty)
        #expect(streamed.map(\.type) == [.roadmap, .roadmap])
        #expect(light.latestYear == 2024)
    }

    @Test func loadThrowsEveryProblem() throws {
        let directory = TemporaryDatasets(files: ["members.csv": memberHeader + "A,a,c,Mars,2019,,,\nB,b,c,Europe,2019-02-30,,,\n"])
        do {
            _ = try DatasetDirectory(path: directory.path).load()
            Issue.record("expected an error")
        } catch DatasetError.invalid(let diagnostics) {
            #expect(diagnostics.count == 2)
        }
    }

    @Test func sha256IsOfTheFileBytes() throws {
        let directory = TemporaryDatasets(files: ["members.csv": "abc"])
        let result = try DatasetDirectory(path: directory.path).validate()
        // SHA-256("abc"), FIPS 180-2 appendix B.1.
        #expect(result.inputs.first?.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func bundledDatasetsAreValid() throws {
        let root = URLPath.repositoryRoot()
        let result = try DatasetDirectory(path: root + "/Datasets").validate()
        #expect(result.diagnostics.filter { $0.severity == .error } == [])
        #expect(result.inputs.map(\.rows) == [27, 46, 42, 0])
        let dataset = try DatasetDirectory(path: root + "/Datasets").load()
        #expect(dataset.config.short == "ISECG")
        #expect(dataset.latestYear == 2024)
    }

    /// The 2026-12-02 corrections: four GER editions and two supplements; KARI under its current name;
    /// leads only where a source names the host; the two stale 14s; every estimated join says so.
    @Test func bundledDatasetsCarryTheDataCorrections() throws {
        let dataset = try DatasetDirectory(path: URLPath.repositoryRoot() + "/Datasets").load()
        let gerTypes = dataset.outputs.filter { $0.series == "Global Exploration Roadmap" }.map(\.type)
        #expect(gerTypes.filter { $0 == .roadmap }.count == 4 && gerTypes.filter { $0 == .supplement }.count == 2)
        #expect(dataset.members.contains { $0.acronym == "KASA" && $0.name.contains("KARI") })
        #expect(!dataset.members.contains { $0.acronym == "KARI" })
        #expect(!dataset.outputs.contains { $0.lead == "DLR" || ($0.lead == "ESA" && $0.title.contains("ESTEC Noordwijk")) })
        let stale = dataset.reportedCounts.filter { $0.kind == .stale }.map { "\($0.date) \($0.reportedMembers)" }
        #expect(stale.contains("2018-01 14") && stale.contains("2021-12-02 14"))
        for acronym in ["NOSA", "VNSC", "AEB", "AEM", "PTS", "NZSA", "POLSA"] {
            #expect(dataset.members.first { $0.acronym == acronym }?.notes?.hasPrefix("ESTIMATE") == true, "\(acronym)")
        }
    }
}

enum URLPath {
    /// The repository root, found from this file's path (Tests/DatasetCoreTests/…).
    static func repositoryRoot(_ file: String = #filePath) -> String {
        var parts = file.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }
}
