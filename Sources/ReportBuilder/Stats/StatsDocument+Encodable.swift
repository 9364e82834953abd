import StatisticsCore

// Hand-written `encode(to:)` throughout: `encode` (not `encodeIfPresent`) writes `null` for a value that
// is not available, so every documented key is always present.

extension StatsDocument: Encodable {
    private enum Keys: String, CodingKey {
        case schemaVersion, generator, reportYear, firstYear, membership, outputs, correlation, reconciliation,
             reconciliationSummary, inputs, roster, definitions
    }
    private enum RosterKeys: String, CodingKey { case acronym, joined, left }
    private enum SummaryKeys: String, CodingKey {
        case total, exactMatches, consistentWithinDatePrecision, differing, beforeRoster
    }

    /// Encodes the document with every key present, `null` where a value is not available.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(Self.schemaVersion, forKey: .schemaVersion)
        try container.encode(Generator.nameAndVersion, forKey: .generator)
        try container.encode(reportYear, forKey: .reportYear)
        try container.encode(firstYear, forKey: .firstYear)
        try container.encode(membership, forKey: .membership)
        try container.encode(outputs, forKey: .outputs)
        try container.encode(correlation, forKey: .correlation)
        try container.encode(reconciliation.map(EncodableReconciliation.init), forKey: .reconciliation)
        var summary = container.nestedContainer(keyedBy: SummaryKeys.self, forKey: .reconciliationSummary)
        try summary.encode(reconciliationSummary.total, forKey: .total)
        try summary.encode(reconciliationSummary.exactMatches, forKey: .exactMatches)
        try summary.encode(reconciliationSummary.consistentWithinDatePrecision, forKey: .consistentWithinDatePrecision)
        try summary.encode(reconciliationSummary.differing, forKey: .differing)
        try summary.encode(reconciliationSummary.beforeRoster, forKey: .beforeRoster)
        try container.encode(inputs, forKey: .inputs)
        guard roster.count <= Self.rosterLimit else {
            try container.encodeNil(forKey: .roster)
            try container.encode(definitions, forKey: .definitions)
            return
        }
        var rosterList = container.nestedUnkeyedContainer(forKey: .roster)
        for entry in roster {
            var item = rosterList.nestedContainer(keyedBy: RosterKeys.self)
            try item.encode(entry.acronym, forKey: .acronym)
            try item.encode(entry.joined.description, forKey: .joined)
            try item.encode(entry.left?.description, forKey: .left)
        }
        try container.encode(definitions, forKey: .definitions)
    }
}

extension StatsDocument.Membership: Encodable {
    private enum Keys: String, CodingKey {
        case years, cagrPercent, trend, logLinearGrowthPercent, forecastMethod, forecast, byRegion
    }
    private enum YearKeys: String, CodingKey { case year, members, joined, left, net, growthPercent }
    private enum RegionKeys: String, CodingKey { case region, members, sharePercent }

    /// Encodes `membership`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        var yearsContainer = container.nestedUnkeyedContainer(forKey: .years)
        for row in years {
            var item = yearsContainer.nestedContainer(keyedBy: YearKeys.self)
            try item.encode(row.year, forKey: .year)
            try item.encode(row.members, forKey: .members)
            try item.encode(row.joined, forKey: .joined)
            try item.encode(row.left, forKey: .left)
            try item.encode(row.net, forKey: .net)
            try item.encode(row.growthPercent, forKey: .growthPercent)
        }
        try container.encode(cagrPercent, forKey: .cagrPercent)
        try container.encode(trend, forKey: .trend)
        try container.encode(logLinearGrowthPercent, forKey: .logLinearGrowthPercent)
        try container.encode(ForecastMethodJSON(countForecast), forKey: .forecastMethod)
        try container.encode(forecast.map { ForecastEntryJSON($0, interval: StatsDocument.predictiveIntervalLabel) },
                             forKey: .forecast)
        var regionContainer = container.nestedUnkeyedContainer(forKey: .byRegion)
        for share in byRegion {
            var item = regionContainer.nestedContainer(keyedBy: RegionKeys.self)
            try item.encode(share.group, forKey: .region)
            try item.encode(share.members, forKey: .members)
            try item.encode(share.sharePercent, forKey: .sharePercent)
        }
    }
}

extension StatsDocument.Trend: Encodable {
    private enum Keys: String, CodingKey {
        case method, n, slope, intercept, valueAtFirstYear, r2, slopeStandardError, interceptStandardError,
             residualStandardError, durbinWatson, adequate, extrapolation
    }

