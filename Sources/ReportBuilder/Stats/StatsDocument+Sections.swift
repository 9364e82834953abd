import StatisticsCore

extension StatsDocument {
    /// The document as titled tables, in reading order: the shared layout of the table and Markdown renderings.
    func sections() -> [StatsTextTable] {
        typealias F = StatsNumberFormat
        let number = StatsTextTable.Column.init(heading:alignment:)
        var tables: [StatsTextTable] = []

        let trend = membership.trend
        let intervals = outputs.roadmapIntervalDays
        let lastYear = membership.years.last
        let range = firstYear.flatMap { first in reportYear.map { "\(first)-\($0)" } } ?? F.notAvailable
        let summary: [(String, String)] = [
            ("Schema version", "\(Self.schemaVersion)"),
            ("Generator", Generator.nameAndVersion),
            ("Report year", F.integer(reportYear)),
            ("Years", range),
            ("Members at year end", F.integer(lastYear?.members)),
            ("Joined in the report year", F.integer(lastYear?.joined)),
            ("Net change in the report year", F.integer(lastYear?.net)),
            ("CAGR", F.percent(membership.cagrPercent)),
            ("Growth per year (log-linear OLS)", F.percent(membership.logLinearGrowthPercent)),
            ("Trend slope (members per year, linear least squares)", F.decimal(trend.slope, 4)),
            ("Trend slope standard error", F.decimal(trend.slopeStandardError, 4)),
            ("Trend value at the first year", F.decimal(trend.valueAtFirstYear, 4)),
            ("Trend intercept (calendar year 0)", F.decimal(trend.intercept, 4)),
            ("Trend intercept standard error", F.decimal(trend.interceptStandardError, 4)),
            ("Trend r2", F.decimal(trend.r2, 4)),
            ("Residual standard error", F.decimal(trend.residualStandardError, 4)),
            ("Outputs in the range", F.integer(outputs.years.last?.cumulative)),
            ("Outputs per member-year", F.decimal(outputs.perMemberYear, 4)),
            ("Roadmap editions (supplements not counted)", F.integer(intervals.editionCount)),
            ("Supplements", F.integer(intervals.supplementCount)),
            ("Roadmap intervals", F.integer(intervals.intervalCount)),
            ("Mean days between roadmap editions", F.decimal(intervals.meanDays, 1)),
            ("Median days between roadmap editions", F.decimal(intervals.medianDays, 1)),
            ("Imprecise roadmap dates (taken at the middle)", F.integer(intervals.impreciseEditions)),
            ("Days since the last roadmap edition", F.decimal(intervals.daysSinceLast, 1)),
            ("Days since the last roadmap edition, range", intervals.daysSinceLastRange.map { "\($0.lowerBound)-\($0.upperBound)" }
                ?? F.notAvailable),
            ("Pearson r (members, outputs per year)", F.decimal(correlation.result.pearson, 4)),
            ("Spearman rho (members, outputs per year)", F.decimal(correlation.result.spearman, 4)),
            ("Correlation n", F.integer(correlation.result.n)),
            ("Pearson r of year-over-year changes", F.decimal(correlation.both.changes.pearson, 4)),
            ("Spearman rho of year-over-year changes", F.decimal(correlation.both.changes.spearman, 4)),
            ("Changes n", F.integer(correlation.both.changes.n)),
            ("Correlation verdict", correlation.both.verdict.rawValue),
            ("Trend Durbin-Watson", F.decimal(trend.durbinWatson, 4)),
            ("Trend adequate", trend.adequate ? "yes" : "no"),
            ("Reported totals: exact matches", F.integer(reconciliationSummary.exactMatches)),
            ("Reported totals: within date precision", F.integer(reconciliationSummary.consistentWithinDatePrecision)),
            ("Reported totals: differing", F.integer(reconciliationSummary.differing)),
            ("Reported totals: before the roster", F.integer(reconciliationSummary.beforeRoster)),
        ]
        tables.append(StatsTextTable(
            title: "Key figures", columns: [number("Measure", .left), number("Value", .right)],
            rows: summary.map { [$0.0, $0.1] },
            note: correlation.result.meaningful ? nil : "Correlation not meaningful (n < 3 or a constant series)."))

        tables.append(StatsTextTable(
            title: "Membership by year",
            columns: [number("Year", .right), number("Members", .right), number("Joined", .right),
                      number("Left", .right), number("Net", .right), number("Growth %", .right)],
            rows: membership.years.map {
                ["\($0.year)", "\($0.members)", "\($0.joined)", "\($0.left)", "\($0.net)", F.decimal($0.growthPercent, 2)]
            }, note: "Members at the end of each year (31 December)."))

        let entryColumns = [number("Year", .right), number("Value", .right), number("Lower", .right), number("Upper", .right)]
        func entryRows(_ entries: [ForecastEntry]) -> [[String]] {
            entries.map { ["\($0.year)", F.decimal($0.value, 2), F.decimal($0.lower, 2), F.decimal($0.upper, 2)] }
        }
        let unavailable: String? = if case .unavailable(let reason) = membership.countForecast { reason.explanation } else { nil }
        tables.append(StatsTextTable(
            title: "Forecast (count model, \(Self.predictiveIntervalLabel))", columns: entryColumns,
            rows: entryRows(membership.forecast), note: membership.countForecast.method?.summary ?? unavailable))
        tables.append(StatsTextTable(
            title: "Linear trend extrapolation (\(Forecast.intervalLabel))", columns: entryColumns,
            rows: entryRows(trend.extrapolation),
            note: trend.extrapolation.isEmpty ? "No extrapolation: fewer than three years." : "A description of the line, not a forecast."))

        tables.append(StatsTextTable(
            title: "Members by region at the end of \(F.integer(reportYear))",
            columns: [number("Region", .left), number("Members", .right), number("Share %", .right)],
            rows: membership.byRegion.map { [$0.group, "\($0.members)", F.decimal($0.sharePercent, 1)] }, note: nil))

        tables.append(StatsTextTable(
            title: "Outputs by year and type",
            columns: [number("Year", .right)] + outputs.types.map { number($0, .right) }
                + [number("Total", .right), number("Cumulative", .right)],
            rows: outputs.years.map { row in
                ["\(row.year)"] + outputs.types.map { "\(row.byCategory[$0] ?? 0)" } + ["\(row.total)", "\(row.cumulative)"]
            }, note: nil))

        tables.append(StatsTextTable(
            title: "Outputs per lead",
            columns: [number("Lead", .left), number("Outputs", .right)],
            rows: outputs.byLead.map { [$0.lead, "\($0.outputs)"] }, note: outputs.byLead.isEmpty ? "No output names a lead." : nil))

        tables.append(StatsTextTable(
            title: "Reconciliation of reported totals",
            columns: [number("Date", .left), number("Reported", .right), number("Roster", .right),
                      number("Low", .right), number("High", .right), number("Difference", .right), number("Status", .left)],
            rows: reconciliation.map {
                [$0.statement.date.description, "\($0.statement.reported)", F.integer($0.roster), "\($0.rosterLow)",
                 "\($0.rosterHigh)", F.integer($0.difference), $0.status.rawValue]
            }, note: reconciliation.isEmpty ? "No reported totals." : nil))

        tables.append(StatsTextTable(
            title: "Inputs",
            columns: [number("File", .left), number("Rows", .right), number("SHA-256", .left)],
            rows: inputs.map { [$0.file, "\($0.rows)", $0.sha256] }, note: nil))
        return tables
    }

    /// The table rendering: every section as aligned text, separated by blank lines.
    public func tableText() -> String {
        sections().map { $0.plainText() }.joined(separator: "\n")
    }

    /// The Markdown rendering: a title, then every section as a GitHub table.
    public func markdownText() -> String {
        let year = reportYear.map { " \($0)" } ?? ""
        return "# Statistics\(year)\n\n" + sections().map { $0.markdown() }.joined(separator: "\n")
    }
}
