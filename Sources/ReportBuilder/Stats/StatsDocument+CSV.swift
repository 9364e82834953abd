import DataText
import Foundation

extension StatsDocument {
    /// The CSV rendering: one tidy long table with the header `section,key,date,measure,value`.
    ///
    /// `section` is the JSON path of the value's object (`membership`, `membership.trend`,
    /// `outputs.byType`, `reconciliation`...); `key` names the row within it (a region, a type, a lead, a
    /// file, a definition, or the 1-based position of a reconciled statement); `date` is the year or date
    /// the value is for (empty when none); `measure` is the JSON key; `value` is the number at full
    /// precision, `true`/`false`, or text; empty when not available. RFC 4180 quoting, LF line ends.
    public func csvText() -> String {
        let records = StatsCatalog.csvRecords(for: self).map { record in
            record.map { Self.csvField($0 ?? "") }.joined(separator: ",")
        }
        return (["section,key,date,measure,value"] + records).joined(separator: "\n") + "\n"
    }

    /// A CSV field (RFC 4180 quoting). A text that a spreadsheet would read as a formula (`=`, `+`, `-`,
    /// `@` first) gets a leading apostrophe; numbers the program writes (`-3`, `-0.5`) stay numbers.
    static func csvField(_ field: String) -> String {
        Double(field) != nil ? CSVCell.field(field) : CSVCell.text(field)
    }
}
