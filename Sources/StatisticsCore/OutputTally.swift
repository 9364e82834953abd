import PartialDates

/// A streaming accumulator of outputs: counts per (year, category), per (year, lead), and the dates of
/// the edition categories (for intervals between editions and the editions' timeline).
///
/// `add` does no allocation of its own beyond dictionary updates (a new key, or a new edition date for the
/// few edition categories), so a file of millions of rows can be streamed through it. Tallies of parts of a
/// file can be merged.
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
    public private(set) var countsByYearAndCategory: [YearKey: Int] = [:]
    /// Outputs per (year, lead), for outputs that name a lead.
    public private(set) var countsByYearAndLead: [YearKey: Int] = [:]
    /// Every output of an edition or interval category, in the order added.
    public private(set) var editions: [Edition] = []
    /// All outputs added.
    public private(set) var total = 0
    /// The earliest year of any output; nil when none was added.
    public private(set) var firstYear: Int?
    /// The latest year of any output; nil when none was added.
    public private(set) var lastYear: Int?

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
        countsByYearAndCategory[YearKey(year: year, name: category), default: 0] += 1
        if let lead, !lead.isEmpty { countsByYearAndLead[YearKey(year: year, name: lead), default: 0] += 1 }
        if editionCategories.contains(category) || intervalCategories.contains(category) {
            editions.append(Edition(date: date, category: category))
        }
    }

    /// Adds the counts of `other` (a tally of another part of the same data) to this one.
    public mutating func merge(_ other: OutputTally) {
        total += other.total
        if let year = other.firstYear, firstYear.map({ year < $0 }) ?? true { firstYear = year }
        if let year = other.lastYear, lastYear.map({ year > $0 }) ?? true { lastYear = year }
        countsByYearAndCategory.merge(other.countsByYearAndCategory, uniquingKeysWith: +)
        countsByYearAndLead.merge(other.countsByYearAndLead, uniquingKeysWith: +)
        editions += other.editions
    }

    /// The categories seen, sorted by name.
    public var categories: [String] { Set(countsByYearAndCategory.keys.map(\.name)).sorted() }

    /// Dates of the interval categories (for example the roadmap editions), sorted.
    public var intervalDates: [PartialDate] {
        editions.filter { intervalCategories.contains($0.category) }.map(\.date).sorted()
    }

    /// Editions of the edition categories (for example strategy and roadmap), sorted by date.
    public var timeline: [Edition] {
        editions.filter { editionCategories.contains($0.category) }.sorted { ($0.date, $0.category) < ($1.date, $1.category) }
    }
}
