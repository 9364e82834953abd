import PartialDates

/// A streaming accumulator of outputs: counts per (year, category), per (year, lead), and the dates of
/// the edition categories (for intervals between editions and the editions' timeline).
///
/// `add` does no allocation of its own except for a new category, lead or year, or a new edition date of
/// the few edition categories (16 bytes each), so a file of millions of rows can be streamed through it:
/// counts are array cells found by the name's bytes (`YearNameCounts`), not String-keyed dictionary
/// entries, and the dictionaries and arrays below are built when asked. Tallies of parts of a file can
/// be merged.
///
/// ```swift
/// var tally = OutputTally()
/// for row in rows { tally.add(date: row.date, category: row.type.rawValue, lead: row.lead) }
/// ```
public struct OutputTally: Sendable {
    /// A (year, name) key of the counts.
    public struct YearKey: Hashable, Sendable {
        /// The calendar year.
        public var year: Int
        /// The category or lead.
        public var name: String

        /// Creates a key.
        public init(year: Int, name: String) {
            self.year = year
            self.name = name
        }
    }

    /// One dated output of an edition category (for example a roadmap edition).
    public struct Edition: Hashable, Sendable {
        /// Its date.
        public var date: PartialDate
        /// Its category.
        public var category: String

        /// Creates an edition.
        public init(date: PartialDate, category: String) {
            self.date = date
            self.category = category
        }
    }

    /// Categories whose consecutive dates give the intervals between editions (default: `roadmap`).
    public let intervalCategories: Set<String>
    /// Categories whose dates are kept for a timeline (default: `strategy` and `roadmap`).
    public let editionCategories: Set<String>
    /// Outputs per (year, category).
    public var countsByYearAndCategory: [YearKey: Int] { categoryCounts.dictionary }
    /// Outputs per (year, lead), for outputs that name a lead.
    public var countsByYearAndLead: [YearKey: Int] { leadCounts.dictionary }
    /// Every output of an edition or interval category, in the order added.
    public var editions: [Edition] {
        editionLog.entries.map { Edition(date: EditionLog.date($0), category: categoryCounts.names[Int($0.category)]) }
    }
    /// All outputs added.
    public private(set) var total = 0
    /// The earliest year of any output; nil when none was added.
    public private(set) var firstYear: Int?
    /// The latest year of any output; nil when none was added.
    public private(set) var lastYear: Int?

    // Storage for millions of `add`s: counters indexed by name number and year, and compact editions.
    // The public dictionaries and arrays above are built from them when asked.
    private var categoryCounts = YearNameCounts()
    private var leadCounts = YearNameCounts()
    private var editionLog = EditionLog()
    /// Per category number: whether its outputs are kept as editions.
    private var keepsEditions: [Bool] = []

    /// Creates an empty tally that keeps the dates of `editionCategories` and `intervalCategories`.
    public init(intervalCategories: Set<String> = ["roadmap"], editionCategories: Set<String> = ["strategy", "roadmap"]) {
        self.intervalCategories = intervalCategories
        self.editionCategories = editionCategories
    }

    /// A tally of `events`.
    public init(_ events: some Sequence<OutputEvent>, intervalCategories: Set<String> = ["roadmap"],
                editionCategories: Set<String> = ["strategy", "roadmap"]) {
        self.init(intervalCategories: intervalCategories, editionCategories: editionCategories)
        for event in events { add(date: event.date, category: event.category, lead: event.lead) }
    }

    /// Counts one output.
    public mutating func add(date: PartialDate, category: String, lead: String?) {
        let year = date.year
        total += 1
        if firstYear.map({ year < $0 }) ?? true { firstYear = year }
        if lastYear.map({ year > $0 }) ?? true { lastYear = year }
        let categoryIndex = self.categoryIndex(category)
        categoryCounts.add(year: year, name: categoryIndex)
        if let lead, !lead.isEmpty { leadCounts.add(year: year, name: leadCounts.index(of: lead)) }
        if keepsEditions[categoryIndex] { editionLog.append(date, category: categoryIndex) }
    }

    /// Adds the counts of `other` (a tally of another part of the same data) to this one.
    public mutating func merge(_ other: OutputTally) {
        total += other.total
        if let year = other.firstYear, firstYear.map({ year < $0 }) ?? true { firstYear = year }
        if let year = other.lastYear, lastYear.map({ year > $0 }) ?? true { lastYear = year }
        categoryCounts.merge(other.categoryCounts)
        leadCounts.merge(other.leadCounts)
        let names = other.categoryCounts.names
        var mapped: [Int] = []
        for index in 0..<names.count { mapped.append(categoryIndex(names[index])) }
        editionLog.append(contentsOf: other.editionLog) { mapped[$0] }
    }

    /// The number of `category`, numbering it (and noting whether it keeps editions) when new.
    @inline(__always)
    private mutating func categoryIndex(_ category: String) -> Int {
        let index = categoryCounts.index(of: category)
        if index == keepsEditions.count {
            keepsEditions.append(editionCategories.contains(category) || intervalCategories.contains(category))
        }
        return index
    }

    /// The categories seen, sorted by name.
    public var categories: [String] { Set(countsByYearAndCategory.keys.map(\.name)).sorted() }

    /// Dates of the interval categories (for example the roadmap editions), sorted.
    public var intervalDates: [PartialDate] {
        var dates: [PartialDate] = []
        dates.reserveCapacity(editionLog.entries.count)
        sortedEditions(of: intervalCategories) { entry, count in
            dates += repeatElement(EditionLog.date(entry), count: count)
        }
        return dates
    }

    /// Editions of the edition categories (for example strategy and roadmap), sorted by date.
    public var timeline: [Edition] {
        var timeline: [Edition] = []
        timeline.reserveCapacity(editionLog.entries.count)
        sortedEditions(of: editionCategories) { entry, count in
            let edition = Edition(date: EditionLog.date(entry), category: categoryCounts.names[Int(entry.category)])
            timeline += repeatElement(edition, count: count)
        }
        return timeline
    }

    private func sortedEditions(of categories: Set<String>, _ body: (EditionLog.Entry, Int) -> Void) {
        let names = categoryCounts.names
        let included = (0..<names.count).map { categories.contains(names[$0]) }
        editionLog.sorted(names: { names[$0] }, where: { included[$0] }, body)
    }
}
