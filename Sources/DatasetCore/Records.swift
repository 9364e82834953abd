import PartialDates

/// One row of members.csv: a member organisation and its membership period.
public struct Member: Sendable {
    public var acronym: String
    public var name: String
    public var country: String
    public var region: Region
    public var joined: PartialDate
    /// When the member left; nil while it is a member. A rename is not a departure.
    public var left: PartialDate?
    public var notes: String?
    public var sourceURL: String?
    /// Where the row starts.
    public var location: SourceLocation

    public init(acronym: String, name: String, country: String, region: Region, joined: PartialDate,
                left: PartialDate? = nil, notes: String? = nil, sourceURL: String? = nil, location: SourceLocation) {
        self.acronym = acronym
        self.name = name
        self.country = country
        self.region = region
        self.joined = joined
        self.left = left
        self.notes = notes
        self.sourceURL = sourceURL
        self.location = location
    }
}

/// One row of outputs.csv: a document or an event the group produced.
public struct Output: Sendable {
    public var date: PartialDate
    public var type: OutputType
    public var title: String
    /// The acronym of the member that hosted or led it, when a source names one.
    public var lead: String?
    public var series: String?
    public var sourceURL: String?
    public var location: SourceLocation

    public init(date: PartialDate, type: OutputType, title: String, lead: String? = nil, series: String? = nil,
                sourceURL: String? = nil, location: SourceLocation) {
        self.date = date
        self.type = type
        self.title = title
        self.lead = lead
        self.series = series
        self.sourceURL = sourceURL
        self.location = location
    }
}

/// A light view of one outputs.csv row for streaming consumers: no title String is made.
public struct OutputRow: Sendable {
    public let date: PartialDate
    public let type: OutputType
    public let lead: String?
    /// The title as written (what stats.json's `outputList` records for comparing builds).
    public let title: String

    public init(date: PartialDate, type: OutputType, lead: String?, title: String = "") {
        self.date = date
        self.type = type
        self.lead = lead
        self.title = title
    }
}

/// One row of reported_counts.csv: a number of members that a source stated on a date.
public struct ReportedCount: Sendable {
    public var date: PartialDate
    public var reportedMembers: Int
    public var kind: CountKind
    public var context: String?
    public var sourceURL: String?
    public var location: SourceLocation

    public init(date: PartialDate, reportedMembers: Int, kind: CountKind, context: String? = nil,
                sourceURL: String? = nil, location: SourceLocation) {
        self.date = date
        self.reportedMembers = reportedMembers
        self.kind = kind
        self.context = context
        self.sourceURL = sourceURL
        self.location = location
    }
}

/// An input file as read: its name, its SHA-256 and how many data records it has.
public struct InputFile: Sendable, Hashable {
    /// The file name without directory, e.g. `members.csv`.
    public let fileName: String
    /// The SHA-256 of the file's bytes, as lowercase hex.
    public let sha256: String
    /// Data records (the header row is not counted; for report.yml, 0).
    public let rows: Int

    public init(fileName: String, sha256: String, rows: Int) {
        self.fileName = fileName
        self.sha256 = sha256
        self.rows = rows
    }
}

/// The optional report.yml: names the group and the publication. Every field is optional.
public struct ReportConfig: Sendable, Equatable {
    /// The group's full name, e.g. "International Space Exploration Coordination Group".
    public var group: String?
    /// The group's short name, e.g. "ISECG".
    public var short: String?
    public var title: String?
    public var author: String?
    public var subject: String?
    public var keywords: [String]
    /// `a4` or `letter`.
    public var paper: String?
    /// `light` or `dark`.
    public var theme: String?
    /// Which charts, in which order; nil means all. Names are checked by the report, not here.
    public var charts: [String]?
    /// What the members are called in prose, plural (e.g. "agencies"); nil for "members".
    public var memberNoun: String?
    /// Who the facts come from, for source lines (e.g. "agency announcements").
    public var sourceNote: String?

    public init(group: String? = nil, short: String? = nil, title: String? = nil, author: String? = nil,
                subject: String? = nil, keywords: [String] = [], paper: String? = nil, theme: String? = nil,
                charts: [String]? = nil, memberNoun: String? = nil, sourceNote: String? = nil) {
        self.group = group
        self.short = short
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.paper = paper
        self.theme = theme
        self.charts = charts
        self.memberNoun = memberNoun
        self.sourceNote = sourceNote
    }
}

/// Everything read from a datasets directory.
public struct Dataset: Sendable {
    public var members: [Member]
    /// Empty when outputs.csv is absent, or when outputs were streamed.
    public var outputs: OutputList
    /// Empty when reported_counts.csv is absent.
    public var reportedCounts: [ReportedCount]
    public var config: ReportConfig
    /// The files read, in reading order, with their hashes.
    public var inputs: [InputFile]
    /// Warnings found while loading (errors make loading fail).
    public var warnings: [Diagnostic]
    /// Latest year seen while streaming outputs (set by `load(streamingOutputs:)`).
    var streamedOutputsLatestYear: Int?

    public init(members: [Member], outputs: OutputList = [], reportedCounts: [ReportedCount] = [],
                config: ReportConfig = ReportConfig(), inputs: [InputFile] = [], warnings: [Diagnostic] = []) {
        self.members = members
        self.outputs = outputs
        self.reportedCounts = reportedCounts
        self.config = config
        self.inputs = inputs
        self.warnings = warnings
    }

    /// Latest year of any joined, output or reported-count date (not `left`); nil if none.
    ///
    /// Includes outputs that were streamed by `load(streamingOutputs:)`.
    public var latestYear: Int? {
        let years = members.map(\.joined.year) + outputs.allDates.map(\.year) + reportedCounts.map(\.date.year)
            + (streamedOutputsLatestYear.map { [$0] } ?? [])
        return years.max()
    }
}
