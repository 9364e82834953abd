import PartialDates

/// The rows of outputs.csv, stored by column: a collection of `Output` values that keeps a million rows in
/// about a third of the memory an `[Output]` needs (titles in one byte arena, leads, series and source URLs
/// numbered once each, dates in 8 bytes). Reading an element makes its Strings; the columns the statistics
/// and the report scan over every row (`row(at:)`, `date(at:)`, `sourceURLNumber(at:)`) make none.
public struct OutputList: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable {
    /// A date in 8 bytes; month and day 0 when unknown. A year outside 32 bits (only a year-only date can have
    /// one) is not stored here: `init` fails and the list keeps that date whole in `otherDates`.
    private struct CompactDate: Sendable {
        let year: Int32
        let month: UInt8
        let day: UInt8

        init?(_ date: PartialDate) {
            guard let year = Int32(exactly: date.year) else { return nil }
            self.year = year
            month = UInt8(date.month ?? 0)  // 1...12 for a date with a month
            day = UInt8(date.day ?? 0)  // 1...31 for a date with a day
        }

        /// Stands for a date kept in `otherDates`.
        static let elsewhere = CompactDate(year: Int32.min)

        private init(year: Int32) { self.year = year; month = 0; day = 0 }

        var date: PartialDate {
            let year = Int(self.year)
            // A month or day date was valid when stored, so it is again; a year-only date needs no check.
            return PartialDate(year: year, month: month == 0 ? nil : Int(month), day: day == 0 ? nil : Int(day))
                ?? PartialDate(year: year)
        }
    }

    private var dates: [CompactDate] = []
    private var otherDates: [Int: PartialDate] = [:]
    private var types: [OutputType] = []
    private var titles = TextColumn()
    /// Numbers into `names` (leads and series); -1 for none.
    private var leads: [Int32] = []
    private var series: [Int32] = []
    private var names = StringPool()
    /// Numbers into `urls`; -1 for none.
    private var sourceURLs: [Int32] = []
    private var urls = StringPool()
    /// Each row's line, when it fits 32 bits and the row is in `file` at column 1 (as every row read from a file is);
    /// `UInt32.max` otherwise, and its location is in `otherLocations`.
    private var lines: [UInt32] = []
    private var file: String?
    private var otherLocations: [Int: SourceLocation] = [:]

    public init() {}

    public init<S: Sequence>(_ outputs: S) where S.Element == Output {
        self.init()
        for output in outputs { append(output) }
    }

    public init(arrayLiteral elements: Output...) {
        self.init(elements)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { dates.count }

    /// Row `position` as an `Output` (its Strings made now).
    public subscript(position: Int) -> Output {
        Output(date: date(at: position), type: types[position], title: titles[position],
               lead: name(leads[position]), series: name(series[position]),
               sourceURL: sourceURLs[position] < 0 ? nil : urls.string(at: sourceURLs[position]),
               location: location(at: position))
    }

    /// Row `position` without its title, series and source: what the statistics read.
    public func row(at position: Int) -> OutputRow {
        OutputRow(date: date(at: position), type: types[position], lead: name(leads[position]))
    }

    /// The date of row `position`.
    public func date(at position: Int) -> PartialDate {
        let date = dates[position]
        if date.year == Int32.min, let other = otherDates[position] { return other }
        return date.date
    }

    /// The type of row `position`.
    public func type(at position: Int) -> OutputType { types[position] }

    /// The number of row `position`'s source URL among the distinct ones (`sourceURL(number:)`), nil when it has none.
    /// Numbers follow the order in which the URLs first appear.
    public func sourceURLNumber(at position: Int) -> Int? {
        sourceURLs[position] < 0 ? nil : Int(sourceURLs[position])
    }

    /// The number of source URL `url` among the distinct ones, nil when no row cites it.
    public func sourceURLNumber(of url: String) -> Int? {
        var url = url
        return url.withUTF8 { urls.number(of: $0) }.map(Int.init)
    }

    /// How many distinct source URLs the rows cite.
    public var distinctSourceURLCount: Int { urls.count }

    /// Distinct source URL number `number` (0 ..< `distinctSourceURLCount`).
    public func sourceURL(number: Int) -> String { urls.string(at: Int32(number)) }

    /// The title of row `position`.
    public func title(at position: Int) -> String { titles[position] }

    /// The lead of row `position`, nil when none is named.
    public func lead(at position: Int) -> String? { name(leads[position]) }

    /// Where row `position` starts.
    public func location(at position: Int) -> SourceLocation {
        if lines[position] == UInt32.max, let location = otherLocations[position] { return location }
        return SourceLocation(file: file ?? "", line: Int(lines[position]), column: 1)
    }

    /// Every row's date, made on the way (no `Output` is made).
    public var allDates: LazyMapSequence<Range<Int>, PartialDate> {
        (0..<count).lazy.map { self.date(at: $0) }
    }

    /// The rows that `include` accepts by type and date, as `Output`s in file order; the others make no Strings.
    public func outputs(where include: (OutputType, PartialDate) -> Bool) -> [Output] {
        indices.filter { include(types[$0], date(at: $0)) }.map { self[$0] }
    }

    /// Appends `output`.
    public mutating func append(_ output: Output) {
        var title = output.title
        title.withUTF8 { titleBytes in
            append(date: output.date, type: output.type, title: titleBytes, lead: output.lead,
                   series: output.series.map { names.intern($0) } ?? -1,
                   sourceURL: output.sourceURL.flatMap { $0.isEmpty ? nil : urls.intern($0) } ?? -1,
                   location: output.location)
        }
    }

    /// Appends a row read from outputs.csv straight from its field bytes (empty series or source: none).
    mutating func append(date: PartialDate, type: OutputType, title: UnsafeBufferPointer<UInt8>, lead: String?,
                         series: UnsafeBufferPointer<UInt8>?, sourceURL: UnsafeBufferPointer<UInt8>?,
                         location: SourceLocation) {
        append(date: date, type: type, title: title, lead: lead,
               series: series.flatMap { $0.isEmpty ? nil : names.intern($0) } ?? -1,
               sourceURL: sourceURL.flatMap { $0.isEmpty ? nil : urls.intern($0) } ?? -1, location: location)
    }

    private mutating func append(date: PartialDate, type: OutputType, title: UnsafeBufferPointer<UInt8>, lead: String?,
                                 series: Int32, sourceURL: Int32, location: SourceLocation) {
        if let compact = CompactDate(date), compact.year != Int32.min {
            dates.append(compact)
        } else {
            otherDates[dates.count] = date
            dates.append(.elsewhere)
        }
        types.append(type)
        titles.append(title)
        leads.append(lead.map { names.intern($0) } ?? -1)
        self.series.append(series)
        sourceURLs.append(sourceURL)
        if file == nil { file = location.file }
        if location.file == file, location.column == 1, location.line >= 0, location.line < Int(UInt32.max) {
            lines.append(UInt32(location.line))
        } else {
            otherLocations[lines.count] = location
            lines.append(UInt32.max)
        }
    }

    private func name(_ number: Int32) -> String? {
        number < 0 ? nil : names.string(at: number)
    }
}
