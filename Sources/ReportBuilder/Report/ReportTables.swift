import DatasetCore
import PartialDates

/// The report's tables and source list from the records: roster, the year's outputs, sources.
enum ReportTables {
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
        let rows = shown.map { member in
            [member.acronym, member.name, member.country, member.region.rawValue, member.joined.description]
                + (anyLeft ? [member.left?.description ?? ""] : [])
        }
        return ReportContent.Table(columns: columns, rows: rows, emptyText: "No members.")
    }

    /// The outputs dated in the report year: date, type, title, lead.
    static func yearOutputs(_ outputs: [Output], reportYear: Int) -> ReportContent.Table {
        let rows = outputs.filter { $0.date.year == reportYear }.sorted { $0.date < $1.date }
            .map { [$0.date.description, HouseStyle.typeLabel($0.type.rawValue), $0.title, $0.lead ?? ""] }
        return ReportContent.Table(
            columns: [ReportContent.Table.Column("Date", weight: 1.4), ReportContent.Table.Column("Type", weight: 1.3),
                      ReportContent.Table.Column("Title", weight: 5.5), ReportContent.Table.Column("Lead", weight: 0.9)],
            rows: rows, emptyText: "No outputs are dated in \(reportYear).")
    }

    /// Every distinct source URL, in first-seen order (members, outputs, reported counts), with what it supports.
    static func sources(_ dataset: Dataset) -> [ReportContent.SourceLink] {
        var order: [String] = []
        var uses: [String: [String]] = [:]
        func add(_ url: String?, _ use: String) {
            guard let url, !url.isEmpty else { return }
            if uses[url] == nil { order.append(url) }
            uses[url, default: []].append(use)
        }
        for member in dataset.members { add(member.sourceURL, "member \(member.acronym)") }
        for output in dataset.outputs { add(output.sourceURL, "\(output.type.rawValue) \(output.date)") }
        for count in dataset.reportedCounts { add(count.sourceURL, "reported count \(count.date)") }
        return order.map { url in
            let list = uses[url]!
            let shown = list.prefix(6).joined(separator: "; ")
            return ReportContent.SourceLink(url: url, usedFor: list.count > 6 ? shown + "; and \(list.count - 6) more" : shown)
        }
    }
}
