#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fixed-point text for the numbers in Cairo attribute strings (PDF link rectangles, destinations).
///
/// C's `%.3f` under the "C" locale object, set for this thread only around the call: the same digits as
/// `String(format:locale: en_US_POSIX)`, without building a Foundation `Locale` (and loading ICU) per
/// number, which cost about 3 % of a whole report build.
enum CoordinateText {
    /// The "C" locale, made once; `nil` only if the C library cannot make it (then the process locale is used,
    /// which is "C" unless something called `setlocale`).
    private nonisolated(unsafe) static let cLocale: locale_t? = newlocale(1 << LC_NUMERIC, "C", nil)  // LC_NUMERIC_MASK

    /// `value` with three decimals and a `.` separator, e.g. `12.500`, `-0.125`.
    static func threeDecimals(_ value: Double) -> String {
        let previous = cLocale.map { uselocale($0) }
        defer { if let previous { uselocale(previous) } }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 352) { buffer -> String in
            let count = withVaList([value]) { vsnprintf(buffer.baseAddress, buffer.count, "%.3f", $0) }
            guard count > 0, Int(count) < buffer.count else { return "0.000" }
            return String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress, count: Int(count)), as: UTF8.self)
        }
    }
}
