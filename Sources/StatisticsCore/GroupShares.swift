/// Members of one group (for example a region) at a year end, with its share.
public struct GroupShare: Hashable, Sendable {
    /// The group's name.
    public var group: String
    /// Its members at the year end.
    public var members: Int
    /// Its share of all members at the year end, in percent; the shares add to 100.
    public var sharePercent: Double
}

/// Members by group (region) at a year end.
public enum GroupShares {
    /// Members at the end of `year` counted by `group`, with shares in percent, sorted by count
    /// (descending) then name; groups with no member at the year end are left out.
    public static func atEnd(of year: Int, members: [MemberSpan]) -> [GroupShare] {
        var counts: [String: Int] = [:]
        for member in members where member.isMember(atEndOf: year) {
            counts[member.group, default: 0] += 1
        }
        let total = counts.values.reduce(0, +)
        return counts
            .map { GroupShare(group: $0.key, members: $0.value, sharePercent: Double($0.value) / Double(total) * 100) }
            .sorted { ($0.members, $1.group) > ($1.members, $0.group) }
    }
}
