/// Outputs led by one member.
public struct LeadCount: Hashable, Sendable {
    /// The lead as named in the outputs (for example an acronym).
    public var lead: String
    /// Outputs it led in the range.
    public var outputs: Int
}

/// Outputs per lead and outputs per member-year.
public enum LeadCounts {
    /// Outputs per lead over `years`, sorted by count (descending) then name. Outputs without a lead are
    /// not counted.
    public static func perLead(_ years: ClosedRange<Int>, tally: OutputTally) -> [LeadCount] {
        var counts: [String: Int] = [:]
        for (key, count) in tally.countsByYearAndLead where years.contains(key.year) {
            counts[key.name, default: 0] += count
        }
        return counts.map { LeadCount(lead: $0.key, outputs: $0.value) }
            .sorted { ($0.outputs, $1.lead) > ($1.outputs, $0.lead) }
    }

    /// Outputs per member-year: total outputs in the range divided by the sum of year-end members over the
    /// range; nil when that sum is 0.
    public static func perMemberYear(outputs: [OutputYear], membership: [MembershipYear]) -> Double? {
        let memberYears = membership.reduce(0) { $0 + $1.members }
        guard memberYears > 0 else { return nil }
        return Double(outputs.reduce(0) { $0 + $1.total }) / Double(memberYears)
    }
}
