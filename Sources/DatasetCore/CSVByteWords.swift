/// Finds the next byte the scanner must look at, eight bytes at a time (SWAR on a UInt64 word).
///
/// Most bytes of a CSV file are plain ASCII text: skipping them a word at a time is what keeps the
/// scanner's pass over every byte cheap.
enum CSVByteWords {
    /// The index of the first byte in `base[from..<count]` that is a comma, CR, LF, quote, NUL or not ASCII,
    /// or `count` when there is none. (Quotes are rare; the scanner stops at them only to know that a line
    /// holds one, see `CSVScanner.feedPlainLine`.)
    @inline(__always)
    static func nextSpecial(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
        var index = start
        while index &+ 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let mask = (word & highBits) | zeroBytes(word) | zeroBytes(word ^ commas)
                | zeroBytes(word ^ lineFeeds) | zeroBytes(word ^ carriageReturns) | zeroBytes(word ^ quotes)
            if mask != 0 { return index &+ (mask.trailingZeroBitCount >> 3) }
            index &+= 8
        }
        while index < count {
            let byte = base[index]
            if byte == 0 || byte >= 0x80 || byte == 0x2C || byte == 0x0A || byte == 0x0D || byte == 0x22 {
                return index
            }
            index &+= 1
        }
        return count
    }

    private static let quotes: UInt64 = 0x2222_2222_2222_2222
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let commas: UInt64 = 0x2C2C_2C2C_2C2C_2C2C
    private static let lineFeeds: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
    private static let carriageReturns: UInt64 = 0x0D0D_0D0D_0D0D_0D0D

    /// High bit set in the lowest zero byte of `word` (bytes above it may be flagged falsely, which
    /// `trailingZeroBitCount` ignores).
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101) & ~word & highBits
    }
}
