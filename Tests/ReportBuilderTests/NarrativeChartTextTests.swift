import DatasetCore
import Foundation
import PartialDates
import ReportBuilder
import StatisticsCore
import Testing

@Suite struct NarrativeChartTextTests {
    typealias F = NarrativeFixture

    static func texts(_ statistics: GroupStatistics, _ names: PublicationNames = PublicationNames(),
                      roster: [Member] = [], outputs: [Output] = []) -> [StandardChart: ChartText] {
        Dictionary(uniqueKeysWithValues: ChartCatalog.charts.map {
            ($0, ChartText.make(for: $0, statistics: statistics, names: names, roster: roster, outputs: OutputList(outputs)))
        })
    }

    static var isecg: [StandardChart: ChartText] {
        texts(F.isecg, F.isecgNames, roster: F.roster, outputs: F.outputs)
    }

    /// The edge cases: members only in one year, a decline with departures, flat membership without a roadmap,
    /// and a roadmap only in a single report year.
    static var edgeCases: [(GroupStatistics, [Member], [Output])] {
        let oneRoadmap = [Output(date: F.day("2021-12-31"), type: .roadmap, title: "Roadmap (first)", location: F.here)]
        return [
            (F.statistics(F.singleYearRoster), F.singleYearRoster, []),
            (F.statistics(F.departureRoster, year: 2014), F.departureRoster, []),
            (F.statistics(F.flatRoster, F.flatOutputs), F.flatRoster, F.flatOutputs),
            (F.statistics(F.singleYearRoster, oneRoadmap), F.singleYearRoster, oneRoadmap),
            (GroupStatistics(members: []), [], []),
        ]
    }

    @Test func isecgTitlesStateTheFindings() {
        let texts = Self.isecg
        #expect(texts[.membershipGrowth]?.title == "Membership nearly doubled since 2007, mostly after 2018")
        #expect(texts[.joinsPerYear]?.title == "After 2007, joins cluster in 2019–2021")
        #expect(texts[.membersByRegion]?.title == "Europe has the most agencies: 12 of 27")
        #expect(texts[.memberTimeline]?.title == "13 of 27 agencies joined after 2007; none left")
        #expect(texts[.outputsByYear]?.title == "Meetings are the most common of 46 outputs")
        #expect(texts[.cumulativeOutputs]?.title == "46 outputs since 2007, about 2.6 a year")
        #expect(texts[.roadmapTimeline]?.title == "Four roadmap editions since 2011, latest in 2024")
        #expect(texts[.membershipForecast]?.title == "About 31 agencies by 2029 at the 2008–2024 joining rate")
        #expect(texts[.reportedVsRoster]?.title == "None of 22 reported totals differs from the roster")
    }

