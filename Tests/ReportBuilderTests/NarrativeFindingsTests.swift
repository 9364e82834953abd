import DatasetCore
import Foundation
import PartialDates
@testable import ReportBuilder
import StatisticsCore
import Testing

@Suite struct NarrativeFindingsTests {
    typealias F = NarrativeFixture

    static func isecgFindings() -> [String] {
        Findings.sentences(statistics: F.isecg, names: F.isecgNames, roster: F.roster, outputs: OutputList(F.outputs))
    }

    @Test func isecgFindingsCarryTheNumbers() {
        let findings = Self.isecgFindings()
        #expect(findings.count == 5)
        #expect(findings[0] == "Membership grew from 14 agencies in 2007 to 27 at the end of 2024 (+93 %), "
            + "3.9 % a year on average; all growth came in 4 of 17 years.")
        #expect(findings[1] == "Growth after 2007 came in two waves: one agency (UAESA) joined in 2015, then 12 joined "
            + "between 2019 and 2021.")
        #expect(findings[2].hasPrefix("The dataset records two outputs for 2024 (one roadmap and one meeting)"))
        #expect(findings[2].contains("46"))
        // Editions only (the two supplements beside them), imprecise dates at their middles.
        #expect(findings[3].hasPrefix("Four roadmap editions since 2011 (and two supplements): one edition every 1,571 days on average "
            + "(median 1,610"))
        #expect(findings[3].contains("Global Exploration Roadmap, 4th edition (August 2024), came about 137 days before the "
            + "end of 2024 (122–152"))
        #expect(findings[4] == "None of 22 reported totals differs from the roster: 11 match exactly, 10 are within the "
            + "range that imprecise join dates allow and 1 predates it.")
    }

    @Test func isecgKeyFigures() {
        let figures = KeyFigures(statistics: F.isecg, names: F.isecgNames)
        let values = Dictionary(uniqueKeysWithValues: figures.rows.map { ($0.label, $0.value) })
        #expect(figures.year == 2024)
        #expect(values["Agencies at the end of 2024"] == "27")
        #expect(values["Joined in 2024"] == "0")
        #expect(values["Change since the end of 2023"] == "0")
        #expect(values["Compound annual growth, 2007–2024"] == "3.9 %")
        #expect(values["Outputs in 2024: roadmap"] == "1")
        #expect(values["Outputs in 2024: meeting"] == "1")
        #expect(values["Outputs in 2024: report"] == nil, "zero types are left out")
        #expect(values["Outputs in 2024, total"] == "2")
        #expect(values["Days since the last roadmap edition (31 December 2024)"] == "about 137")
        #expect(figures.markdown.contains("| Agencies at the end of 2024 | 27 |"))
        #expect(values["Agencies forecast for the end of 2029 (count model)"] == "about 31")
        #expect(figures.rows.last?.note == "95 %: 27–44, if agencies keep joining at the 2008–2024 rate")
    }

    @Test func departuresAndDeclineUseTheMinusSign() {
        let statistics = F.statistics(F.departureRoster, year: 2014)
        let findings = Findings.sentences(statistics: statistics, roster: F.departureRoster)
        #expect(findings[0] == "Membership fell from 4 members in 2010 to 2 at the end of 2014 (\u{2212}50 %), "
            + "\u{2212}15.9 % a year on average; nobody joined after 2010.")
        #expect(findings[1] == "No member has joined since 2010; two members left (D in 2012 and C in 2013).")
        #expect(!findings.joined().contains("-5"), "a hyphen-minus is not a minus sign")
        let figures = KeyFigures(statistics: F.statistics(F.departureRoster, year: 2013))
        #expect(figures.rows.contains { $0.label == "Change since the end of 2012" && $0.value == "\u{2212}1" })
        #expect(figures.rows.contains { $0.label == "Left in 2013" && $0.value == "1" })
    }

    @Test func generalGroupsGetThreeToFiveCleanSentences() {
        let cases: [(GroupStatistics, [Member])] = [
            (F.statistics(F.flatRoster, F.flatOutputs), F.flatRoster),
            (F.statistics(F.departureRoster, year: 2014), F.departureRoster),
            (F.statistics(F.singleYearRoster), F.singleYearRoster),
            (F.statistics(F.departureRoster, [], [CountStatement(date: F.day("2012-06"), reported: 9)], year: 2012), F.departureRoster),
        ]
        for (statistics, roster) in cases {
            let findings = Findings.sentences(statistics: statistics, roster: roster)
            #expect((2...5).contains(findings.count))
            NarrativeCheck.clean(findings)
            NarrativeCheck.clean(KeyFigures(statistics: statistics).rows.flatMap { [$0.label, $0.value, $0.note ?? ""] },
                                 allowNotAvailable: true)
        }
        let reconciled = Findings.sentences(statistics: cases[3].0, roster: F.departureRoster)
        #expect(reconciled.contains("The one reported total differs from the roster (by +5, June 2012)."))
    }

    @Test func noMembersGivesOneSentence() {
        let statistics = GroupStatistics(members: [])
        #expect(Findings.sentences(statistics: statistics) == ["No members are recorded, so there is nothing to describe yet."])
        #expect(KeyFigures(statistics: statistics).rows.isEmpty)
    }

    @Test func numbersAreWrittenInTheHouseStyle() {
        #expect(HouseStyle.integer(1_234_567) == "1,234,567")
        #expect(HouseStyle.integer(-1234) == "\u{2212}1,234")
        #expect(HouseStyle.decimal(-1234.56, 1) == "\u{2212}1,234.6")
        #expect(HouseStyle.decimal(-0.001, 1) == "0.0")
        #expect(HouseStyle.percent(22.66) == "22.7 %")
        #expect(HouseStyle.signed(-3) == "\u{2212}3" && HouseStyle.signed(3) == "+3" && HouseStyle.signed(0) == "0")
        #expect(HouseStyle.signedPercent(92.857) == "+93 %" && HouseStyle.signedPercent(-4.44) == "\u{2212}4.4 %")
        #expect(HouseStyle.years(2007, 2024) == "2007\u{2013}2024" && HouseStyle.years(2024, 2024) == "2024")
    }
}

/// Checks shared by the narrative tests.
enum NarrativeCheck {
    /// No "nil", "NaN", "n/a n/a", "-0", "Optional", double spaces or empty texts; every sentence ends with a full stop.
    static func clean(_ texts: [String], allowNotAvailable: Bool = false, sentences: Bool = true,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for text in texts where !(allowNotAvailable && text.isEmpty) {
            #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "empty text", sourceLocation: sourceLocation)
            for bad in ["nil", "NaN", "nan", "inf", "n/a n/a", "Optional", "  ", " .", " ,", "()", "-0"] {
                #expect(!text.contains(bad), "\(bad) in: \(text)", sourceLocation: sourceLocation)
            }
            if !allowNotAvailable { #expect(!text.contains("n/a"), "n/a in: \(text)", sourceLocation: sourceLocation) }
            if sentences && !allowNotAvailable { #expect(text.hasSuffix("."), "no full stop: \(text)", sourceLocation: sourceLocation) }
        }
    }
}
