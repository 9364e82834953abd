import StatisticsCore

extension StatsCatalog {
    /// The document's own keys: layout version, generator, years.
    static var report: [any StatisticSection] {
        [
            Group<StatsDocument>.object("", { $0 }, [
                .int("schemaVersion", label: "Schema version", "The layout of this document: 2 since the count forecast, "
                    + "edition spacing, correlation of changes and reconciliation counts (2026-12-02); raised whenever a "
                    + "key changes meaning or moves.") { _ in StatsDocument.schemaVersion },
                .text("generator", label: "Generator", "The program and version that wrote the document "
                    + "(`\"isecg-report 0.1.0\"`).") { _ in Generator.nameAndVersion },
                .optionalInt("reportYear", label: "Report year", "The report year: `--year`, or the latest year of any "
                    + "`joined`, output or reported-count date (never the clock; `left` does not extend it). Null only "
                    + "without any date.") { $0.reportYear },
                .optionalInt("firstYear", "The first join year; the range of every per-year list is "
                    + "`firstYear...reportYear`.") { $0.firstYear },
            ]),
        ]
    }

    /// `correlation`: levels and year-over-year changes, and the verdict they support.
    static var correlation: [any StatisticSection] {
        [
            Group<StatsDocument.CorrelationSection>.object("correlation", { $0.correlation }, [
                .text("between", csv: .none, "`\"year-end members and outputs per year\"`.") { $0.between },
                .optionalNumber("pearson", label: "Pearson r (members, outputs per year)", "Pearson's r over the years of "
                    + "the range; null when not meaningful.") { $0.result.pearson },
                .optionalNumber("spearman", label: "Spearman rho (members, outputs per year)", "Spearman's rho (average "
                    + "ranks for ties) over the years of the range; null when not meaningful.") { $0.result.spearman },
                .int("n", label: "Correlation n", "Number of years.") { $0.result.n },
                .bool("meaningful", "False when `n < 3` or either series is constant.") { $0.result.meaningful },
            ]),
            Group<ChangeCorrelation>.object("correlation.changes", { $0.correlation.both }, [
                .optionalNumber("pearson", label: "Pearson r of year-over-year changes", "Pearson's r of the year-over-year "
                    + "changes of both series (first differences), which take the common trend out.") { $0.changes.pearson },
                .optionalNumber("spearman", label: "Spearman rho of year-over-year changes", "Spearman's rho of the "
                    + "year-over-year changes.") { $0.changes.spearman },
                .int("n", label: "Changes n", "Number of changes: years − 1.") { $0.changes.n },
                .bool("meaningful", "False when `n < 3` or either change series is constant.") { $0.changes.meaningful },
                .optionalNumber("pValue", "Two-sided p-value of the changes' Pearson r (t test, n − 2 degrees of "
                    + "freedom).") { $0.changesPValue },
            ]),
            Group<StatsDocument.CorrelationSection>.object("correlation", { $0.correlation }, [
                .text("verdict", label: "Correlation verdict", "`positive` or `negative` (levels and changes agree in "
                    + "sign, both absolute r ≥ 0.3, changes p < 0.05), `trend only` (the levels correlate, the changes do "
                    + "not: both move with time), `none`, `not meaningful`. The report claims a relation only for "
                    + "`positive` or `negative`.") { $0.both.verdict.rawValue },
            ]),
        ]
    }

