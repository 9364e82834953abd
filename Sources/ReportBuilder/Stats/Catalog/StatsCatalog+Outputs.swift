import StatisticsCore

extension StatsCatalog {
    /// `outputs`: per year by type, roadmap spacing, editions, supplements, leads.
    static var outputs: [any StatisticSection] {
        [
            Group<OutputYear>(
                path: "outputs.years[]", shape: .array, meaning: "One object per year of the range; years without "
                    + "outputs have zeros.",
                rows: { $0.outputs.years }, csvDate: { "\($1.year)" },
                fields: [
                    .int("year", label: "Year", csv: .none, "Calendar year.") { $0.year },
                    .int("total", label: "Total", "Outputs dated in the year (a partial date counts in its year).") {
                        $0.total
                    },
                    .int("cumulative", label: "Cumulative", "Outputs from `firstYear` to this year; outputs before the "
                        + "range are not counted.") { $0.cumulative },
                    .named("byType", measure: "outputs", "Outputs per type, every type of `outputs.types` present (0 "
                        + "where none).", names: { $0.outputs.types }, value: { .int($0.byCategory[$1] ?? 0) },
                        json: { $0.byCategory.mapValues(StatisticValue.int) }),
                ],
                table: .init(title: { _ in "Outputs by year and type" }, columns: ["year", "byType", "total", "cumulative"])),
            Group<StatsDocument.Outputs>.object("outputs.roadmapIntervalDays", { $0.outputs }, spacingFields),
            Group<EditionSpacing.Interval>(
                path: "outputs.roadmapIntervalDays.intervals[]", shape: .array,
                meaning: "Each interval in the order of the editions' middles, the latest 1,000 at most",
                documentsFields: false, rows: { Array($0.outputs.listedIntervals) },
                csvKey: { _, _, interval in "\(interval.from)/\(interval.to)" }, csvDate: { $1.to.description },
                fields: [
                    .text("from", csv: .none, "date as written") { $0.from.description },
                    .text("to", csv: .none, "date as written; equal to `from` for editions sharing a date") {
                        $0.to.description
                    },
                    .number("days", "between middles") { $0.days },
                    .int("shortest", "the shortest length the dates allow") { $0.shortest },
                    .int("longest", "the longest") { $0.longest },
                    .int("count", "1, or the repeats of one date") { $0.count },
                ]),
            Group<DateCount>(
                path: "outputs.supplements[]", shape: .array,
                meaning: "Supplements up to the end of the report year, listed beside the editions, the latest 1,000 at "
                    + "most", documentsFields: false, rows: { Array($0.outputs.listedSupplements) },
                csvDate: { $1.date.description },
                fields: [
                    .text("date", csv: .none, "as written") { $0.date.description },
                    .int("count", "how many share it") { $0.count },
                ]),
            Group<OutputTally.EditionCount>(
                path: "outputs.editions[]", shape: .array,
                meaning: "Strategy and roadmap outputs up to the end of the report year, one entry per distinct "
                    + "(`date`, `type`), by date then type; its length grows with the distinct dates, not with the rows "
                    + "of outputs.csv; the latest 1,000 at most", documentsFields: false,
                rows: { Array($0.outputs.listedEditions) }, csvKey: { _, _, edition in edition.category },
                csvDate: { $1.date.description },
                fields: [
                    .text("date", csv: .none, "as written") { $0.date.description },
                    .text("type", "the output type") { $0.category },
                    .int("count", "how many outputs have that date and type: 1 unless the data repeats one") { $0.count },
                ]),
            Group<LeadCount>(
                path: "outputs.byLead[]", shape: .array,
                meaning: "Outputs in the range that name a lead, by count (descending) then name", documentsFields: false,
                rows: { $0.outputs.byLead }, csvKey: { _, _, lead in lead.lead },
                fields: [
                    .text("lead", label: "Lead", csv: .none, "the lead") { $0.lead },
                    .int("outputs", label: "Outputs", "its outputs") { $0.outputs },
                ],
                table: .init(title: { _ in "Outputs per lead" },
                             note: { $0.outputs.byLead.isEmpty ? "No output names a lead." : nil })),
            Group<StatsDocument.Outputs>.object("outputs", { $0.outputs }, [
                .texts("types", "Output types, the eight of the schema in schema order, then any other seen.") { $0.types },
                .optionalNumber("perMemberYear", label: "Outputs per member-year", format: .decimal(4),
                                "Outputs in the range / sum of year-end members over the range.") { $0.perMemberYear },
            ]),
        ]
    }

    private static var spacingFields: [Field<StatsDocument.Outputs>] {
        [
            .int("count", label: "Roadmap intervals", "Intervals between consecutive roadmap editions dated up to the end "
                + "of the report year (editions − 1, or 0). Supplements (type `supplement`) are never counted.") {
                $0.roadmapIntervalDays.intervalCount
            },
            .int("editions", label: "Roadmap editions (supplements not counted)", "The roadmap editions counted.") {
                $0.roadmapIntervalDays.editionCount
            },
            .optionalNumber("mean", label: "Mean days between roadmap editions", format: .decimal(1), "Mean interval in "
                + "days, each date taken at the middle of its period (a month's or year's middle day, half days "
                + "possible); null without an interval.") { $0.roadmapIntervalDays.meanDays },
            .optionalNumber("median", label: "Median days between roadmap editions", format: .decimal(1),
                            "Median interval in days, dates taken the same way; null without an interval.") {
                $0.roadmapIntervalDays.medianDays
            },
            .int("impreciseDates", label: "Imprecise roadmap dates (taken at the middle)", "How many of the editions have "
                + "a date known only to the month or year (each edition counted).") { $0.roadmapIntervalDays.impreciseEditions },
            .optionalNumber("daysSinceLast", label: "Days since the last roadmap edition", format: .decimal(1),
                            "Days from the middle of the last edition's date to 31 December of the report year.") {
                $0.roadmapIntervalDays.daysSinceLast
            },
            .optionalInt("daysSinceLastShortest", "The fewest days since the last edition its date allows.") {
                $0.roadmapIntervalDays.daysSinceLastRange?.lowerBound
            },
            .optionalInt("daysSinceLastLongest", "The most days since the last edition its date allows (equal to the "
                + "fewest for an exact date).") { $0.roadmapIntervalDays.daysSinceLastRange?.upperBound },
            .texts("dates", "The distinct roadmap edition dates, as written, sorted; the latest 1,000 at most (see Long "
                + "lists).") { $0.listedEditionDates.map(\.date.description) },
        ]
    }
}
