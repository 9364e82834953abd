/// The nine standard charts, in report order. The raw value is the name users type and the file name.
public enum ChartName: String, CaseIterable, Sendable, Codable {
    case membershipGrowth = "membership-growth"
    case joinsPerYear = "joins-per-year"
    case membersByRegion = "members-by-region"
    case memberTimeline = "member-timeline"
    case outputsByYear = "outputs-by-year"
    case cumulativeOutputs = "cumulative-outputs"
    case roadmapTimeline = "roadmap-timeline"
    case membershipForecast = "membership-forecast"
    case reportedVsRoster = "reported-vs-roster"

    /// One line on what the chart shows, for `isecg-report charts` and `--help`.
    public var summary: String {
        switch self {
        case .membershipGrowth: "year-end members as a step line, each join labelled with its acronym"
        case .joinsPerYear: "joins (and departures, below zero) per year as columns"
        case .membersByRegion: "members by region at year end, with counts and shares"
        case .memberTimeline: "one row per member from its join date to the report year, coloured by region"
        case .outputsByYear: "outputs per year stacked by type"
        case .cumulativeOutputs: "cumulative outputs and year-end members, two panels sharing the year axis"
        case .roadmapTimeline: "strategy and roadmap editions on a time axis, each labelled"
        case .membershipForecast: "year-end members, linear trend and a 5-year forecast with its 95 % prediction band"
        case .reportedVsRoster: "press-reported totals against the roster-derived count"
        }
    }

    /// The chart named `text`, or nil.
    public init?(name text: String) { self.init(rawValue: text) }
}
