import PartialDates

/// The editions of an `OutputTally`, kept compact (16 bytes each, the category as a number) and sorted
/// by counting rather than comparing.
///
/// Two editions with the same date and category are the same value, so sorting by (date, category) is
/// counting how many there are of each (date, category) and listing them in order. The order of
/// `PartialDate` (first day, then precision) is the order of (year, month, day) with a missing month or
/// day as 0: `2019` < `2019-01` < `2019-01-01` < `2019-01-02` < `2019-02`.
struct EditionLog: Sendable {
    struct Entry: Sendable {
        var year: Int
        /// 0 when unknown.
        var month: UInt8
        /// 0 when unknown.
        var day: UInt8
        /// The category's index in the tally's category names.
        var category: UInt16
    }

    private(set) var entries: [Entry] = []

    @inline(__always)
    mutating func append(_ date: PartialDate, category: Int) {
        entries.append(Entry(year: date.year, month: UInt8(date.month ?? 0), day: UInt8(date.day ?? 0),
                             category: UInt16(category)))
    }

    mutating func append(contentsOf other: EditionLog, categories: (Int) -> Int) {
        entries += other.entries.map { Entry(year: $0.year, month: $0.month, day: $0.day, category: UInt16(categories(Int($0.category)))) }
    }

    static func date(_ entry: Entry) -> PartialDate {
        PartialDate(year: entry.year, month: entry.month == 0 ? nil : Int(entry.month), day: entry.day == 0 ? nil : Int(entry.day))!
    }

    /// The entries whose category `isIncluded`, sorted by date then by the category's name
    /// (`names[category]`), each passed to `body` with how many times it occurs.
    func sorted(names: (Int) -> String, where isIncluded: (Int) -> Bool, _ body: (Entry, Int) -> Void) {
        let included = entries.filter { isIncluded(Int($0.category)) }
        guard let low = included.lazy.map(\.year).min(), let high = included.lazy.map(\.year).max() else { return }
        // Categories ranked by name, for ties on the date.
        let categories = Array(Set(included.map(\.category))).sorted { names(Int($0)) < names(Int($1)) }
        var rank = [Int](repeating: 0, count: Int(categories.max()!) + 1)
        for (position, category) in categories.enumerated() { rank[Int(category)] = position }
        let slotsPerYear = 13 * 32 * categories.count
        let (yearSpan, overflow) = (high - low + 1).multipliedReportingOverflow(by: slotsPerYear)
        guard !overflow, yearSpan <= max(1 << 20, 4 * included.count) else {
            // Dates spread over too many years for counting: compare instead.
            for entry in included.sorted(by: { Self.precedes($0, $1, rank) }) { body(entry, 1) }
            return
        }
        var counts = [Int](repeating: 0, count: yearSpan)
        for entry in included { counts[slot(entry, low, rank, categories.count)] += 1 }
        // A slot is (year, month, day, category rank): read the entry back from it.
        for (slot, count) in counts.enumerated() where count > 0 {
            let category = categories[slot % categories.count]
            let date = slot / categories.count
            body(Entry(year: low + date / (13 * 32), month: UInt8(date / 32 % 13), day: UInt8(date % 32),
                       category: category), count)
        }
    }

    @inline(__always)
    private func slot(_ entry: Entry, _ low: Int, _ rank: [Int], _ categoryCount: Int) -> Int {
        (((entry.year - low) * 13 + Int(entry.month)) * 32 + Int(entry.day)) * categoryCount + rank[Int(entry.category)]
    }

    private static func precedes(_ a: Entry, _ b: Entry, _ rank: [Int]) -> Bool {
        (a.year, a.month, a.day, rank[Int(a.category)]) < (b.year, b.month, b.day, rank[Int(b.category)])
    }
}
