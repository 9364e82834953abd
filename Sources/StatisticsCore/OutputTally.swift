import PartialDates

/// A streaming accumulator of outputs: counts per (year, category), per (year, lead), and the dates of
/// the edition categories (for intervals between editions and the editions' timeline).
///
/// `add` does no allocation of its own except for a new category, lead or year, or a new distinct
/// (date, category) of the few edition categories, so a file of millions of rows can be streamed through
/// it in bounded memory: counts are array cells found by the name's bytes (`YearNameCounts`), not
/// String-keyed dictionary entries; editions are counted per distinct (date, category)
/// (`EditionHistogram`), never kept one per row; the dictionaries and arrays below are built when asked.
/// Tallies of parts of a file can be merged.
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

    /// The outputs of an edition category (for example roadmap editions) that share one date: the date,
    /// the category and how many there are.
    public struct EditionCount: Hashable, Sendable {
        /// Their date, as written.
        public var date: PartialDate
        /// Their category.
        public var category: String
        /// How many outputs of `category` have exactly this `date` (1 or more).
        public var count: Int

        /// Creates an edition count.
        public init(date: PartialDate, category: String, count: Int = 1) {
            self.date = date
            self.category = category
            self.count = count
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
    /// Outputs of the edition and interval categories added.
    public var editionTotal: Int { editionCounts.total }
    /// Distinct (date, category) pairs among them: what their memory grows with.
    public var distinctEditionCount: Int { editionCounts.distinctCount }
    /// All outputs added.
    public private(set) var total = 0
    /// The earliest year of any output; nil when none was added.
    public private(set) var firstYear: Int?
    /// The latest year of any output; nil when none was added.
    public private(set) var lastYear: Int?

    // Storage for millions of `add`s: counters indexed by name number and year, and editions counted per
    // distinct (date, category), so memory is bounded by the names, years and distinct dates, not rows.
    // The public dictionaries and arrays above are built from them when asked.
    private var categoryCounts = YearNameCounts()
    private var leadCounts = YearNameCounts()
    private var editionCounts = EditionHistogram()
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
        if keepsEditions[categoryIndex] { editionCounts.add(date, category: categoryIndex) }
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
        editionCounts.merge(other.editionCounts) { mapped[$0] }
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

    /// The distinct dates of the interval categories (for example the roadmap editions), sorted, each with
    /// how many outputs of those categories have it. Its size is the number of distinct dates, not of rows.
    public var intervalDateCounts: [DateCount] {
        var result: [DateCount] = []
        var lastDate: UInt64?
        for entry in sortedEditions(of: intervalCategories) {
            // Entries of one date are adjacent (several interval categories on one date make one count).
            if entry.dateKey == lastDate {
                result[result.count - 1].count += entry.count
            } else {
                result.append(DateCount(date: entry.date, count: entry.count))
                lastDate = entry.dateKey
            }
        }
        return result
    }

    /// The editions of the edition categories (for example strategy and roadmap): one per distinct
    /// (date, category), sorted by date then category name, with how many outputs share it.
    public var timeline: [EditionCount] {
        let names = categoryCounts.names
        return sortedEditions(of: editionCategories).map {
            EditionCount(date: $0.date, category: names[$0.category], count: $0.count)
        }
    }

    private func sortedEditions(of categories: Set<String>) -> [EditionHistogram.Entry] {
        let names = categoryCounts.names
        let included = (0..<names.count).map { categories.contains(names[$0]) }
        return editionCounts.sorted(names: { names[$0] }, where: { included[$0] })
    }
}
