import ChartEngine
import DatasetCore
import PartialDates

/// The rows of member-timeline (docs/chart-engine.md, "member-timeline rows"), built in O(n log n).
///
/// - One row per member, sorted by join date and acronym.
/// - The first join batch of more than three members (the founders: same join date) is drawn as one row per
///   region *and* end (the same departure date, or still a member): every member a row stands for joined on the
///   row's first day and left (or not) on its last, so the bar is true for each of them. A group of one keeps
///   its acronym. When the rows are more than the canvas can label, every such batch is grouped that way.
/// - When the rows are more than the canvas can label (`capacity`), members are aggregated by cohort: the
///   join year (then 2, 5, 10 or 20 years, the smallest that fits) and the departure year (or still a member).
///   A cohort row runs from its first join to its last departure (or the chart's end) and is labelled with its
///   years and its count; it has its region's colour when all its members share one, else grey. When even
///   20-year cohorts are too many, those who left are one row per join period ("left 2009–2026").
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
            let cohorts = Self.cohortRows(sorted, span: span, chartEnd: chartEnd, departuresByYear: true)
            if cohorts.count <= max(3, capacity - 3) { rows = cohorts; cohortYears = span; return }
        }
        rows = Self.cohortRows(sorted, span: 20, chartEnd: chartEnd, departuresByYear: false); cohortYears = 20
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

    /// Rows by cohort of `span` join years and departure year (`departuresByYear`; else all who left in one
    /// row per cohort): by join period, those still in first, then by departure year. O(n) after the sort.
    static func cohortRows(_ sorted: [Member], span: Int, chartEnd: Double, departuresByYear: Bool) -> [Row] {
        var rows: [Row] = []
        var index: [CohortKey: Int] = [:]
        var keys: [CohortKey] = []
        var lastDeparture: [Int] = []   // per row: the latest departure year, for "left 2009–2026"
        var firstDeparture: [Int] = []
        for m in sorted {
            let first = Int((Double(m.joined.year) / Double(span)).rounded(.down)) * span
            let end = end(of: m, chartEnd: chartEnd)
            let leftYear = end < chartEnd ? Int(end.rounded(.down)) : nil
            let key = CohortKey(first: first, leftYear: departuresByYear ? leftYear : leftYear.map { _ in Int.min })
            if let k = index[key] {
                rows[k].acronyms.append(m.acronym)
                rows[k].end = max(rows[k].end, end)
                if let leftYear {
                    lastDeparture[k] = max(lastDeparture[k], leftYear); firstDeparture[k] = min(firstDeparture[k], leftYear)
                }
                if rows[k].region != m.region.rawValue { rows[k].region = nil }
            } else {
                index[key] = rows.count
                keys.append(key)
                lastDeparture.append(leftYear ?? Int.min); firstDeparture.append(leftYear ?? Int.max)
                rows.append(Row(label: "", start: FractionalYear.start(of: m.joined), end: end, region: m.region.rawValue, acronyms: [m.acronym]))
            }
        }
        // Top to bottom: by join period, those still in first, then by departure year.
        let order = keys.indices.sorted { (keys[$0].first, keys[$0].leftYear ?? Int.min, $0) < (keys[$1].first, keys[$1].leftYear ?? Int.min, $1) }
        var labels = Set<String>()
        let firstYear = sorted.first?.joined.year ?? 0
        let lastYear = sorted.map(\.joined.year).max() ?? firstYear
        for (k, key) in keys.enumerated() {
            let last = min(key.first + span - 1, lastYear)
            var label = "\(HouseStyle.years(max(key.first, firstYear), last)) (\(HouseStyle.integer(rows[k].count)))"
            if key.leftYear != nil { label += ", left \(HouseStyle.years(firstDeparture[k], lastDeparture[k]))" }
            rows[k].label = unique(label, &labels)
        }
        return order.map { rows[$0] }
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
