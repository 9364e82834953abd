import StatisticsCore

extension StatsDocument {
    /// The most members stats.json's `roster` lists; a larger roster is written as `null` (not recorded),
    /// since it is a list for comparing builds, not a statistic, and 100,000 members made stats.json 9 MB.
    public static let rosterLimit = 20_000

    /// The most outputs stats.json's `outputList` lists; beyond, it is `null` (not recorded). `stats` streams
    /// outputs.csv and keeps at most this many entries, so its memory stays bounded.
    public static let outputListLimit = 20_000

    /// `entries` in the order `outputList` lists them: by date, then title.
    static func outputListOrder(_ entries: [OutputListEntry]) -> [OutputListEntry] {
        entries.sorted { ($0.date, $0.title) < ($1.date, $1.title) }
    }
}

extension StatsDocument.Outputs {
    /// The most entries `editions`, `supplements`, `roadmapIntervalDays.dates` and `.intervals` list in the
    /// JSON and CSV renderings: the latest ones. Their full numbers stay in `roadmapIntervalDays.count` and
    /// `.editions`; a million outputs with thousands of distinct edition dates must not make stats.json
    /// tens of megabytes (docs/stats-json.md).
    public static let listLimit = 1_000

    /// The latest `listLimit` editions.
    var listedEditions: ArraySlice<OutputTally.EditionCount> { editions.suffix(Self.listLimit) }
    /// The latest `listLimit` supplement dates.
    var listedSupplements: ArraySlice<DateCount> { supplements.suffix(Self.listLimit) }
    /// The latest `listLimit` distinct roadmap edition dates.
    var listedEditionDates: ArraySlice<DateCount> { roadmapIntervalDays.editions.suffix(Self.listLimit) }
    /// The latest `listLimit` intervals.
    var listedIntervals: ArraySlice<EditionSpacing.Interval> { roadmapIntervalDays.intervals.suffix(Self.listLimit) }
}
