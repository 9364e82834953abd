import StatisticsCore

// Hand-written `encode(to:)` throughout: `encode` (not `encodeIfPresent`) writes `null` for a value that
// is not available, so every documented key is always present.

extension StatsDocument: Encodable {
    private enum Keys: String, CodingKey {
        case reportYear, firstYear, membership, outputs, correlation, reconciliation, inputs, definitions
    }

    /// Encodes the document with every key present, `null` where a value is not available.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(reportYear, forKey: .reportYear)
        try container.encode(firstYear, forKey: .firstYear)
        try container.encode(membership, forKey: .membership)
        try container.encode(outputs, forKey: .outputs)
        try container.encode(correlation, forKey: .correlation)
        try container.encode(reconciliation.map(EncodableReconciliation.init), forKey: .reconciliation)
        try container.encode(inputs, forKey: .inputs)
        try container.encode(definitions, forKey: .definitions)
    }
}

extension StatsDocument.Membership: Encodable {
    private enum Keys: String, CodingKey {
        case years, cagrPercent, trend, logLinearGrowthPercent, forecastMethod, forecast, byRegion
    }
    private enum YearKeys: String, CodingKey { case year, members, joined, left, net, growthPercent }
    private enum ForecastKeys: String, CodingKey { case year, value, lower, upper, interval }
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
        try container.encode(forecastMethod, forKey: .forecastMethod)
        var forecastContainer = container.nestedUnkeyedContainer(forKey: .forecast)
        for point in forecast {
            var item = forecastContainer.nestedContainer(keyedBy: ForecastKeys.self)
            try item.encode(point.year, forKey: .year)
            try item.encode(point.value, forKey: .value)
            try item.encode(point.lower, forKey: .lower)
            try item.encode(point.upper, forKey: .upper)
            try item.encode(Forecast.intervalLabel, forKey: .interval)
        }
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
             residualStandardError
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
    }
}

extension StatsDocument.Outputs: Encodable {
    private enum Keys: String, CodingKey { case types, years, roadmapIntervalDays, editions, byLead, perMemberYear }
    private enum YearKeys: String, CodingKey { case year, total, byType, cumulative }
    private enum IntervalKeys: String, CodingKey { case count, mean, median, impreciseDates, daysSinceLast, dates }
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
        try intervals.encode(roadmapIntervalDays.count, forKey: .count)
        try intervals.encode(roadmapIntervalDays.mean, forKey: .mean)
        try intervals.encode(roadmapIntervalDays.median, forKey: .median)
        try intervals.encode(roadmapIntervalDays.impreciseDates, forKey: .impreciseDates)
        try intervals.encode(roadmapIntervalDays.daysSinceLast, forKey: .daysSinceLast)
        try intervals.encode(roadmapIntervalDays.dates.map(\.description), forKey: .dates)
        var editionsContainer = container.nestedUnkeyedContainer(forKey: .editions)
        for edition in editions {
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
    private enum Keys: String, CodingKey { case between, pearson, spearman, n, meaningful }

    /// Encodes `correlation`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(between, forKey: .between)
        try container.encode(result.pearson, forKey: .pearson)
        try container.encode(result.spearman, forKey: .spearman)
        try container.encode(result.n, forKey: .n)
        try container.encode(result.meaningful, forKey: .meaningful)
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
