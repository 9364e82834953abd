import DatasetCore
import PartialDates

/// The report's tables and source list from the records: roster, the year's outputs, sources.
///
/// Every list is cut at ``rowLimit`` rows, with a last line saying how many more there are and which file holds
/// them, so that the PDF stays a readable length on any dataset (100,000 members give a 60-row roster).
enum ReportTables {
    /// The most rows a report table (or links the sources list) shows.
    static let rowLimit = 60

    /// The first ``rowLimit`` rows, and the line under them when some were cut: "… and 940 more: see members.csv
    /// (tables show at most 60 rows)".
    static func cut<T>(_ rows: [T], file: String) -> (rows: ArraySlice<T>, note: String?) {
        (rows.prefix(rowLimit), moreNote(rows.count - rowLimit, file: file))
    }

    /// The line under a cut list, nil when nothing was cut (`more` ≤ 0).
    static func moreNote(_ more: Int, file: String) -> String? {
        guard more > 0 else { return nil }
        return "… and \(HouseStyle.integer(more)) more: see \(file) (the report lists at most \(rowLimit) rows)"
    }

    /// The member roster: acronym, name, country, region, joined (and left, when anyone left), by join date.
    static func roster(_ members: [Member], reportYear: Int) -> ReportContent.Table {
        let shown = members.filter { $0.joined.year <= reportYear }
            .sorted { ($0.joined, $0.acronym) < ($1.joined, $1.acronym) }
        let anyLeft = shown.contains { $0.left != nil }
        var columns = [
            ReportContent.Table.Column("Acronym", weight: 1.3),
            ReportContent.Table.Column("Name", weight: 3.6),
            ReportContent.Table.Column("Country", weight: 2),
            ReportContent.Table.Column("Region", weight: 1.7),
            ReportContent.Table.Column("Joined", alignment: .trailing, weight: 1.5),
        ]
        if anyLeft { columns.append(ReportContent.Table.Column("Left", alignment: .trailing, weight: 1.5)) }
        let (cut, note) = cut(shown, file: "members.csv")
        let rows = cut.map { member in
            [member.acronym, member.name, member.country, member.region.rawValue, member.joined.description]
                + (anyLeft ? [member.left?.description ?? ""] : [])
        }
        return ReportContent.Table(columns: columns, rows: rows, emptyText: "No members.", note: note)
    }

    /// The outputs dated in the report year: date, type, title, lead.
    static func yearOutputs(_ outputs: OutputList, reportYear: Int) -> ReportContent.Table {
        let (cut, note) = cut(outputs.outputs { $1.year == reportYear }.sorted { $0.date < $1.date }, file: "outputs.csv")
        let rows = cut.map { [$0.date.description, HouseStyle.typeLabel($0.type.rawValue), $0.title, $0.lead ?? ""] }
        return ReportContent.Table(
            columns: [ReportContent.Table.Column("Date", weight: 1.4), ReportContent.Table.Column("Type", weight: 1.3),
                      ReportContent.Table.Column("Title", weight: 5.5), ReportContent.Table.Column("Lead", weight: 0.9)],
            rows: rows, emptyText: "No outputs are dated in \(reportYear).", note: note)
    }

