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
    /// A note under the chart on what it leaves out ("3 earlier editions before 2007 not shown"), or nil.
    public var caption: String?

    /// The longest title allowed, in words (CHART-STYLE.md).
    public static let maximumTitleWords = 10

    /// Creates chart text.
    public init(title: String, subtitle: String, source: String, statement: String, altText: String, caption: String? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.source = source
        self.statement = statement
        self.altText = altText
        self.caption = caption
    }

    /// The text of `chart` for `statistics`, worded with `names`; `roster` and `outputs` add acronyms and titles
    /// where the chart labels them (both optional).
    public static func make(for chart: StandardChart, statistics: GroupStatistics, names: PublicationNames = PublicationNames(),
                            roster: [Member] = [], outputs: OutputList = []) -> ChartText {
        make(chart.drawing.init(context: ChartContext(statistics: statistics, names: names, roster: roster, outputs: outputs)))
    }

    /// The text of one drawing. Without any membership year every chart says the same: nothing is recorded.
    static func make(_ drawing: some ChartDrawing) -> ChartText {
        let statistics = drawing.statistics, noun = drawing.names.memberNoun
        let rows = statistics.firstRow.flatMap { first in statistics.reportRow.map { (first, $0) } }
        let title = fitted(rows.map { drawing.titles(first: $0.0, last: $0.1) } ?? ["No \(noun) recorded"])
        let statement = rows.map { drawing.statement(first: $0.0, last: $0.1) }
            ?? "No \(noun) are recorded, so the chart is empty."
        let altText = statistics.reportRow.map { last in
            drawing.altText(last: last, period: drawing.range ?? "\(last.year)",
                            members: ChartContext.runs(statistics.membership.map { ($0.year, HouseStyle.integer($0.members)) }))
        } ?? "An empty chart: no \(noun) are recorded."
        return ChartText(title: title, subtitle: drawing.subtitle(), source: drawing.names.sourceLine,
                         statement: statement, altText: altText, caption: drawing.caption())
    }

    /// The first of `candidates` with at most the allowed number of words (the last one otherwise).
    static func fitted(_ candidates: [String]) -> String {
        candidates.first { HouseStyle.wordCount($0) <= maximumTitleWords } ?? candidates.last ?? ""
    }
}

/// The words around a chart: its title (the finding), subtitle, source line and alt text.
public struct ChartWords: Sendable, Hashable {
    public var title: String
    public var subtitle: String?
    public var caption: String?
    public var source: String?
    public var altText: String

    public init(title: String, subtitle: String? = nil, caption: String? = nil, source: String? = nil, altText: String) {
        self.title = title; self.subtitle = subtitle; self.caption = caption; self.source = source; self.altText = altText
    }
}
