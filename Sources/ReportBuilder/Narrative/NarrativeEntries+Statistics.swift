import StatisticsCore

extension RosterEntry {
    /// The entry as the statistics count it: the acronym as id, the region as group.
    public var memberSpan: MemberSpan { MemberSpan(id: acronym, group: region, joined: joined, left: left) }
}

extension OutputEntry {
    /// The entry as the statistics count it: the type as category.
    public var event: OutputEvent { OutputEvent(date: date, category: type, lead: lead) }
}
