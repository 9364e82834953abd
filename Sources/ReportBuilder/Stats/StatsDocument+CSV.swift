import DataText
import Foundation
import StatisticsCore

extension StatsDocument {
    /// The CSV rendering: one tidy long table with the header `section,key,date,measure,value`.
    ///
    /// `section` is the JSON path of the value's object (`membership`, `membership.trend`,
    /// `outputs.byType`, `reconciliation`...); `key` names the row within it (a region, a type, a lead, a
    /// file, a definition, or the 1-based position of a reconciled statement); `date` is the year or date
    /// the value is for (empty when none); `measure` is the JSON key; `value` is the number at full
    /// precision, `true`/`false`, or text; empty when not available. RFC 4180 quoting, LF line ends.
    public func csvText() -> String {
        var lines = ["section,key,date,measure,value"]
        func add(_ section: String, _ key: String, _ date: String, _ measure: String, _ value: String?) {
            lines.append([section, key, date, measure, value ?? ""].map(Self.csvField).joined(separator: ","))
        }
        func add(_ section: String, _ key: String = "", measure: String, _ value: String?) {
            add(section, key, "", measure, value)
        }
        func text(_ value: Double?) -> String? { value.map { "\($0)" } }
        func text(_ value: Int?) -> String? { value.map { "\($0)" } }

        add("report", measure: "schemaVersion", text(Self.schemaVersion))
        add("report", measure: "generator", Generator.nameAndVersion)
        add("report", measure: "reportYear", text(reportYear))
        add("report", measure: "firstYear", text(firstYear))
        for row in membership.years {
            let year = "\(row.year)"
            add("membership.years", "", year, "members", text(row.members))
            add("membership.years", "", year, "joined", text(row.joined))
            add("membership.years", "", year, "left", text(row.left))
            add("membership.years", "", year, "net", text(row.net))
            add("membership.years", "", year, "growthPercent", text(row.growthPercent))
        }
        add("membership", measure: "cagrPercent", text(membership.cagrPercent))
        add("membership", measure: "logLinearGrowthPercent", text(membership.logLinearGrowthPercent))
        let trend = membership.trend
        add("membership.trend", measure: "method", trend.method)
        add("membership.trend", measure: "n", text(trend.n))
        add("membership.trend", measure: "slope", text(trend.slope))
        add("membership.trend", measure: "intercept", text(trend.intercept))
        add("membership.trend", measure: "valueAtFirstYear", text(trend.valueAtFirstYear))
        add("membership.trend", measure: "r2", text(trend.r2))
        add("membership.trend", measure: "slopeStandardError", text(trend.slopeStandardError))
        add("membership.trend", measure: "interceptStandardError", text(trend.interceptStandardError))
        add("membership.trend", measure: "residualStandardError", text(trend.residualStandardError))
        add("membership.trend", measure: "durbinWatson", text(trend.durbinWatson))
        add("membership.trend", measure: "adequate", trend.adequate ? "true" : "false")
        func entries(_ section: String, _ label: String, _ list: [ForecastEntry]) {
            for point in list {
                let year = "\(point.year)"
                add(section, label, year, "value", text(point.value))
                add(section, label, year, "lower", text(point.lower))
                add(section, label, year, "upper", text(point.upper))
            }
        }
        entries("membership.trend.extrapolation", Forecast.intervalLabel, trend.extrapolation)
        let method = membership.countForecast.method
        add("membership.forecastMethod", measure: "model", Self.forecastModel)
        add("membership.forecastMethod", measure: "summary", method?.summary)
        if case .unavailable(let reason) = membership.countForecast {
            add("membership.forecastMethod", measure: "unavailable", reason.explanation)
        }
        add("membership.forecastMethod", measure: "windowFirstYear", text(method?.window.lowerBound))
        add("membership.forecastMethod", measure: "windowLastYear", text(method?.window.upperBound))
        add("membership.forecastMethod", measure: "floor", text(method?.floor))
        for (name, fit) in [("joins", method?.joins), ("departures", method?.departures)] {
            guard let fit else { continue }
            add("membership.forecastMethod.\(name)", measure: "model", fit.model.rawValue)
            add("membership.forecastMethod.\(name)", measure: "meanPerYear", text(fit.meanPerYear))
            add("membership.forecastMethod.\(name)", measure: "dispersion", text(fit.dispersion))
        }
        entries("membership.forecast", Self.predictiveIntervalLabel, membership.forecast)
        let regionYear = reportYear.map { "\($0)" } ?? ""
        for share in membership.byRegion {
            add("membership.byRegion", share.group, regionYear, "members", text(share.members))
            add("membership.byRegion", share.group, regionYear, "sharePercent", text(share.sharePercent))
        }
        for row in outputs.years {
            let year = "\(row.year)"
            add("outputs.years", "", year, "total", text(row.total))
            add("outputs.years", "", year, "cumulative", text(row.cumulative))
            for type in outputs.types { add("outputs.years.byType", type, year, "outputs", text(row.byCategory[type] ?? 0)) }
        }
        let intervals = outputs.roadmapIntervalDays
        add("outputs.roadmapIntervalDays", measure: "count", text(intervals.intervalCount))
        add("outputs.roadmapIntervalDays", measure: "editions", text(intervals.editionCount))
        add("outputs.roadmapIntervalDays", measure: "mean", text(intervals.meanDays))
        add("outputs.roadmapIntervalDays", measure: "median", text(intervals.medianDays))
        add("outputs.roadmapIntervalDays", measure: "impreciseDates", text(intervals.impreciseEditions))
        add("outputs.roadmapIntervalDays", measure: "daysSinceLast", text(intervals.daysSinceLast))
        add("outputs.roadmapIntervalDays", measure: "daysSinceLastShortest", text(intervals.daysSinceLastRange?.lowerBound))
        add("outputs.roadmapIntervalDays", measure: "daysSinceLastLongest", text(intervals.daysSinceLastRange?.upperBound))
        for interval in outputs.listedIntervals {
            let key = "\(interval.from)/\(interval.to)"
            add("outputs.roadmapIntervalDays.intervals", key, interval.to.description, "days", text(interval.days))
            add("outputs.roadmapIntervalDays.intervals", key, interval.to.description, "shortest", text(interval.shortest))
            add("outputs.roadmapIntervalDays.intervals", key, interval.to.description, "longest", text(interval.longest))
            add("outputs.roadmapIntervalDays.intervals", key, interval.to.description, "count", text(interval.count))
        }
        for supplement in outputs.listedSupplements {
            add("outputs.supplements", "", supplement.date.description, "count", text(supplement.count))
        }
        for edition in outputs.listedEditions {
            add("outputs.editions", edition.category, edition.date.description, "type", edition.category)
            add("outputs.editions", edition.category, edition.date.description, "count", text(edition.count))
        }
        for lead in outputs.byLead { add("outputs.byLead", lead.lead, measure: "outputs", text(lead.outputs)) }
        add("outputs", measure: "perMemberYear", text(outputs.perMemberYear))
        add("correlation", measure: "pearson", text(correlation.result.pearson))
        add("correlation", measure: "spearman", text(correlation.result.spearman))
        add("correlation", measure: "n", text(correlation.result.n))
        add("correlation", measure: "meaningful", correlation.result.meaningful ? "true" : "false")
        let changes = correlation.both.changes
        add("correlation.changes", measure: "pearson", text(changes.pearson))
        add("correlation.changes", measure: "spearman", text(changes.spearman))
        add("correlation.changes", measure: "n", text(changes.n))
        add("correlation.changes", measure: "meaningful", changes.meaningful ? "true" : "false")
        add("correlation.changes", measure: "pValue", text(correlation.both.changesPValue))
        add("correlation", measure: "verdict", correlation.both.verdict.rawValue)
        for (index, row) in reconciliation.enumerated() {
            let key = "\(index + 1)", date = row.statement.date.description
            add("reconciliation", key, date, "reported", text(row.statement.reported))
            add("reconciliation", key, date, "roster", text(row.roster))
            add("reconciliation", key, date, "rosterLow", text(row.rosterLow))
            add("reconciliation", key, date, "rosterHigh", text(row.rosterHigh))
            add("reconciliation", key, date, "difference", text(row.difference))
            add("reconciliation", key, date, "status", row.status.rawValue)
        }
        let counts = reconciliationSummary
        add("reconciliationSummary", measure: "total", text(counts.total))
        add("reconciliationSummary", measure: "exactMatches", text(counts.exactMatches))
        add("reconciliationSummary", measure: "consistentWithinDatePrecision", text(counts.consistentWithinDatePrecision))
        add("reconciliationSummary", measure: "differing", text(counts.differing))
        add("reconciliationSummary", measure: "beforeRoster", text(counts.beforeRoster))
        for input in inputs {
            add("inputs", input.file, measure: "sha256", input.sha256)
            add("inputs", input.file, measure: "rows", text(input.rows))
        }
        for entry in roster {
            add("roster", entry.acronym, entry.joined.description, "joined", entry.joined.description)
            add("roster", entry.acronym, entry.joined.description, "left", entry.left?.description)
        }
        for name in definitions.keys.sorted() { add("definitions", name, measure: "text", definitions[name]) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A CSV field (RFC 4180 quoting). A text that a spreadsheet would read as a formula (`=`, `+`, `-`,
    /// `@` first) gets a leading apostrophe; numbers the program writes (`-3`, `-0.5`) stay numbers.
    static func csvField(_ field: String) -> String {
        Double(field) != nil ? CSVCell.field(field) : CSVCell.text(field)
    }
}
