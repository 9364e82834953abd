/// The names a publication uses for its group and its members, from `report.yml`.
///
/// Every field is optional: without names the text is generic ("the group", "Membership and coordination
/// outputs"), so nothing in the narrative assumes a particular group.
///
/// ```swift
/// let names = PublicationNames(group: "International Space Exploration Coordination Group", short: "ISECG",
///                              memberNoun: "agencies", sourceNote: "agency announcements")
/// names.subject          // "ISECG"
/// names.publicationTitle // "ISECG annual summary" (or `title` when given)
/// ```
public struct PublicationNames: Hashable, Sendable {
    /// The group's full name (for example "International Space Exploration Coordination Group").
    public var group: String?
    /// The group's short name (for example "ISECG").
    public var short: String?
    /// The publication's title.
    public var title: String?
    /// The plural noun for members in prose ("members" by default, for example "agencies").
    public var memberNoun: String
    /// The singular of `memberNoun`; derived from it when nil ("agencies" → "agency").
    public var memberNounSingular: String?
    /// What the data come from besides the group, for the source line (for example "agency announcements").
    public var sourceNote: String?
    /// Who made the chart, for the source line.
    public var chartCredit: String

    /// Creates publication names; every name is optional.
    public init(group: String? = nil, short: String? = nil, title: String? = nil, memberNoun: String = "members",
                memberNounSingular: String? = nil, sourceNote: String? = nil, chartCredit: String = "isecg-report") {
        self.group = group.nonBlank
        self.short = short.nonBlank
        self.title = title.nonBlank
        self.memberNoun = memberNoun.nonBlank ?? "members"
        self.memberNounSingular = memberNounSingular.nonBlank
        self.sourceNote = sourceNote.nonBlank
        self.chartCredit = chartCredit
    }

    /// The group as the subject of a sentence: the short name, the full name, or "The group".
    public var subject: String { short ?? group ?? "The group" }

    /// The group inside a sentence: the short name, the full name, or "the group".
    public var inSentence: String { short ?? group ?? "the group" }

    /// The group in a subtitle or label, or nil without names (the label then omits it).
    public var label: String? { short ?? group }

    /// The publication's title: `title`, "<short> annual summary", or "Membership and coordination outputs".
    public var publicationTitle: String {
        title ?? label.map { "\($0) annual summary" } ?? "Membership and coordination outputs"
    }

    /// The singular member noun ("member", "agency").
    public var memberSingular: String {
        if let memberNounSingular { return memberNounSingular }
        if memberNoun.hasSuffix("ies") { return String(memberNoun.dropLast(3)) + "y" }
        if memberNoun.hasSuffix("s") { return String(memberNoun.dropLast()) }
        return memberNoun
    }

    /// "1 agency", "27 agencies" (numerals; see ``HouseStyle/words(_:)`` for prose).
    func members(_ count: Int, spelled: Bool = false) -> String {
        let number = spelled ? HouseStyle.words(count) : HouseStyle.integer(count)
        return "\(number) \(count == 1 ? memberSingular : memberNoun)"
    }

    /// "The only agency", "Both agencies", "All 27 agencies": every member, as a sentence's subject.
    func allMembers(_ count: Int) -> String {
        switch count {
        case 1: "The only \(memberSingular)"
        case 2: "Both \(memberNoun)"
        default: "All \(members(count))"
        }
    }

    /// The source line under every chart: "Source: ISECG; agency announcements. Chart: isecg-report".
    public var sourceLine: String {
        let parts = [label, sourceNote].compactMap { $0 }
        let source = parts.isEmpty ? "the group's datasets" : parts.joined(separator: "; ")
        return "Source: \(source). Chart: \(chartCredit)"
    }
}

extension Optional where Wrapped == String {
    /// The string trimmed, or nil when nil or blank.
    var nonBlank: String? { self.flatMap { $0.nonBlank } }
}

extension StringProtocol {
    /// The string without leading and trailing spaces.
    var trimmingSpaces: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    /// The string trimmed, or nil when blank.
    var nonBlank: String? {
        let text = trimmingSpaces
        return text.isEmpty ? nil : text
    }
}
