import DatasetCore
import Foundation

/// What one report set says, reduced to what a reviewer of a figure refresh compares: the roster by
/// acronym, the outputs by date and title, and the key figures, all as plain text.
///
/// Made from the analysis of the datasets (the new build) or from a stats.json already in `--out` (the
/// previous build). A stats.json without the roster or the output list gives nil for them, and the
/// comparison then says nothing about members or outputs rather than reporting them all as added.
public struct ReportSnapshot: Sendable, Equatable {
    /// One member: acronym, join date and departure date as written in the data (`2019`, `2020-08`, `2020-08-31`).
    public struct MemberEntry: Sendable, Equatable {
        public var acronym: String
        public var joined: String
        public var left: String?
        public init(acronym: String, joined: String, left: String? = nil) {
            self.acronym = acronym; self.joined = joined; self.left = left
        }
    }

    /// One output, by date and title.
    public struct OutputEntry: Sendable, Hashable {
        public var date: String
        public var title: String
        public init(date: String, title: String) { self.date = date; self.title = title }
    }

    /// One key figure: a stable name and its value as printed.
    public struct KeyFigure: Sendable, Equatable {
        public var name: String
        public var value: String
        public init(name: String, value: String) { self.name = name; self.value = value }
    }

    /// The roster, nil when not recorded.
    public var members: [MemberEntry]?
    /// The outputs, nil when not recorded.
    public var outputs: [OutputEntry]?
    /// The key figures, in a fixed order.
    public var keyFigures: [KeyFigure]

    public init(members: [MemberEntry]?, outputs: [OutputEntry]?, keyFigures: [KeyFigure]) {
        self.members = members; self.outputs = outputs; self.keyFigures = keyFigures
    }

    /// The new build: the roster from the records, the outputs from its `outputList` (nil above
    /// ``StatsDocument/outputListLimit``, as the previous build's stats.json says), the key figures from its
    /// stats.json text (the same reading as for a previous build, so equal data gives equal figures).
    public init(analysis: DatasetAnalysis) throws {
        let json = try analysis.document.jsonText()
        let figures = (try? Self.keyFigures(statsJSON: Data(json.utf8))) ?? []
        self.init(members: analysis.dataset.members.map { MemberEntry(acronym: $0.acronym, joined: $0.joined.description,
                                                                      left: $0.left?.description) },
                  outputs: analysis.outputList?.map { OutputEntry(date: $0.date.description, title: $0.title) },
                  keyFigures: figures)
    }

    /// A previous build from its stats.json: key figures always; the roster from `roster`
    /// (`[{acronym, joined, left}]`) and the outputs from `outputList` (`[{date, title}]`) when present.
    /// Throws when the bytes are not a JSON object.
    public init(statsJSON: Data) throws {
        let root = try Self.object(statsJSON)
        let members = (root["roster"] as? [[String: Any]]).map { rows in
            rows.compactMap { row -> MemberEntry? in
                guard let acronym = row["acronym"] as? String, let joined = row["joined"] as? String else { return nil }
                return MemberEntry(acronym: acronym, joined: joined, left: row["left"] as? String)
            }
        }
        let outputs = (root["outputList"] as? [[String: Any]]).map { rows in
            rows.compactMap { row -> OutputEntry? in
                guard let date = row["date"] as? String, let title = row["title"] as? String else { return nil }
                return OutputEntry(date: date, title: title)
            }
        }
        self.init(members: members, outputs: outputs, keyFigures: try Self.keyFigures(statsJSON: statsJSON))
    }

    struct NotAStatsDocument: Error {}

    static func object(_ data: Data) throws -> [String: Any] {
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw NotAStatsDocument() }
        return root
    }

    /// The key figures of a stats.json: report year, year-end members, joins and departures in the report
    /// year, CAGR, trend slope, outputs in the report year and to date. Absent values are left out.
    static func keyFigures(statsJSON: Data) throws -> [KeyFigure] {
        let root = try object(statsJSON)
        let membership = root["membership"] as? [String: Any]
        let lastYear = (membership?["years"] as? [[String: Any]])?.last
        let lastOutputs = ((root["outputs"] as? [String: Any])?["years"] as? [[String: Any]])?.last
        func integer(_ value: Any?) -> String? { (value as? NSNumber).map { String($0.intValue) } }
        func decimal(_ value: Any?, _ digits: Int, _ unit: String) -> String? {
            (value as? NSNumber).map { String(format: "%.\(digits)f", $0.doubleValue) + unit }
        }
        let candidates: [(String, String?)] = [
            ("Report year", integer(root["reportYear"])),
            ("Members at the end of the report year", integer(lastYear?["members"])),
            ("Joins in the report year", integer(lastYear?["joined"])),
            ("Departures in the report year", integer(lastYear?["left"])),
            ("Growth per year (CAGR)", decimal(membership?["cagrPercent"], 1, " %")),
            ("Trend (members per year)", decimal((membership?["trend"] as? [String: Any])?["slope"], 2, "")),
            ("Outputs in the report year", integer(lastOutputs?["total"])),
            ("Outputs to date", integer(lastOutputs?["cumulative"])),
        ]
        return candidates.compactMap { name, value in value.map { KeyFigure(name: name, value: $0) } }
    }
}
