import Foundation

/// One generated dataset folder: members.csv, outputs.csv, reported_counts.csv and report.yml as text.
public struct StressDataset: Sendable {
    /// A member row.
    public struct Member: Sendable {
        public var acronym: String, name: String, country: String, region: String, joined: String, left: String = ""
    }
    /// An output row.
    public struct Output: Sendable {
        public var date: String, type: String, title: String, lead: String = "", series: String = ""
    }
    /// A reported-count row.
    public struct ReportedCount: Sendable {
        public var date: String, members: Int, kind: String = "total", context: String = ""
    }

    /// Folder name, e.g. `forty-joins-one-day`.
    public var name: String
    /// What the set stresses, one line (written into report.yml's title).
    public var purpose: String
    public var members: [Member]
    /// Empty: no outputs.csv is written.
    public var outputs: [Output] = []
    /// Empty: no reported_counts.csv is written.
    public var reportedCounts: [ReportedCount] = []

    /// The files of the set, by file name.
    public var files: [String: String] {
        var files = ["members.csv": Self.csv(["acronym", "name", "country", "region", "joined", "left"],
                                             members.map { [$0.acronym, $0.name, $0.country, $0.region, $0.joined, $0.left] }),
                     "report.yml": """
                     group: Stress set \(name)
                     short: \(name)
                     title: \(purpose)
                     author: isecg-report stress gallery
                     member_noun: members

                     """]
        if !outputs.isEmpty {
            files["outputs.csv"] = Self.csv(["date", "type", "title", "lead", "series"],
                                            outputs.map { [$0.date, $0.type, $0.title, $0.lead, $0.series] })
        }
        if !reportedCounts.isEmpty {
            files["reported_counts.csv"] = Self.csv(["date", "reported_members", "kind", "context"],
                                                    reportedCounts.map { [$0.date, String($0.members), $0.kind, $0.context] })
        }
        return files
    }

