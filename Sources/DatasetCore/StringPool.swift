/// Distinct strings stored once, by their UTF-8 bytes, numbered in first-seen order: `intern` gives a
/// string's number (the same bytes always the same number), `string(at:)` gives the string back.
///
/// Exact (bytes are compared on every hash match) and compact: one byte arena, one end offset per string and
/// a hash table of 32-bit numbers kept at most half full, so a million distinct 25-byte URLs take about
/// 45 MB where a `[String: Int]` takes three times that.
struct StringPool: Sendable {
    /// The bytes of every string back to back; string `i` is `arena[ends[i - 1]..<ends[i]]` (from 0 for `i` = 0).
    private var arena: [UInt8] = []
    private var ends: [Int] = []
    /// Open addressing, linear probing; -1 is empty.
    private var slots = [Int32](repeating: -1, count: 16)

    /// How many distinct strings there are.
    var count: Int { ends.count }

    /// The number of the string whose UTF-8 is `bytes`, adding it when new.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let (found, slot) = find(bytes)
        if let found { return found }
        let index = Int32(ends.count)
        slots[slot] = index
        arena.append(contentsOf: bytes)
        ends.append(arena.count)
        if ends.count * 2 > slots.count { rehash() }
        return index
    }

    /// The number of the string whose UTF-8 is `bytes`, nil when it is not in the pool.
    func number(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? { find(bytes).number }

    /// The number of `bytes` when present, and the slot where it is or would go.
    @inline(__always)
    private func find(_ bytes: UnsafeBufferPointer<UInt8>) -> (number: Int32?, slot: Int) {
        let mask = slots.count - 1
        var slot = Self.hash(bytes) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return (nil, slot) }
            if matches(index, bytes) { return (Int32(index), slot) }
            slot = (slot + 1) & mask
        }
    }

    /// The number of `text`, adding it when new.
    mutating func intern(_ text: String) -> Int32 {
        var text = text
        return text.withUTF8 { intern($0) }
    }

    /// String number `index`.
    func string(at index: Int32) -> String {
        let range = self.range(Int(index))
        return arena.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// Whether string number `index` has no bytes.
    func isEmpty(at index: Int32) -> Bool { range(Int(index)).isEmpty }

    private func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }

    @inline(__always)
    private func matches(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = self.range(index)
        guard range.count == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            for offset in 0..<bytes.count where stored[range.lowerBound + offset] != bytes[offset] { return false }
            return true
        }
    }

    private mutating func rehash() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        arena.withUnsafeBufferPointer { stored in
            for index in 0..<ends.count {
                var slot = Self.hash(UnsafeBufferPointer(rebasing: stored[range(index)])) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(index)
            }
        }
    }

    /// FNV-1a with a final mix: deterministic (no per-process seed), good enough for URLs and titles.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        return Int(truncatingIfNeeded: hash ^ (hash >> 33))
    }
}

/// Strings stored back to back, one per row, not deduplicated (titles): one arena and one end offset a row.
struct TextColumn: Sendable {
    private var arena: [UInt8] = []
    private var ends: [Int] = []

    var count: Int { ends.count }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        arena.append(contentsOf: bytes)
        ends.append(arena.count)
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    subscript(index: Int) -> String {
        let range = (index == 0 ? 0 : ends[index - 1])..<ends[index]
        return arena.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    mutating func reserveCapacity(rows: Int, bytes: Int) {
        ends.reserveCapacity(rows)
        arena.reserveCapacity(bytes)
    }
}
