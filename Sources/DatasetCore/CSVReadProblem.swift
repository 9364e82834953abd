/// A problem the CSV reader found, with its place. Rich inside the module; `message` is what users read.
struct CSVReadProblem: Equatable {
    enum Kind: Equatable {
        /// The file starts with a UTF-16 byte order mark.
        case utf16
        /// A byte sequence that is not UTF-8; `byte` is the first offending byte.
        case invalidUTF8(byte: UInt8)
        case nulByte
        /// A `"` inside a field that did not start with one.
        case quoteInUnquotedField
        /// Something other than a delimiter or line end after a closing quote.
        case textAfterClosingQuote(byte: UInt8)
        /// The file ended inside a quoted field; the position is the opening quote.
        case unterminatedQuote
        case fieldTooLong(limit: Int)
        case recordTooLong(limit: Int)
        case tooManyFields(limit: Int)
        /// libcsv failed otherwise.
        case libcsv(String)
        /// The file could not be read (read(2) failed).
        case io(String)
    }

    let kind: Kind
    let line: Int
    let column: Int

    /// Whether the reader stops reading the file after this problem.
    var stopsReading: Bool {
        switch kind {
        case .utf16, .fieldTooLong, .recordTooLong, .tooManyFields, .libcsv, .io: true
        case .invalidUTF8, .nulByte, .quoteInUnquotedField, .textAfterClosingQuote, .unterminatedQuote: false
        }
    }

    /// Where the problem sorts among others at the same place: an encoding problem before a quoting one
    /// (the reader may find them in either order, depending on where its read chunks end).
    var sortRank: Int {
        switch kind {
        case .utf16, .invalidUTF8, .nulByte: 0
        default: 1
        }
    }

    var message: String {
        switch kind {
        case .utf16:
            "file is UTF-16; expected UTF-8"
        case .invalidUTF8(let byte):
            "invalid UTF-8 (byte 0x\(hex(byte))); the file must be UTF-8"
                + (byte >= 0xA0 ? " (is it Latin-1 or Windows-1252?)" : "")
        case .nulByte:
            "NUL byte; a CSV file must be text"
        case .quoteInUnquotedField:
            "quote inside an unquoted field; quote the whole field and double any quote inside it"
        case .textAfterClosingQuote(let byte):
            "unexpected \(describe(byte)) after a closing quote; expected ',' or the end of the line"
        case .unterminatedQuote:
            "quoted field is not closed before the end of the file; expected a closing '\"'"
        case .fieldTooLong(let limit):
            "field is longer than \(limit) bytes (\(limit >> 20) MiB); the rest of the file is not read"
        case .recordTooLong(let limit):
            "record is longer than \(limit) bytes (\(limit >> 20) MiB); the rest of the file is not read"
        case .tooManyFields(let limit):
            "record has more than \(limit) fields; the rest of the file is not read"
        case .libcsv(let reason):
            "CSV parser failed: \(reason)"
        case .io(let reason):
            "cannot read: \(reason)"
        }
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }

    private func describe(_ byte: UInt8) -> String {
        if byte >= 0x21, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte == 0x20 { return "space" }
        if byte == 0x09 { return "tab" }
        return "byte 0x\(hex(byte))"
    }
}
