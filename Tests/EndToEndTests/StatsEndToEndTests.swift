import Foundation
import Testing

@Suite("isecg-report stats (end to end)")
struct StatsEndToEndTests {
    /// Another group than ISECG: five signatories, one departure, two outputs, one reported total.
    static let otherGroup: [String: String] = [
        "members.csv": """
            acronym,name,country,region,joined,left
            AAA,Alpha Agency,Aland,Europe,2015-03-01,
            BBB,Beta Board,Bolivia,Latin America,2015-06,
            CCC,Gamma Council,Chad,Africa,2017,
            DDD,Delta Directorate,Denmark,Europe,2018-01-15,2020-05-01
            EEE,Epsilon Office,Egypt,Middle East,2020-02-29,

            """,
        "outputs.csv": "date,type,title\n2016-05,report,First report\n2020,meeting,Plenary\n",
        "reported_counts.csv": "date,reported_members,kind\n2019-06-01,4,total\n",
    ]

    @Test func jsonHasTheDocumentedPathsForAnyGroup() throws {
        let directory = try BinaryRunner.makeDirectory(files: Self.otherGroup)
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try BinaryRunner.run(["stats", "--datasets", directory.path, "--format", "json"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["reportYear"] as? Int == 2020)
        #expect(json["firstYear"] as? Int == 2015)
        let membership = try #require(json["membership"] as? [String: Any])
        let years = try #require(membership["years"] as? [[String: Any]])
        // Year-end members 2015..2020: 2, 2, 3, 4, 4, 4 (DDD leaves 2020-05-01, EEE joins 2020-02-29).
        #expect(years.map { $0["members"] as? Int } == [2, 2, 3, 4, 4, 4])
        #expect(years.first?["growthPercent"] is NSNull)
        #expect((json["reconciliation"] as? [[String: Any]])?.first?["difference"] as? Int == 0)
        let inputs = try #require(json["inputs"] as? [[String: Any]])
        #expect(inputs.map { $0["file"] as? String } == ["members.csv", "outputs.csv", "reported_counts.csv"])
        #expect(!run.stdout.contains("ISECG"))
    }

    @Test func everyFormatRendersTheBundledDatasets() throws {
        let root = BinaryRunner.repositoryRoot()
        for format in ["table", "json", "csv", "markdown"] {
            let run = try BinaryRunner.run(["stats", "--format", format], in: root)
            #expect(run.status == 0, "\(format)")
            #expect(run.stdout.contains("2024"), "\(format)")
        }
        let earlier = try BinaryRunner.run(["stats", "--year", "2015", "--format", "json"], in: root)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(earlier.stdout.utf8)) as? [String: Any])
        #expect(json["reportYear"] as? Int == 2015)
        let years = (json["membership"] as? [String: Any])?["years"] as? [[String: Any]]
        #expect(years?.last?["year"] as? Int == 2015)
        #expect(years?.last?["members"] as? Int == 15)
    }

    @Test func aDirectoryWithOnlyMembersWorks() throws {
        let directory = try BinaryRunner.makeDirectory(files: ["members.csv": Self.otherGroup["members.csv"]!])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try BinaryRunner.run(["stats", "--datasets", directory.path, "--format", "json"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((json["reconciliation"] as? [Any])?.isEmpty == true)
    }

    @Test func badDataIs65MissingInputIs66BadUsageIs64() throws {
        let directory = try BinaryRunner.makeDirectory(files: ["members.csv": "acronym,name,country,region,joined\nX,Y,Z,Mars,2019\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let bad = try BinaryRunner.run(["stats", "--datasets", directory.path])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("members.csv:2:7: error: unknown region 'Mars'"))
        #expect(bad.stdout == "")
        let missing = try BinaryRunner.run(["stats", "--datasets", directory.path + "/nope"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("members.csv: no such file"))
        let usage = try BinaryRunner.run(["stats", "--format", "xml"])
        #expect(usage.status == 64)
        let year = try BinaryRunner.run(["stats", "--year", "20245"])
        #expect(year.status == 64)
        let beforeFirstJoin = try BinaryRunner.run(["stats", "--year", "2006"], in: BinaryRunner.repositoryRoot())
        #expect(beforeFirstJoin.status == 65)
        #expect(beforeFirstJoin.stderr == "isecg-report: --year 2006 is before the first join in Datasets/members.csv (2007); choose 2007 or later\n")
        #expect(beforeFirstJoin.stdout == "")
    }
}