    /// Every distinct source URL, in first-seen order (members, outputs, reported counts), with what it supports.
    /// At most ``rowLimit`` links, with the line saying how many more the datasets cite.
    ///
    /// Outputs are read through their numbered URLs: a million outputs with a million URLs make Strings only for
    /// the listed ones.
    static func sources(_ dataset: Dataset) -> (links: [ReportContent.SourceLink], note: String?) {
        let outputs = dataset.outputs
        // Distinct URLs in first-seen order, as a member or count URL or an output URL number.
        enum Source: Hashable { case text(String), output(Int) }
        var listed: [Source] = []
        var uses: [Source: (shown: [String], count: Int)] = [:]
        var textOnly = Set<String>()  // distinct member and count URLs no output cites, for the total
        func add(_ source: Source, _ use: @autoclosure () -> String) {
            if uses[source] == nil {
                guard listed.count < rowLimit else { return }
                listed.append(source)
            }
            var entry = uses[source] ?? ([], 0)
            if entry.shown.count < 6 { entry.shown.append(use()) }
            entry.count += 1
            uses[source] = entry
        }
        // A member or count URL that an output also cites is that output URL (one entry, all its uses).
        func source(_ url: String) -> Source {
            if let number = outputs.sourceURLNumber(of: url) { return .output(number) }
            textOnly.insert(url)
            return .text(url)
        }
        for member in dataset.members {
            guard let url = member.sourceURL, !url.isEmpty else { continue }
            add(source(url), "member \(member.acronym)")
        }
        for index in outputs.indices {
            guard let number = outputs.sourceURLNumber(at: index) else { continue }
            add(.output(number), "\(outputs.type(at: index).rawValue) \(outputs.date(at: index))")
        }
        for count in dataset.reportedCounts {
            guard let url = count.sourceURL, !url.isEmpty else { continue }
            add(source(url), "reported count \(count.date)")
        }
        let total = outputs.distinctSourceURLCount + textOnly.count
        let links = listed.map { source -> ReportContent.SourceLink in
            let entry = uses[source] ?? ([], 0)
            let list = entry.shown.joined(separator: "; ")
            let url: String
            switch source {
            case .text(let text): url = text
            case .output(let number): url = outputs.sourceURL(number: number)
            }
            return ReportContent.SourceLink(url: url, usedFor: entry.count > 6 ? list + "; and \(entry.count - 6) more" : list)
        }
        return (links, moreNote(total - links.count,
                                file: "the source_url columns of members.csv, outputs.csv and reported_counts.csv"))
    }
}

extension ReportTables {
    /// The most records one cell of the imprecise-dates table names before "and N more".
    static let recordsPerCell = 8

    /// The dates known only to the month or year as a compact table: one row per year, the records known only
    /// to the year in one cell and those known only to the month (with their month) in the other. Nil when
    /// every date is exact.
    static func impreciseDates(_ members: [Member], _ outputs: OutputList) -> ReportContent.Table? {
        var byYear: [Int: (year: [String], month: [String], yearCount: Int, monthCount: Int)] = [:]
        func add(_ date: PartialDate, _ record: @autoclosure () -> String) {
            guard date.precision != .day else { return }
            var entry = byYear[date.year] ?? ([], [], 0, 0)
            if let month = date.month {
                if entry.month.count < recordsPerCell { entry.month.append("\(HouseStyle.monthAbbreviations[month - 1]): \(record())") }
                entry.monthCount += 1
            } else {
                if entry.year.count < recordsPerCell { entry.year.append(record()) }
                entry.yearCount += 1
            }
            byYear[date.year] = entry
        }
        for member in members.sorted(by: { ($0.joined, $0.acronym) < ($1.joined, $1.acronym) }) {
            add(member.joined, "\(member.acronym) joined")
            if let left = member.left { add(left, "\(member.acronym) left") }
        }
        for index in outputs.indices where outputs.date(at: index).precision != .day {
            add(outputs.date(at: index), "\(outputs[index].shortTitle) (\(HouseStyle.typeNoun(outputs.type(at: index).rawValue)))")
        }
        guard !byYear.isEmpty else { return nil }
        func cell(_ shown: [String], _ count: Int) -> String {
            let list = shown.joined(separator: "; ")
            return count > shown.count ? list + "; and \(HouseStyle.integer(count - shown.count)) more" : list
        }
        let (years, note) = cut(byYear.keys.sorted(), file: "members.csv and outputs.csv")
        let rows = years.map { year -> [String] in
            let e = byYear[year] ?? ([], [], 0, 0)
            return ["\(year)", cell(e.year, e.yearCount), cell(e.month, e.monthCount)]
        }
        return ReportContent.Table(
            columns: [.init("Year", weight: 0.8), .init("Known only to the year", weight: 4),
                      .init("Known only to the month", weight: 4)],
            rows: rows, note: note)
    }
}