    /// Encodes `membership.trend`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(method, forKey: .method)
        try container.encode(n, forKey: .n)
        try container.encode(slope, forKey: .slope)
        try container.encode(intercept, forKey: .intercept)
        try container.encode(valueAtFirstYear, forKey: .valueAtFirstYear)
        try container.encode(r2, forKey: .r2)
        try container.encode(slopeStandardError, forKey: .slopeStandardError)
        try container.encode(interceptStandardError, forKey: .interceptStandardError)
        try container.encode(residualStandardError, forKey: .residualStandardError)
        try container.encode(durbinWatson, forKey: .durbinWatson)
        try container.encode(adequate, forKey: .adequate)
        try container.encode(extrapolation.map { ForecastEntryJSON($0, interval: Forecast.intervalLabel) },
                             forKey: .extrapolation)
    }
}

extension StatsDocument.Outputs: Encodable {
    private enum Keys: String, CodingKey { case types, years, roadmapIntervalDays, editions, supplements, byLead, perMemberYear }
    private enum YearKeys: String, CodingKey { case year, total, byType, cumulative }
    private enum IntervalKeys: String, CodingKey {
        case count, mean, median, impreciseDates, daysSinceLast, daysSinceLastShortest, daysSinceLastLongest, dates,
             editions, intervals
    }
    private enum SpanKeys: String, CodingKey { case from, to, days, shortest, longest, count }
    private enum DateCountKeys: String, CodingKey { case date, count }
    private enum EditionKeys: String, CodingKey { case date, type, count }
    private enum LeadKeys: String, CodingKey { case lead, outputs }

    /// Encodes `outputs`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(types, forKey: .types)
        var yearsContainer = container.nestedUnkeyedContainer(forKey: .years)
        for row in years {
            var item = yearsContainer.nestedContainer(keyedBy: YearKeys.self)
            try item.encode(row.year, forKey: .year)
            try item.encode(row.total, forKey: .total)
            try item.encode(row.byCategory, forKey: .byType)
            try item.encode(row.cumulative, forKey: .cumulative)
        }
        var intervals = container.nestedContainer(keyedBy: IntervalKeys.self, forKey: .roadmapIntervalDays)
        let spacing = roadmapIntervalDays
        try intervals.encode(spacing.intervalCount, forKey: .count)
        try intervals.encode(spacing.meanDays, forKey: .mean)
        try intervals.encode(spacing.medianDays, forKey: .median)
        try intervals.encode(spacing.impreciseEditions, forKey: .impreciseDates)
        try intervals.encode(spacing.daysSinceLast, forKey: .daysSinceLast)
        try intervals.encode(spacing.daysSinceLastRange?.lowerBound, forKey: .daysSinceLastShortest)
        try intervals.encode(spacing.daysSinceLastRange?.upperBound, forKey: .daysSinceLastLongest)
        try intervals.encode(listedEditionDates.map(\.date.description), forKey: .dates)
        try intervals.encode(spacing.editionCount, forKey: .editions)
        var spans = intervals.nestedUnkeyedContainer(forKey: .intervals)
        for interval in listedIntervals {
            var item = spans.nestedContainer(keyedBy: SpanKeys.self)
            try item.encode(interval.from.description, forKey: .from)
            try item.encode(interval.to.description, forKey: .to)
            try item.encode(interval.days, forKey: .days)
            try item.encode(interval.shortest, forKey: .shortest)
            try item.encode(interval.longest, forKey: .longest)
            try item.encode(interval.count, forKey: .count)
        }
        var supplementList = container.nestedUnkeyedContainer(forKey: .supplements)
        for supplement in listedSupplements {
            var item = supplementList.nestedContainer(keyedBy: DateCountKeys.self)
            try item.encode(supplement.date.description, forKey: .date)
            try item.encode(supplement.count, forKey: .count)
        }
        var editionsContainer = container.nestedUnkeyedContainer(forKey: .editions)
        for edition in listedEditions {
            var item = editionsContainer.nestedContainer(keyedBy: EditionKeys.self)
            try item.encode(edition.date.description, forKey: .date)
            try item.encode(edition.category, forKey: .type)
            try item.encode(edition.count, forKey: .count)
        }
        var leads = container.nestedUnkeyedContainer(forKey: .byLead)
        for lead in byLead {
            var item = leads.nestedContainer(keyedBy: LeadKeys.self)
            try item.encode(lead.lead, forKey: .lead)
            try item.encode(lead.outputs, forKey: .outputs)
        }
        try container.encode(perMemberYear, forKey: .perMemberYear)
    }
}