    /// `reconciliation[]`, `reconciliationSummary`, `inputs[]`, `roster`, `outputList` and `definitions`.
    static var records: [any StatisticSection] {
        [
            Group<ReconciliationRow>(
                path: "reconciliation[]", shape: .array, meaning: "Each `total` reported count dated up to the end of "
                    + "the report year, by date (input order on ties).",
                rows: { $0.reconciliation }, csvKey: { _, index, _ in "\(index + 1)" },
                csvDate: { $1.statement.date.description }, fields: reconciliationFields,
                table: .init(title: { _ in "Reconciliation of reported totals" },
                             note: { $0.reconciliation.isEmpty ? "No reported totals." : nil })),
            Group<ReconciliationSummary>.object("reconciliationSummary", { $0.reconciliationSummary }, [
                .int("total", "Reported totals reconciled.") { $0.total },
                .int("exactMatches", label: "Reported totals: exact matches", "Of them: equal to an exact roster count.") {
                    $0.exactMatches
                },
                .int("consistentWithinDatePrecision", label: "Reported totals: within date precision",
                     "Of them: inside the range imprecise join dates allow.") { $0.consistentWithinDatePrecision },
                .int("differing", label: "Reported totals: differing", "Of them: outside it.") { $0.differing },
                .int("beforeRoster", label: "Reported totals: before the roster", "Of them: dated before the roster.") {
                    $0.beforeRoster
                },
            ]),
            Group<InputFileSummary>(
                path: "inputs[]", shape: .array, meaning: "The input files", documentsFields: false,
                rows: { $0.inputs }, csvKey: { _, _, input in input.file },
                fields: [
                    .text("file", label: "File", csv: .none, "name") { $0.file },
                    .text("sha256", label: "SHA-256", "hex of the file's bytes") { $0.sha256 },
                    .int("rows", label: "Rows", "data rows") { $0.rows },
                ],
                table: .init(title: { _ in "Inputs" }, columns: ["file", "rows", "sha256"])),
            Group<StatsDocument.RosterEntry>(
                path: "roster", shape: .array,
                meaning: "Every member as written in members.csv, by join date then acronym; lets a reader compare two "
                    + "builds by member (\"changes since the previous build\"). Empty when the document is built from "
                    + "statistics alone; `null` (not recorded) above 20,000 members (CSV lists them all)",
                documentsFields: false, rows: { $0.roster }, notRecorded: { $0.roster.count > StatsDocument.rosterLimit },
                csvKey: { _, _, entry in entry.acronym }, csvDate: { $1.joined.description },
                fields: [
                    .text("acronym", csv: .none, "the member's acronym") { $0.acronym },
                    .text("joined", "date as written") { $0.joined.description },
                    .optionalText("left", "date as written, null while a member") { $0.left?.description },
                ]),
            Group<StatsDocument.OutputListEntry>(
                path: "outputList", shape: .array,
                meaning: "Every output's date and title as written in outputs.csv, by date then title; lets a reader "
                    + "compare two builds by output (\"changes since the previous build\"). `null` (not recorded) "
                    + "above 20,000 outputs and when the document is built from statistics alone",
                documentsFields: false, rows: { $0.outputList ?? [] }, notRecorded: { $0.outputList == nil },
                csvKey: { _, _, entry in entry.title }, csvDate: { $1.date.description },
                fields: [
                    .text("date", csv: .none, "date as written") { $0.date.description },
                    .text("title", csv: .none, "the title as written") { $0.title },
                ]),
            Group<StatsDocument>.object("", { $0 }, [
                .named("definitions", measure: "text", "Short text of each definition and named method, keyed "
                    + StatsConcepts.all.map { "`\($0.key)`" }.joined(separator: ", ") + ".",
                    names: { $0.definitions.keys.sorted() }, value: { .text($0.definitions[$1]) },
                    json: { $0.definitions.mapValues(StatisticValue.text) }),
            ]),
        ]
    }

    private static var reconciliationFields: [Field<ReconciliationRow>] {
        [
            .text("date", label: "Date", csv: .none, "The statement's date, as written.") { $0.statement.date.description },
            .int("reported", label: "Reported", "The reported total.") { $0.statement.reported },
            .optionalInt("roster", label: "Roster", "The roster count when it is exact (`rosterLow == rosterHigh`); null "
                + "when a range.") { $0.roster },
            .int("rosterLow", label: "Low", "The lowest roster count: min over the days the statement can mean of the "
                + "members *certainly* in (whole join period on or before the day, leave period on or after it).") {
                $0.rosterLow
            },
            .int("rosterHigh", label: "High", "The highest roster count: max of the members *possibly* in.") { $0.rosterHigh },
            .optionalInt("difference", label: "Difference", "Reported minus the nearest bound; 0 inside the range; null "
                + "before the roster starts.") { $0.difference },
            .text("status", label: "Status", "`match` (exact count, equal), `consistent within date precision` (inside a "
                + "range), `discrepancy`, `before roster` (the statement's last possible day is before the first join).") {
                $0.status.rawValue
            },
        ]
    }
}
