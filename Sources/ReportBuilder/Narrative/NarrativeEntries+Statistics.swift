import DatasetCore
import StatisticsCore

extension Member {
    /// The member as the statistics count it: the acronym as id, the region as group.
    public var memberSpan: MemberSpan { MemberSpan(id: acronym, group: region.rawValue, joined: joined, left: left) }
}

extension Output {
    /// The output as the statistics count it: the type as category.
    public var event: OutputEvent { OutputEvent(date: date, category: type.rawValue, lead: lead) }

    /// The title up to its first parenthesis, " - " or semicolon: "Global Exploration Roadmap, 4th edition".
    ///
    /// This is the prose form (findings, alt text, data quality): one line, cut at the first separator. It differs
    /// on purpose from `RoadmapTimelineChart.shortTitle(_:)`, the marker label, which also cuts at ": ", keeps at least
    /// 12 characters, drops a leading "The " and wraps into at most three lines of 26 characters.
    public var shortTitle: String {
        var text = Substring(title)
        for separator in [" (", " - ", " – ", "; "] {
            if let range = text.range(of: separator), range.lowerBound > text.startIndex { text = text[..<range.lowerBound] }
        }
        return text.trimmingSpaces
    }
}
