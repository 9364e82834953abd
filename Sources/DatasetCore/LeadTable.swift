/// Leads of outputs.csv interned by their bytes: each distinct lead becomes a String once, with whether
/// it is a member acronym and, when not, its warning text, so a row's lead costs a short hash and one
/// byte comparison instead of a new String, a `Set<String>` lookup (SipHash) and, for a non-member, a
/// new suggestion search.
///
/// Bounded: after `capacity` distinct leads, further new ones are not stored and are made and checked per
/// row as before (same Strings, same diagnostics), so a file of unique leads cannot grow it without end.
struct LeadTable {
    /// One interned lead.
    struct Entry {
        let name: String
        /// The warning for a lead that is not a member acronym; nil for a member.
        let warning: String?
    }

    static let capacity = 10_000

    private var entries: [Entry] = []
    /// The bytes of every entry back to back; entry `i` is `arena[starts[i]..<starts[i + 1]]`.
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    /// Open addressing, linear probing; -1 is empty. Kept at most half full.
    private var slots = [Int32](repeating: -1, count: 64)
    /// Makes the entry of a lead not yet seen: its String and warning.
    private let makeEntry: (String) -> Entry

    init(makeEntry: @escaping (String) -> Entry) {
        self.makeEntry = makeEntry
    }

    var count: Int { entries.count }

    /// The entry of the lead whose UTF-8 (as read) is `bytes`.
    @inline(__always)
    mutating func entry(_ bytes: UnsafeBufferPointer<UInt8>) -> Entry {
        let mask = slots.count - 1
        var slot = Self.hash(bytes) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { break }
            if matches(index, bytes) { return entries[index] }
            slot = (slot + 1) & mask
        }
        let entry = makeEntry(String(decoding: bytes, as: UTF8.self))
        guard entries.count < Self.capacity else { return entry }
        slots[slot] = Int32(entries.count)
        entries.append(entry)
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        if entries.count * 2 > slots.count { rehash() }
        return entry
    }

    @inline(__always)
    private func matches(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[index]
        guard starts[index + 1] - start == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            for offset in 0..<bytes.count where stored[start + offset] != bytes[offset] { return false }
            return true
        }
    }

    private mutating func rehash() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for index in entries.indices {
            let hash = arena.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[starts[index]..<starts[index + 1]])) }
            var slot = hash & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    /// FNV-1a (leads are a few bytes long).
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}
