import PartialDates
import StatisticsCore

/// Members whose year-end counts over `firstYear...` are `counts` (non-decreasing): the new members of
/// each year join on 1 June of it.
func membersGrowing(from firstYear: Int, counts: [Int], group: String = "Europe") -> [MemberSpan] {
    var members: [MemberSpan] = []
    var previous = 0
    for (offset, count) in counts.enumerated() {
        for index in previous..<count {
            members.append(MemberSpan(id: "M\(index)", group: group, joined: date("\(firstYear + offset)-06-01")))
        }
        previous = count
    }
    return members
}

/// Whether `a` and `b` agree to `tolerance` (absolute).
func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance
}
