import Foundation

/// Fixed-point text for numbers: axis labels and the coordinates in Cairo attribute strings (PDF link
/// rectangles, destinations).
///
/// The same text as `String(format: "%.Nf", locale: en_US_POSIX)`, which on Linux formats through ICU: the
/// value's shortest round-trip digits, rounded half to even at N decimals (so 3.265 gives "3.26" although the
/// double is 3.26500000000000012…, and the largest double prints its 17 digits and then zeros). Building a
/// Foundation `Locale` and an ICU formatter per number cost about 5 % of a whole report build; this works
/// on Swift's own shortest digits instead. Negative values that round to zero and non-finite values still go
/// through Foundation (rare, and their sign and symbols are ICU's choice).
enum FixedPointText {
    /// `value` with `decimals` decimals (at least 0) and a `.` separator, e.g. `12.500`, `-0.125`.
    static func format(_ value: Double, decimals: Int) -> String {
        let decimals = max(0, decimals)
        guard value.isFinite, value.sign == .plus || value != 0 else { return foundation(value, decimals) }
        var (digits, point) = shortestDigits(value.magnitude)
        round(&digits, point: &point, decimals: decimals)
        if value < 0, digits.allSatisfy({ $0 == 0 }) { return foundation(value, decimals) }
        var text: [UInt8] = value < 0 ? [UInt8(ascii: "-")] : []
        text.reserveCapacity(max(point, 1) + decimals + 2)
        if point <= 0 { text.append(UInt8(ascii: "0")) }
        for index in 0..<max(point, 0) { text.append(UInt8(ascii: "0") + (index < digits.count ? digits[index] : 0)) }
        if decimals > 0 {
            text.append(UInt8(ascii: "."))
            for index in point..<(point + decimals) {
                text.append(UInt8(ascii: "0") + (index >= 0 && index < digits.count ? digits[index] : 0))
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static func foundation(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", locale: Locale(identifier: "en_US_POSIX"), value)
    }

    /// The shortest round-trip digits of a finite `magnitude` ≥ 0 (Swift's `description`), as digit values,
    /// and the position of the decimal point: value = 0.d₀d₁d₂… × 10^point.
    static func shortestDigits(_ magnitude: Double) -> (digits: [UInt8], point: Int) {
        let text = Array(magnitude.description.utf8)
        let exponentStart = text.firstIndex(of: UInt8(ascii: "e"))
        var exponent = 0
        if let exponentStart {
            exponent = Int(String(decoding: text[(exponentStart + 1)...], as: UTF8.self)) ?? 0
        }
        var digits: [UInt8] = []
        var point: Int?
        for byte in text[..<(exponentStart ?? text.count)] {
            if byte == UInt8(ascii: ".") { point = digits.count } else { digits.append(byte - UInt8(ascii: "0")) }
        }
        var position = (point ?? digits.count) + exponent
        // Leading zeros ("0.0012") move the point, trailing ones ("25.0") carry nothing.
        while digits.count > 1, digits.first == 0 { digits.removeFirst(); position -= 1 }
        while digits.count > 1, digits.last == 0 { digits.removeLast() }
        return (digits, position)
    }

    /// Rounds the digits half to even so that at most `decimals` digits follow the point.
    private static func round(_ digits: inout [UInt8], point: inout Int, decimals: Int) {
        let keep = point + decimals
        guard keep < digits.count else { return }
        guard keep >= 0 else { digits = [0]; point = 1; return }
        let first = digits[keep]
        let tail = digits[(keep + 1)...].contains { $0 != 0 }
        let previousIsOdd = keep > 0 && digits[keep - 1] % 2 == 1
        let up = first > 5 || (first == 5 && (tail || previousIsOdd))
        digits.removeSubrange(keep...)
        if up {
            var index = keep - 1
            while index >= 0, digits[index] == 9 { digits[index] = 0; index -= 1 }
            if index >= 0 { digits[index] += 1 } else { digits.insert(1, at: 0); point += 1 }
        }
        if digits.isEmpty { digits = [0]; point = max(point, 1) }
    }
}
