/// Outputs in one year, by category, with the running total.
public struct OutputYear: Hashable, Sendable {
    /// The calendar year.
    public var year: Int
    /// Outputs dated in the year.
    public var total: Int
    /// Outputs per category; every category asked for is present, with 0 where there were none.
    public var byCategory: [String: Int]
    /// Outputs from the first year of the range to this one, inclusive.
    public var cumulative: Int
}

/// Outputs per year by category, over a year range.
public enum OutputsByYear {
    /// One row per year of `years` (years without outputs filled with zeros), each with every category of
    /// `categories` and of the tally. Outputs dated outside the range are not counted, cumulatively either.
    public static func years(_ years: ClosedRange<Int>, tally: OutputTally, categories: [String]) -> [OutputYear] {
        let allCategories = Set(categories).union(tally.categories)
        // Built once: the tally assembles this dictionary on every access.
        let counts = tally.countsByYearAndCategory
        var cumulative = 0
        return years.map { year in
            var byCategory: [String: Int] = [:]
            for category in allCategories {
                byCategory[category] = counts[OutputTally.YearKey(year: year, name: category)] ?? 0
            }
            let total = byCategory.values.reduce(0, +)
            cumulative += total
            return OutputYear(year: year, total: total, byCategory: byCategory, cumulative: cumulative)
        }
    }
}
