import PartialDates

/// The editions of an `OutputTally` as counts per distinct (date, category): memory grows with the number
/// of distinct dates (bounded by the calendar: a few thousand a decade per category), not with rows.
///
/// A (date, category) is packed into one `UInt64` — year, month (0 when unknown), day (0 when unknown),
/// category number — and counted in a small open-addressing table (linear probing, multiplicative hash),
/// so adding an edition is a multiply, a probe or two and an increment, with no allocation except when
/// the table grows. Ordering the packed keys orders by (year, month, day) with a missing month or day as
/// 0, which is the order of `PartialDate` (first day, then precision):
/// `2019` < `2019-01` < `2019-01-01` < `2019-01-02` < `2019-02`.
struct EditionHistogram: Sendable {
    /// One distinct (date, category) and how many editions have it.
    struct Entry: Sendable {
        var key: UInt64
        var count: Int

        var year: Int { Int(key >> 32) }
        var month: Int { Int(key >> 24 & 0xff) }
        var day: Int { Int(key >> 16 & 0xff) }
        /// The category's number in the tally's category names.
        var category: Int { Int(key & 0xffff) }
        /// The key without the category: equal for the same written date.
        var dateKey: UInt64 { key >> 16 }
        var date: PartialDate {
            PartialDate(year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day)!
        }
    }

    /// Packed keys; 0 is empty (no date has year 0). Kept at most half full.
    private var keys = [UInt64](repeating: 0, count: 64)
    private var counts = [Int](repeating: 0, count: 64)
    /// Distinct (date, category) pairs.
    private(set) var distinctCount = 0
    /// Editions added (the sum of the counts).
    private(set) var total = 0

    @inline(__always)
    static func key(_ date: PartialDate, category: Int) -> UInt64 {
        UInt64(UInt32(truncatingIfNeeded: date.year)) << 32 | UInt64(UInt8(truncatingIfNeeded: date.month ?? 0)) << 24
            | UInt64(UInt8(truncatingIfNeeded: date.day ?? 0)) << 16 | UInt64(UInt16(truncatingIfNeeded: category))
    }

    @inline(__always)
    mutating func add(_ date: PartialDate, category: Int, count: Int = 1) {
        add(key: Self.key(date, category: category), count: count)
    }

    @inline(__always)
    private mutating func add(key: UInt64, count: Int) {
        total += count
        let mask = keys.count - 1
        var slot = Self.slot(key, mask)
        while true {
            let found = keys[slot]
            if found == key { counts[slot] += count; return }
            if found == 0 { break }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        counts[slot] = count
        distinctCount += 1
        if distinctCount * 2 > keys.count { grow() }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> 40) & mask
    }

    private mutating func grow() {
        let old = entries
        keys = [UInt64](repeating: 0, count: keys.count * 2)
        counts = [Int](repeating: 0, count: keys.count)
        let mask = keys.count - 1
        for entry in old {
            var slot = Self.slot(entry.key, mask)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = entry.key
            counts[slot] = entry.count
        }
    }

    /// Every distinct (date, category) with its count, in no particular order.
    var entries: [Entry] {
        var result: [Entry] = []
        result.reserveCapacity(distinctCount)
        for slot in keys.indices where keys[slot] != 0 { result.append(Entry(key: keys[slot], count: counts[slot])) }
        return result
    }

    /// Adds every count of `other`, its categories renumbered by `categories`.
    mutating func merge(_ other: EditionHistogram, categories: (Int) -> Int) {
        for entry in other.entries {
            add(key: entry.key & ~0xffff | UInt64(UInt16(truncatingIfNeeded: categories(entry.category))), count: entry.count)
        }
    }

    /// The entries whose category `isIncluded`, sorted by date then by the category's name (`names[category]`).
    func sorted(names: (Int) -> String, where isIncluded: (Int) -> Bool) -> [Entry] {
        let included = entries.filter { isIncluded($0.category) }
        let categories = Set(included.map(\.category)).sorted { names($0) < names($1) }
        var rank = [Int](repeating: 0, count: (categories.max() ?? 0) + 1)
        for (position, category) in categories.enumerated() { rank[category] = position }
        return included.sorted { ($0.dateKey, rank[$0.category]) < ($1.dateKey, rank[$1.category]) }
    }
}
