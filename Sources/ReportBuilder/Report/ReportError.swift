/// Why a report cannot be built from data that loaded cleanly (sysexits 65: bad data).
public enum ReportError: Error, Equatable, CustomStringConvertible, Sendable {
    /// report.yml's `charts` names a chart that does not exist.
    case unknownChart(file: String, name: String)
    /// The datasets hold no member, so there is no year to report.
    case noMembers(file: String)
    /// `--year` is before the first join: there is no range to report.
    case yearBeforeFirstJoin(year: Int, firstYear: Int, file: String)

    public var description: String {
        switch self {
        case .unknownChart(let file, let name):
            "\(file): unknown chart '\(name)' in charts; expected one of "
                + ChartCatalog.names.joined(separator: ", ")
        case .noMembers(let file):
            "\(file): no members; a report needs at least one member row"
        case .yearBeforeFirstJoin(let year, let firstYear, let file):
            "--year \(year) is before the first join in \(file) (\(firstYear)); choose \(firstYear) or later"
        }
    }
}
