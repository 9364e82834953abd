import DatasetCore
import StatisticsCore

/// The words of one chart: title (the finding), subtitle (statistic, unit, group, period), source line,
/// the report's one-sentence statement and the alt text, all generated from the data.
///
/// ```swift
/// let text = ChartText.make(for: .membershipGrowth, statistics: statistics, names: names, roster: roster)
/// text.title     // "Membership nearly doubled since 2007, mostly after 2018"
/// text.subtitle  // "Member agencies at year end, ISECG, 2007–2024"
/// ```
public struct ChartText: Hashable, Sendable {
    /// The finding, in sentence case, at most ``maximumTitleWords`` words, without a full stop.
    public var title: String
    /// The statistic, unit, group and period.
    public var subtitle: String
    /// The source line under the chart ("Source: ISECG; agency announcements. Chart: isecg-report").
    public var source: String
    /// One sentence for the report's section that states what the chart shows, with numbers.
    public var statement: String
    /// A complete description of the data for SVG `<desc>`, `summary.md` and the PDF.
    public var altText: String

    /// The longest title allowed, in words (CHART-STYLE.md).
    public static let maximumTitleWords = 10

    /// Creates chart text.
    public init(title: String, subtitle: String, source: String, statement: String, altText: String) {
        self.title = title
        self.subtitle = subtitle
        self.source = source
        self.statement = statement
        self.altText = altText
    }

    /// The text of `chart` for `statistics`, worded with `names`; `roster` and `outputs` add acronyms and titles
    /// where the chart labels them (both optional).
    public static func make(for chart: ChartName, statistics: GroupStatistics, names: PublicationNames = PublicationNames(),
                            roster: [Member] = [], outputs: [Output] = []) -> ChartText {
        let context = ChartTextContext(statistics: statistics, names: names, roster: roster, outputs: outputs)
        let title = context.fitted(context.titleCandidates(chart))
        return ChartText(title: title, subtitle: context.subtitle(chart), source: names.sourceLine,
                         statement: context.statement(chart), altText: context.altText(chart))
    }
}

/// What the texts of one chart are made from, with the helpers they share.
struct ChartTextContext {
    var statistics: GroupStatistics
    var names: PublicationNames
    var roster: [Member]
    var outputs: [Output]

    typealias N = NarrativeNumber

    /// The first of `candidates` with at most the allowed number of words (the last one otherwise).
    func fitted(_ candidates: [String]) -> String {
        candidates.first { NarrativeText.wordCount($0) <= ChartText.maximumTitleWords } ?? candidates.last ?? ""
    }

    /// "Members" or "Member agencies", the statistic's noun in subtitles.
    var membersLabel: String { names.memberNoun == "members" ? "Members" : "Member \(names.memberNoun)" }

    /// The report year, or nil without any date.
    var year: Int? { statistics.reportRow?.year ?? statistics.reportYear }

    /// "2007–2024", or the report year alone.
    var range: String? { statistics.rangeText ?? year.map { "\($0)" } }

    /// The subtitle: the statistic, the group's label (when named) and the period, separated by commas.
    func subtitle(_ statistic: String, period: String?) -> String {
        [statistic, names.label, period].compactMap { $0 }.joined(separator: ", ")
    }

    func subtitle(_ chart: ChartName) -> String {
        let endOfYear = year.map { "end of \($0)" }
        switch chart {
        case .membershipGrowth: return subtitle("\(membersLabel) at year end", period: range)
        case .joinsPerYear: return subtitle("\(names.memberNoun.capitalizedFirst) joining and leaving per year", period: range)
        case .membersByRegion: return subtitle("\(membersLabel) by region, number and share", period: endOfYear)
        case .memberTimeline: return subtitle("Each \(names.memberSingular) from joining to \(year.map(String.init) ?? "the report year"), by region", period: range)
        case .outputsByYear: return subtitle("Coordination outputs per year, by type", period: range)
        case .cumulativeOutputs: return subtitle("Cumulative outputs and \(names.memberNoun) at year end", period: range)
        case .roadmapTimeline: return subtitle("Strategy and roadmap editions by date", period: range)
        case .membershipForecast:
            let end = statistics.forecast.last?.year
            let period = statistics.firstYear.flatMap { first in end.map { N.years(first, $0) } } ?? range
            return subtitle("\(membersLabel) at year end, linear trend and \(Forecast.intervalLabel)", period: period)
        case .reportedVsRoster: return subtitle("Reported totals and roster count of \(names.memberNoun)", period: range)
        }
    }

    /// "14 in 2007–2014, 15 in 2015–2018, 27 in 2021–2024": a yearly series with equal runs merged.
    static func runs(_ series: [(year: Int, value: String)]) -> String {
        var parts: [(first: Int, last: Int, value: String)] = []
        for (year, value) in series {
            if let last = parts.last, last.value == value, last.last == year - 1 {
                parts[parts.count - 1].last = year
            } else {
                parts.append((year, year, value))
            }
        }
        return parts.map { "\($0.value) in \(N.years($0.first, $0.last))" }.joined(separator: ", ")
    }
}
