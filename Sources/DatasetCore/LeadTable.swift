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
    /// The bytes of every stored lead; entry `i` is pool string `i`.
    private var pool = StringPool()
    /// Makes the entry of a lead not yet seen: its String and warning.
    private let makeEntry: (String) -> Entry

    init(makeEntry: @escaping (String) -> Entry) {
        self.makeEntry = makeEntry
    }

    var count: Int { entries.count }

    /// The entry of the lead whose UTF-8 (as read) is `bytes`.
    @inline(__always)
    mutating func entry(_ bytes: UnsafeBufferPointer<UInt8>) -> Entry {
        if let number = pool.number(of: bytes) { return entries[Int(number)] }
        let entry = makeEntry(String(decoding: bytes, as: UTF8.self))
        guard entries.count < Self.capacity else { return entry }
        _ = pool.intern(bytes)
        entries.append(entry)
        return entry
    }
}
