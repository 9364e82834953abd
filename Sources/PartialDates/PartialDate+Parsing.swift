/// Why a text is not a `PartialDate`.
public enum PartialDateError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not of the form YYYY, YYYY-MM or YYYY-MM-DD.
    case malformed
    /// Year 0000 is not on the calendar used here.
    case yearOutOfRange(Int)
    /// A month outside 1...12.
    case monthOutOfRange(Int)
    /// A day that the month does not have (30 February, 31 April, 29 February 1900).
    case dayOutOfRange(day: Int, month: Int, year: Int)

    public var description: String {
        switch self {
        case .malformed:
            "expected a date as YYYY, YYYY-MM or YYYY-MM-DD"
        case .yearOutOfRange(let year):
            "year \(PartialDate.pad(year, 4)) is out of range; expected 0001 to 9999"
        case .monthOutOfRange(let month):
            "month \(PartialDate.pad(month, 2)) does not exist; expected 01 to 12"
        case .dayOutOfRange(let day, let month, let year):
            "\(PartialDate.pad(year, 4))-\(PartialDate.pad(month, 2))-\(PartialDate.pad(day, 2)) is not on the calendar; "
                + "\(monthName(month)) \(year) has \(DayNumber.daysIn(month: month, year: year)) days"
        }
    }

    private func monthName(_ month: Int) -> String {
        ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"][month - 1]
    }
}

extension PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nothing else (no spaces, no other separators).
    public static func parse(_ text: some StringProtocol) -> Result<PartialDate, PartialDateError> {
        var utf8 = Array(text.utf8)
        return utf8.withUnsafeMutableBufferPointer { parse(bytes: UnsafeBufferPointer($0)) }
    }

    /// Parses the UTF-8 bytes of `YYYY`, `YYYY-MM` or `YYYY-MM-DD` without making a String.
    public static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Result<PartialDate, PartialDateError> {
        func number(_ start: Int, _ count: Int) -> Int? {
            var value = 0
            for index in start..<(start + count) {
                let byte = bytes[index]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        let length = bytes.count
        guard length == 4 || length == 7 || length == 10, let year = number(0, 4) else { return .failure(.malformed) }
        var month: Int?
        var day: Int?
        if length >= 7 {
            guard bytes[4] == 0x2D, let parsed = number(5, 2) else { return .failure(.malformed) }
            month = parsed
        }
        if length == 10 {
            guard bytes[7] == 0x2D, let parsed = number(8, 2) else { return .failure(.malformed) }
            day = parsed
        }
        guard year >= 1 else { return .failure(.yearOutOfRange(year)) }
        if let month, !(1...12).contains(month) { return .failure(.monthOutOfRange(month)) }
        if let month, let day, day < 1 || day > DayNumber.daysIn(month: month, year: year) {
            return .failure(.dayOutOfRange(day: day, month: month, year: year))
        }
        return .success(PartialDate(year: year, month: month, day: day)!)
    }
}
