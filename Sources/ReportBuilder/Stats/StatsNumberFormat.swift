import Foundation

/// How numbers are written in the table and Markdown renderings.
///
/// Not available: "n/a". Negative numbers use the ASCII hyphen-minus (so copied text stays numeric), and a
/// value that rounds to zero is written without a sign ("0.00", never "-0.00"). Percentages carry two
/// decimals, shares one, days one; counts are integers.
enum StatsNumberFormat {
    /// The text for a missing value.
    static let notAvailable = "n/a"

    /// `value` with `decimals` decimals, or "n/a".
    static func decimal(_ value: Double?, _ decimals: Int) -> String {
        guard let value, value.isFinite else { return notAvailable }
        let text = String(format: "%.\(decimals)f", value)
        // "-0.00" → "0.00": a sign on a value shown as zero says nothing true.
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { return String(text.dropFirst()) }
        return text
    }

    /// A percentage with two decimals and a percent sign ("19.58 %"), or "n/a".
    static func percent(_ value: Double?) -> String {
        value == nil ? notAvailable : decimal(value, 2) + " %"
    }

    /// An integer, or "n/a".
    static func integer(_ value: Int?) -> String {
        value.map(String.init) ?? notAvailable
    }
}
