import Foundation

/// How axis and value labels print numbers. Negative numbers use the minus sign U+2212.
public enum NumberFormat: Sendable, Hashable {
    /// Automatic decimals from the tick step, thousands separators.
    case automatic
    /// Fixed decimals with thousands separators ("1,234.5").
    case decimal(Int)
    /// Whole numbers with thousands separators.
    case integer
    /// Years: no separators, no decimals ("2024").
    case year
    /// Percent with a no-break space before the sign ("22.7 %"); the value is already in percent.
    case percent(decimals: Int)

    /// Formats one value; `stepDecimals` is used by `.automatic`.
    public func format(_ value: Double, stepDecimals: Int = 0) -> String {
        switch self {
        case .automatic: return NumberFormat.grouped(value, decimals: stepDecimals)
        case .decimal(let d): return NumberFormat.grouped(value, decimals: d)
        case .integer: return NumberFormat.grouped(value, decimals: 0)
        case .year:
            let y = Int(value.rounded())
            return y < 0 ? "\u{2212}\(-y)" : "\(y)"
        case .percent(let d): return NumberFormat.grouped(value, decimals: d) + "\u{00A0}%"
        }
    }

    /// Thousands separators (",") and the minus sign (−); "−0" is printed as "0".
    public static func grouped(_ value: Double, decimals: Int) -> String {
        let text = FixedPointText.format(abs(value), decimals: decimals)
        let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
        var integer = parts[0]
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer.removeLast(3)
        }
        groups.insert(integer, at: 0)
        var result = groups.joined(separator: ",")
        if parts.count > 1 { result += "." + parts[1] }
        let isZero = result.allSatisfy { $0 == "0" || $0 == "." || $0 == "," }
        return value < 0 && !isZero ? "\u{2212}" + result : result
    }
}