extension StatsDocument.CorrelationSection: Encodable {
    private enum Keys: String, CodingKey { case between, pearson, spearman, n, meaningful, changes, verdict }
    private enum ChangeKeys: String, CodingKey { case pearson, spearman, n, meaningful, pValue }

    /// Encodes `correlation`: the levels at the top, the year-over-year changes in `changes`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(between, forKey: .between)
        try container.encode(result.pearson, forKey: .pearson)
        try container.encode(result.spearman, forKey: .spearman)
        try container.encode(result.n, forKey: .n)
        try container.encode(result.meaningful, forKey: .meaningful)
        var changes = container.nestedContainer(keyedBy: ChangeKeys.self, forKey: .changes)
        try changes.encode(both.changes.pearson, forKey: .pearson)
        try changes.encode(both.changes.spearman, forKey: .spearman)
        try changes.encode(both.changes.n, forKey: .n)
        try changes.encode(both.changes.meaningful, forKey: .meaningful)
        try changes.encode(both.changesPValue, forKey: .pValue)
        try container.encode(both.verdict.rawValue, forKey: .verdict)
    }
}

extension InputFileSummary: Encodable {
    private enum Keys: String, CodingKey { case file, sha256, rows }

    /// Encodes one entry of `inputs`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(file, forKey: .file)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(rows, forKey: .rows)
    }
}

/// One entry of `reconciliation` (StatisticsCore's row stays free of coding concerns).
private struct EncodableReconciliation: Encodable {
    let row: ReconciliationRow
    private enum Keys: String, CodingKey { case date, reported, roster, rosterLow, rosterHigh, difference, status }

    init(_ row: ReconciliationRow) { self.row = row }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(row.statement.date.description, forKey: .date)
        try container.encode(row.statement.reported, forKey: .reported)
        try container.encode(row.roster, forKey: .roster)
        try container.encode(row.rosterLow, forKey: .rosterLow)
        try container.encode(row.rosterHigh, forKey: .rosterHigh)
        try container.encode(row.difference, forKey: .difference)
        try container.encode(row.status.rawValue, forKey: .status)
    }
}

/// One entry of `membership.forecast` or `membership.trend.extrapolation`.
private struct ForecastEntryJSON: Encodable {
    let entry: ForecastEntry
    let interval: String
    private enum Keys: String, CodingKey { case year, value, lower, upper, interval }

    init(_ entry: ForecastEntry, interval: String) {
        self.entry = entry
        self.interval = interval
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(entry.year, forKey: .year)
        try container.encode(entry.value, forKey: .value)
        try container.encode(entry.lower, forKey: .lower)
        try container.encode(entry.upper, forKey: .upper)
        try container.encode(interval, forKey: .interval)
    }
}

/// `membership.forecastMethod`: the count model, its window and fitted rates, or why there is no forecast.
private struct ForecastMethodJSON: Encodable {
    let forecast: CountForecast
    private enum Keys: String, CodingKey {
        case model, summary, unavailable, windowFirstYear, windowLastYear, startYear, startMembers, floor, level, joins,
             departures
    }
    private enum FitKeys: String, CodingKey { case model, years, total, meanPerYear, variance, dispersion }

    init(_ forecast: CountForecast) { self.forecast = forecast }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        let method = forecast.method
        try container.encode(StatsDocument.forecastModel, forKey: .model)
        try container.encode(method?.summary, forKey: .summary)
        if case .unavailable(let reason) = forecast {
            try container.encode(reason.explanation, forKey: .unavailable)
        } else {
            try container.encodeNil(forKey: .unavailable)
        }
        try container.encode(method?.window.lowerBound, forKey: .windowFirstYear)
        try container.encode(method?.window.upperBound, forKey: .windowLastYear)
        try container.encode(method?.startYear, forKey: .startYear)
        try container.encode(method?.startMembers, forKey: .startMembers)
        try container.encode(method?.floor, forKey: .floor)
        try container.encode(method?.level, forKey: .level)
        for (fit, key) in [(method?.joins, Keys.joins), (method?.departures, Keys.departures)] {
            guard let fit else { try container.encodeNil(forKey: key); continue }
            var item = container.nestedContainer(keyedBy: FitKeys.self, forKey: key)
            try item.encode(fit.model.rawValue, forKey: .model)
            try item.encode(fit.years, forKey: .years)
            try item.encode(fit.total, forKey: .total)
            try item.encode(fit.meanPerYear, forKey: .meanPerYear)
            try item.encode(fit.variance, forKey: .variance)
            try item.encode(fit.dispersion, forKey: .dispersion)
        }
    }
}
