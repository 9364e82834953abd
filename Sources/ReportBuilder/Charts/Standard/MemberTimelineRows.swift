import ChartEngine
import DatasetCore
import PartialDates

/// The rows of the member timeline (docs/chart-engine.md, "member-timeline rows"), built in O(n log n).
///
/// - One row per member, sorted by join date and acronym.
/// - The first join batch of more than three members (the founders: same join date) is drawn as one row per
///   region *and* end (the same departure date, or still a member): every member a row stands for joined on the
///   row's first day and left (or not) on its last, so the bar is true for each of them. A group of one keeps
///   its acronym. When the rows are more than the canvas can label, every such batch is grouped that way.
/// - When the rows are more than the canvas can label (`capacity`), members are aggregated by cohort: the
///   join year (then 2, 5, 10 or 20 years, the smallest that fits) and the same departure year, or still a
///   member. A cohort row runs from its first join to its earliest departure (every member it stands for was
///   in until then) or the chart's end, and is labelled with its years, its count and the year they left;
///   it has its region's colour when all its members share one, else grey.
struct MemberTimelineRows {
    /// One drawn row.
    struct Row: Equatable {
        var label: String
        var start: Double
        var end: Double
        /// The members' common region, or nil for a cohort of several regions.
        var region: String?
        var count: Int { acronyms.count }
        /// The members it stands for.
        var acronyms: [String]
    }

    /// The rows, top to bottom.
    var rows: [Row]
    /// The cohort span in years when aggregated (1 = by join year), nil for one row per member or group.
    var cohortYears: Int?

    /// One member's end on the chart: its departure (when within the chart) or the chart's end.
    static func end(of member: Member, chartEnd: Double) -> Double {
        member.left.map { min(FractionalYear.start(of: $0), chartEnd) } ?? chartEnd
    }

    init(members: [Member], chartEnd: Double, capacity: Int) {
        let sorted = members.sorted { ($0.joined, $0.acronym) < ($1.joined, $1.acronym) }
        let detailed = Self.detailedRows(sorted, chartEnd: chartEnd, groupAll: false)
        guard detailed.count > capacity else { rows = detailed; cohortYears = nil; return }
        let grouped = Self.detailedRows(sorted, chartEnd: chartEnd, groupAll: true)
        guard grouped.count > capacity else { rows = grouped; cohortYears = nil; return }
        // Cohort rows have the rule stated above them: a title row takes about three rows' room.
        for span in [1, 2, 5, 10, 20] {
            let cohorts = Self.cohortRows(sorted, span: span, chartEnd: chartEnd)
            if cohorts.count <= max(3, capacity - 3) || span == 20 { rows = cohorts; cohortYears = span; return }
        }
        rows = detailed; cohortYears = nil
    }

    /// One row per member, or per (region, end) within the first batch (`groupAll`: within any batch) of more
    /// than three.
    static func detailedRows(_ sorted: [Member], chartEnd: Double, groupAll: Bool) -> [Row] {
        var rows: [Row] = []
        var labels = Set<String>()
        var i = 0
        var isFirstBatch = true
        while i < sorted.count {
            var j = i
            while j < sorted.count && sorted[j].joined == sorted[i].joined { j += 1 }
            let batch = sorted[i..<j]
            let start = FractionalYear.start(of: sorted[i].joined)
            if batch.count > 3 && (isFirstBatch || groupAll) {
                // Groups in region order, then by end (still members first).
                let groups = Dictionary(grouping: batch) { GroupKey(region: $0.region.rawValue, end: end(of: $0, chartEnd: chartEnd)) }
                for key in groups.keys.sorted(by: { ($0.region, -$0.end) < ($1.region, -$1.end) }) {
                    let group = groups[key]!
                    var label: String
                    if group.count == 1 {
                        label = group[0].acronym
                    } else {
                        label = isFirstBatch ? "Founders in \(key.region) (\(group.count))"
                                             : "\(key.region) (\(group.count)), \(HouseStyle.date(group[0].joined))"
                        if let left = group[0].left, key.end < chartEnd { label += ", left \(left.year)" }
                    }
                    rows.append(Row(label: unique(label, &labels), start: start, end: key.end, region: key.region, acronyms: group.map(\.acronym)))
                }
            } else {
                for m in batch {
                    rows.append(Row(label: unique(m.acronym, &labels), start: start, end: end(of: m, chartEnd: chartEnd),
                                    region: m.region.rawValue, acronyms: [m.acronym]))
                }
            }
            isFirstBatch = false
            i = j
        }
        return rows
    }

    /// Rows by cohort of `span` join years and the same end.
    static func cohortRows(_ sorted: [Member], span: Int, chartEnd: Double) -> [Row] {
        var rows: [Row] = []
        var index: [CohortKey: Int] = [:]
        var labels = Set<String>()
        for m in sorted {
            let first = Int((Double(m.joined.year) / Double(span)).rounded(.down)) * span
            let memberEnd = end(of: m, chartEnd: chartEnd)
            // Departures by year: the bar ends at the cohort's earliest departure, when all its members were in.
            let key = CohortKey(first: first, leftYear: memberEnd < chartEnd ? Int(memberEnd.rounded(.down)) : nil)
            if let k = index[key] {
                rows[k].acronyms.append(m.acronym)
                rows[k].end = min(rows[k].end, memberEnd)
                if rows[k].region != m.region.rawValue { rows[k].region = nil }
            } else {
                index[key] = rows.count
                rows.append(Row(label: "", start: FractionalYear.start(of: m.joined), end: memberEnd, region: m.region.rawValue, acronyms: [m.acronym]))
            }
        }
        // By cohort, then still members first, then by the year they left.
        let byKey = index.sorted { ($0.key.first, $0.key.leftYear ?? Int.min) < ($1.key.first, $1.key.leftYear ?? Int.min) }
        let lastJoinYear = sorted.last?.joined.year  // sorted by join date
        return byKey.map { key, k in
            let last = min(key.first + span - 1, lastJoinYear ?? key.first)
            var label = "\(HouseStyle.years(max(key.first, sorted[0].joined.year), last)) (\(HouseStyle.integer(rows[k].count)))"
            if let year = key.leftYear { label += ", left \(year)" }
            var row = rows[k]
            row.label = unique(label, &labels)
            return row
        }
    }

    /// `label`, or `label` with a counter when another row already has it (band categories are unique).
    static func unique(_ label: String, _ used: inout Set<String>) -> String {
        var candidate = label, n = 2
        while used.contains(candidate) { candidate = "\(label) [\(n)]"; n += 1 }
        used.insert(candidate)
        return candidate
    }

    struct GroupKey: Hashable { var region: String; var end: Double }
    struct CohortKey: Hashable { var first: Int; var leftYear: Int? }
}
