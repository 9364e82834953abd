/// A byte-at-a-time UTF-8 validator whose state survives chunk boundaries.
///
/// Follows the well-formed byte sequences of Unicode 15 table 3-7: no overlong forms, no surrogates,
/// nothing above U+10FFFF. ASCII never reaches it: the reader's fast path handles ASCII itself.
struct UTF8Validator {
    /// Continuation bytes still expected for the current sequence.
    private(set) var pending = 0
    private var lower: UInt8 = 0x80
    private var upper: UInt8 = 0xBF

    enum Step { case ok, invalid }

    /// Whether no multi-byte sequence is open.
    @inline(__always) var isIdle: Bool { pending == 0 }

    /// Checks a byte ≥ 0x80.
    @inline(__always)
    mutating func consume(_ byte: UInt8) -> Step {
        if pending > 0 {
            guard byte >= lower, byte <= upper else {
                pending = 0
                lower = 0x80
                upper = 0xBF
                return .invalid
            }
            pending -= 1
            lower = 0x80
            upper = 0xBF
            return .ok
        }
        switch byte {
        case 0xC2...0xDF: pending = 1
        case 0xE0: pending = 2; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: pending = 2
        case 0xED: pending = 2; upper = 0x9F
        case 0xF0: pending = 3; lower = 0x90
        case 0xF1...0xF3: pending = 3
        case 0xF4: pending = 3; upper = 0x8F
        default: return .invalid
        }
        return .ok
    }

    /// An ASCII byte or the end of input: invalid if a sequence is open.
    @inline(__always)
    mutating func interrupt() -> Step {
        guard pending > 0 else { return .ok }
        pending = 0
        lower = 0x80
        upper = 0xBF
        return .invalid
    }
}