    /// Writes the files into `folder`/`name` (created) and returns that folder.
    @discardableResult
    public func write(into folder: URL) throws -> URL {
        let dir = folder.appendingPathComponent(name, isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (file, text) in files.sorted(by: { $0.key < $1.key }) {
            try Data(text.utf8).write(to: dir.appendingPathComponent(file), options: .atomic)
        }
        return dir
    }

    static func csv(_ header: [String], _ rows: [[String]]) -> String {
        func field(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        return ([header] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
}

/// A seeded generator of the stress datasets issue 12 lists: the same seed gives the same files everywhere.
public struct StressSetGenerator {
    /// The regions of Datasets/README.md.
    public static let regions = ["Europe", "North America", "Latin America", "Asia-Pacific", "Middle East", "Africa", "Eurasia"]
    /// The output types of Datasets/README.md.
    public static let outputTypes = ["strategy", "roadmap", "report", "white-paper", "assessment", "workshop", "meeting", "statement"]

    private var random: SeededGenerator

    /// A generator; `seed` fixes every name, date and region.
    public init(seed: UInt64 = 12) { random = SeededGenerator(seed: seed) }

    /// Every stress set, in a fixed order.
    public mutating func all() -> [StressDataset] {
        [oneMember(), threeMembersNoOutputs(), sixtyOverSixYears(), hundredFiftyOverFortyYears(), foundersLeave(),
         fortyJoinsOneDay(), fortyJoinsOneYear(), thirtyOutputsOneYear(), editionsAWeekApart(), longNames(), manyScripts()]
    }

    public mutating func oneMember() -> StressDataset {
        StressDataset(name: "one-member", purpose: "One member",
                      members: [member(0, joined: "2020-03-16")],
                      outputs: [StressDataset.Output(date: "2021-05-10", type: "roadmap", title: "First roadmap")],
                      reportedCounts: [StressDataset.ReportedCount(date: "2021-05-10", members: 1)])
    }

    public mutating func threeMembersNoOutputs() -> StressDataset {
        StressDataset(name: "three-members-no-outputs", purpose: "Three members, no outputs",
                      members: (0..<3).map { member($0, joined: ["2016", "2016-09", "2019-02-11"][$0]) })
    }

    public mutating func sixtyOverSixYears() -> StressDataset {
        let members = (0..<60).map { i in member(i, joined: day(in: 2019...2024)) }
        return StressDataset(name: "sixty-over-six-years", purpose: "60 members over six years, day-precision dates",
                             members: members, outputs: outputs(count: 24, years: 2019...2024),
                             reportedCounts: counts(members, years: 2019...2024))
    }

    public mutating func hundredFiftyOverFortyYears() -> StressDataset {
        var members = (0..<150).map { i -> StressDataset.Member in
            let year = Int.random(in: 1985...2024, using: &random)
            return member(i, joined: [String(year), String(format: "%04d-%02d", year, Int.random(in: 1...12, using: &random)),
                                      day(in: year...year)][i % 3])
        }
        for i in stride(from: 7, to: 150, by: 23) { members[i].left = String(min(2024, Int(members[i].joined.prefix(4))! + 5)) }
        return StressDataset(name: "hundred-fifty-over-forty-years", purpose: "150 members over 40 years",
                             members: members, outputs: outputs(count: 60, years: 1985...2024),
                             reportedCounts: counts(members, years: 1990...2024))
    }

    public mutating func foundersLeave() -> StressDataset {
        var members = (0..<12).map { member($0, joined: "2005-06-01") }
        for (i, year) in [(1, "2008-03-01"), (4, "2011"), (7, "2014-10-20"), (10, "2019-12")] { members[i].left = year }
        members += (12..<24).map { member($0, joined: day(in: 2007...2022)) }
        (members[15].joined, members[15].left) = ("2010-05-05", "2016-02-02")
        (members[20].joined, members[20].left) = ("2012-03", "2023")
        return StressDataset(name: "founders-leave", purpose: "Founders who leave in different years",
                             members: members, outputs: outputs(count: 15, years: 2005...2024),
                             reportedCounts: counts(members, years: 2006...2024))
    }

    public mutating func fortyJoinsOneDay() -> StressDataset {
        let members = (0..<6).map { member($0, joined: "2010-01-20") } + (6..<46).map { member($0, joined: "2017-06-01") }
            + (46..<50).map { member($0, joined: day(in: 2019...2023)) }
        return StressDataset(name: "forty-joins-one-day", purpose: "40 joins on one day",
                             members: members, outputs: outputs(count: 12, years: 2010...2024),
                             reportedCounts: counts(members, years: 2010...2024))
    }

    public mutating func fortyJoinsOneYear() -> StressDataset {
        let members = (0..<8).map { member($0, joined: "2012-04-02") } + (8..<48).map { member($0, joined: day(in: 2018...2018)) }
        return StressDataset(name: "forty-joins-one-year", purpose: "40 joins spread over one year",
                             members: members, outputs: outputs(count: 12, years: 2012...2024),
                             reportedCounts: counts(members, years: 2012...2024))
    }

    public mutating func thirtyOutputsOneYear() -> StressDataset {
        let members = (0..<18).map { member($0, joined: day(in: 2012...2021)) }
        var outs = outputs(count: 5, years: 2012...2021)
        outs += (0..<30).map { i in
            StressDataset.Output(date: day(in: 2022...2022), type: Self.outputTypes[i % Self.outputTypes.count],
                                 title: "Output \(i + 1) of 2022", lead: members[i % members.count].acronym)
        }
        return StressDataset(name: "thirty-outputs-one-year", purpose: "30 outputs of all types in one year",
                             members: members, outputs: outs.sorted { $0.date < $1.date }, reportedCounts: counts(members, years: 2013...2022))
    }

    public mutating func editionsAWeekApart() -> StressDataset {
        let members = (0..<15).map { member($0, joined: day(in: 2008...2020)) }
        let dates = ["2020-03-02", "2020-03-09", "2020-03-16", "2020-03-23", "2021-01-04", "2021-01-11", "2023-06-05", "2023-06-12"]
        let outs = dates.enumerated().map { i, date in
            StressDataset.Output(date: date, type: i % 3 == 0 ? "strategy" : "roadmap",
                                 title: "Exploration Roadmap edition \(i + 1)", series: "Exploration Roadmap")
        }
        return StressDataset(name: "editions-a-week-apart", purpose: "Editions a week apart",
                             members: members, outputs: outs, reportedCounts: counts(members, years: 2009...2023))
    }

    public mutating func longNames() -> StressDataset {
        let members = (0..<20).map { i -> StressDataset.Member in
            var m = member(i, joined: day(in: 2006...2023))
            m.acronym = String((Self.letters(i) + "LONGACRONYMSPACEAGENCYXYZ").prefix(24))
            let length = 80 + (i * 7) % 41
            var name = ""
            while name.count < length { name += (name.isEmpty ? "" : " ") + pick(Self.words) }
            m.name = String(name.prefix(length)).trimmingCharacters(in: .whitespaces)
            return m
        }
        return StressDataset(name: "long-names", purpose: "80 to 120-character names and 24-character acronyms",
                             members: members, outputs: outputs(count: 10, years: 2006...2024, leads: members.map(\.acronym)),
                             reportedCounts: counts(members, years: 2007...2023))
    }

    public mutating func manyScripts() -> StressDataset {
        let samples = ScriptSamples.all
        var members = samples.enumerated().map { i, s in
            StressDataset.Member(acronym: s.acronym, name: s.name, country: "Country \(i + 1)",
                                 region: Self.regions[i % Self.regions.count], joined: day(in: 2008...2023))
        }
        members += (0..<6).map { member($0, joined: day(in: 2008...2023)) }
        return StressDataset(name: "many-scripts",
                             purpose: "Names and acronyms in Chinese, Japanese, Korean, Arabic, Hebrew, Hindi, Thai, Cyrillic and Greek",
                             members: members, outputs: outputs(count: 10, years: 2008...2024, leads: members.map(\.acronym)),
                             reportedCounts: counts(members, years: 2009...2024))
    }

    // MARK: Parts

    private static let words = ["National", "Space", "Agency", "Research", "Organisation", "Institute", "Centre", "Federal",
                                "Office", "Aeronautics", "Exploration", "Science", "Technology", "Development", "Council",
                                "Administration", "Republic", "Ministry", "Satellite", "Observation", "Programme"]
    private static let places = ["Varland", "Ostmark", "Celadon", "Pelion", "Norvaa", "Istria", "Kalmar", "Tarsis",
                                 "Zembla", "Orsova", "Lumen", "Quarn", "Sirta", "Vellor"]

    /// AA, AB, … for member `i`: unique per index.
    static func letters(_ i: Int) -> String {
        let a = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return String([a[(i / 26) % 26], a[i % 26]])
    }

    private mutating func pick(_ items: [String]) -> String { random.pick(items) }

    private mutating func member(_ i: Int, joined: String) -> StressDataset.Member {
        let place = pick(Self.places)
        let kind = pick(["Space Agency", "Space Research Organisation", "Aerospace Centre", "Space Office"])
        return StressDataset.Member(acronym: Self.letters(i) + String(kind.prefix(1)) + "SA", name: "\(place) \(kind)",
                                    country: place, region: pick(Self.regions), joined: joined)
    }

    private mutating func day(in years: ClosedRange<Int>) -> String {
        String(format: "%04d-%02d-%02d", Int.random(in: years, using: &random), Int.random(in: 1...12, using: &random),
               Int.random(in: 1...28, using: &random))
    }

    private mutating func outputs(count: Int, years: ClosedRange<Int>, leads: [String] = []) -> [StressDataset.Output] {
        (0..<count).map { i -> StressDataset.Output in
            let type = Self.outputTypes[i % Self.outputTypes.count]
            return StressDataset.Output(date: day(in: years), type: type, title: "\(type.capitalized) \(i + 1)",
                                        lead: leads.isEmpty ? "" : leads[i % leads.count],
                                        series: type == "roadmap" ? "Exploration Roadmap" : "")
        }.sorted { $0.date < $1.date }
    }

    /// A total per year from the roster (joined in or before the year, not left before it), one in three off by one.
    private mutating func counts(_ members: [StressDataset.Member], years: ClosedRange<Int>) -> [StressDataset.ReportedCount] {
        stride(from: years.lowerBound, through: years.upperBound, by: max(1, years.count / 8)).map { year in
            let n = members.filter { Int($0.joined.prefix(4))! <= year && ($0.left.isEmpty || Int($0.left.prefix(4))! > year) }.count
            return StressDataset.ReportedCount(date: "\(year)-12-31", members: n + (random.chance(0.33) ? 1 : 0),
                                               context: "Reported at the end of \(year)")
        }
    }
}
