/// Counts per (year, name) for `OutputTally`, kept as rows of plain counters: one row of years per name.
///
/// A tally sees millions of outputs but a handful of names (categories, leads) and years. Hashing a
/// `YearKey` with its String per output was most of `isecg-report stats`' own cost; here a name is found
/// by its UTF-8 bytes in a small open-addressing table (`NameTable`) and counted with an array index.
/// The `[YearKey: Int]` view is built only when asked.
struct YearNameCounts: Sendable {
    private(set) var names = NameTable()
    /// rows[name][year - firstYear]
    private var rows: [[Int]] = []
    private var firstYear = 0
    private var hasCounts = false

    /// Counts `count` outputs of `year` under name number `index` (from `names.index(of:)`).
    @inline(__always)
    mutating func add(year: Int, name index: Int, count: Int = 1) {
        while rows.count <= index { rows.append([]) }
        if !hasCounts {
            firstYear = year
            hasCounts = true
        } else if year < firstYear {
            prependYears(firstYear - year)
        }
        let offset = year - firstYear
        if offset >= rows[index].count { rows[index] += repeatElement(0, count: offset - rows[index].count + 1) }
        rows[index][offset] += count
    }

    /// The index of `name`, adding it when new.
    @inline(__always)
    mutating func index(of name: String) -> Int { names.index(of: name) }

    /// Adds every count of `other`.
    mutating func merge(_ other: YearNameCounts) {
        for (key, count) in other.dictionary { add(year: key.year, name: index(of: key.name), count: count) }
    }

    /// The counts keyed by (year, name); only counts above 0.
    var dictionary: [OutputTally.YearKey: Int] {
        var result: [OutputTally.YearKey: Int] = [:]
        for (index, row) in rows.enumerated() {
            for (offset, count) in row.enumerated() where count > 0 {
                result[OutputTally.YearKey(year: firstYear + offset, name: names[index])] = count
            }
        }
        return result
    }

    private mutating func prependYears(_ count: Int) {
        for index in rows.indices where !rows[index].isEmpty {
            rows[index].insert(contentsOf: repeatElement(0, count: count), at: 0)
        }
        firstYear -= count
    }
}

/// Names numbered in order of appearance, found by their UTF-8 bytes: a hash of a few bytes and one
/// comparison, instead of String hashing (SipHash) per lookup.
struct NameTable: Sendable {
    private(set) var count = 0
    private var strings: [String] = []
    private var bytes: [[UInt8]] = []
    /// Open addressing, linear probing; -1 is empty. Kept at most half full.
    private var slots = [Int](repeating: -1, count: 16)

    subscript(index: Int) -> String { strings[index] }

    @inline(__always)
    mutating func index(of name: String) -> Int {
        var contiguous = name  // withUTF8 needs a mutable String; native Strings are not copied
        return contiguous.withUTF8 { utf8 in
            let mask = slots.count - 1
            var slot = Self.hash(utf8) & mask
            while true {
                let index = slots[slot]
                if index < 0 { return insert(name, utf8) }
                if bytes[index].withUnsafeBufferPointer({ Self.equal($0, utf8) }) { return index }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func insert(_ name: String, _ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        let index = count
        strings.append(name)
        bytes.append(Array(utf8))
        count += 1
        if count * 2 > slots.count {
            slots = [Int](repeating: -1, count: slots.count * 2)
            for (index, name) in bytes.enumerated() { place(index, name.withUnsafeBufferPointer(Self.hash)) }
        } else {
            place(index, Self.hash(utf8))
        }
        return index
    }

    private mutating func place(_ index: Int, _ hash: Int) {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = index
    }

    /// Byte equality without the generic `elementsEqual` (names are a few bytes long).
    @inline(__always)
    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        for index in 0..<a.count where a[index] != b[index] { return false }
        return true
    }

    /// FNV-1a.
    @inline(__always)
    private static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}