    @Test func isecgSubtitlesSourcesStatementsAndAltText() {
        let texts = Self.isecg
        #expect(texts[.membershipGrowth]?.subtitle == "Member agencies at year end, ISECG, 2007–2024")
        #expect(texts[.membershipForecast]?.subtitle.hasSuffix("95 % predictive interval, ISECG, 2007–2029") == true)
        #expect(texts.values.allSatisfy { $0.source == "Source: ISECG; agency announcements. Chart: isecg-report" })
        #expect(texts[.membersByRegion]?.statement.contains("Europe had 12 (44.4 %)") == true)
        #expect(texts[.membershipGrowth]?.altText.contains("14 in 2007–2014, 15 in 2015–2018, 20 in 2019, 26 in 2020, 27 in 2021–2024") == true)
        #expect(texts[.membershipGrowth]?.altText.hasSuffix("Labels: 2007: 14 founders; 2015: UAESA; 2019: ASA, LSA, POLSA, ROSA, SSO; "
            + "2020: AEM, NOSA, PTS, VNSC; 2020: AEB; 2020: GISTDA; 2021: NZSA.") == true, "as the chart labels them")
        #expect(texts[.roadmapTimeline]?.altText.contains("roadmap August 2024 (Global Exploration Roadmap, 4th edition)") == true)
        // The chart's statement and the findings state one spacing (middles of imprecise dates), not two.
        #expect(texts[.roadmapTimeline]?.statement.hasSuffix("roadmap editions every 1,571 days on average.") == true)
        #expect(NarrativeFindingsTests.isecgFindings()[3].contains("every 1,571 days"))
        // Levels correlate (r = −0.58) but the changes do not: no relation is claimed.
        #expect(texts[.cumulativeOutputs]?.statement.contains("both move with time and show no relation once that is taken out") == true)
        #expect(texts[.membershipForecast]?.statement == "If agencies keep joining at the 2008–2024 rate, about 31 by 2029 "
            + "(95 %: 27–44). Nobody has left, so the forecast never falls below today's 27.")
        NarrativeCheck.clean(texts.values.flatMap { [$0.statement, $0.altText] })
        NarrativeCheck.clean(texts.values.flatMap { [$0.title, $0.subtitle] }, sentences: false)
    }

    @Test func membershipGrowthAltTextNamesDeparturesAndCutsLongLists() {
        let departures = Self.texts(F.statistics(F.departureRoster, year: 2014), roster: F.departureRoster)
        #expect(departures[.membershipGrowth]?.altText.hasSuffix("Labels: 2010: C; 2010: A; 2010: B; 2010: D; 2012: D leaves; 2013: C leaves.") == true,
                "\(departures[.membershipGrowth]?.altText ?? "")")
        // One join a year for 30 years: twelve named, the rest counted, as the labels would be.
        let many = (0..<30).map { i in
            Member(acronym: "M\(i)", name: "", country: "", region: .europe, joined: F.day("\(1990 + i)-03-01"), location: F.here)
        }
        let alt = Self.texts(F.statistics(many, year: 2019), roster: many)[.membershipGrowth]?.altText ?? ""
        #expect(alt.hasSuffix("; 2001: M11; +18 more."), "\(alt)")
        #expect(!alt.contains("M12"))
    }

    @Test func titlesAreShortInSentenceCaseWithoutFullStop() {
        let all = [Self.isecg] + Self.edgeCases.map { Self.texts($0.0, roster: $0.1, outputs: $0.2) }
        for texts in all {
            for (chart, text) in texts {
                let words = text.title.split(separator: " ").count
                #expect(words <= ChartText.maximumTitleWords, "\(chart): \(text.title)")
                #expect(!text.title.hasSuffix("."), "\(chart): \(text.title)")
                #expect(text.title.first.map { $0.isUppercase || $0.isNumber } == true, "\(chart): \(text.title)")
            }
        }
    }

    @Test func edgeCasesProduceCleanText() {
        for (statistics, roster, outputs) in Self.edgeCases {
            let texts = Self.texts(statistics, roster: roster, outputs: outputs)
            NarrativeCheck.clean(texts.values.flatMap { [$0.statement, $0.altText] })
            NarrativeCheck.clean(texts.values.flatMap { [$0.title, $0.subtitle, $0.source] }, sentences: false)
        }
        let decline = Self.texts(F.statistics(F.departureRoster, year: 2014), roster: F.departureRoster)
        #expect(decline[.membershipGrowth]?.title == "Membership fell from 4 to 2 since 2010")
        #expect(decline[.memberTimeline]?.title == "No members joined after 2010; two left")
        #expect(decline[.joinsPerYear]?.altText.contains("Departures, below zero: 1 in 2012, 1 in 2013.") == true)
        let single = Self.texts(F.statistics(F.singleYearRoster), roster: F.singleYearRoster)
        #expect(single[.joinsPerYear]?.title == "Both members joined in 2021")
        #expect(single[.membershipForecast]?.title == "No forecast: too few years")
        #expect(single[.roadmapTimeline]?.title == "No strategy or roadmap editions recorded")
    }

    @Test func genericGroupNeverMentionsISECG() {
        let statistics = F.statistics(F.roster, F.outputs, F.totals, year: 2024)
        let texts = Self.texts(statistics, roster: F.roster, outputs: F.outputs.map {
            Output(date: $0.date, type: $0.type, title: "Edition", lead: $0.lead, location: $0.location)
        })
        var all = texts.values.flatMap { [$0.title, $0.subtitle, $0.source, $0.statement, $0.altText] }
        all += Findings.sentences(statistics: statistics)
        all += KeyFigures(statistics: statistics).rows.flatMap { [$0.label, $0.value, $0.note ?? ""] }
        all += Methodology.sections().flatMap { [$0.heading, $0.paragraph] }
        all.append(SummaryMarkdown.make(statistics: statistics, asOf: "2024-12-31"))
        for text in all { #expect(!text.contains("ISECG"), "\(text)") }
        #expect(texts[.membershipGrowth]?.subtitle == "Members at year end, 2007–2024")
        #expect(texts[.membershipGrowth]?.source == "Source: the group's datasets. Chart: isecg-report")
        #expect(Findings.sentences(statistics: statistics)[2].hasPrefix("The dataset records two outputs for 2024"))
        #expect(PublicationNames().publicationTitle == "Membership and coordination outputs")
    }
}
