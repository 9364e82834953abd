/// The standard charts in report order: the one list of them. A new chart is a new file under
/// `Charts/Standard/` plus one line here.
public enum ChartCatalog {
    /// Every standard chart, in report order.
    public static let charts: [StandardChart] = [
        .membershipGrowth,
        .joinsPerYear,
        .membersByRegion,
        .memberTimeline,
        .outputsByYear,
        .cumulativeOutputs,
        .roadmapTimeline,
        .membershipForecast,
        .reportedVsRoster,
    ]

    /// The chart names, in report order (what `charts`, `chart NAME` and report.yml accept).
    public static var names: [String] { charts.map(\.name) }

    /// The chart called `name`, or nil.
    public static func chart(named name: String) -> StandardChart? { charts.first { $0.name == name } }
}
