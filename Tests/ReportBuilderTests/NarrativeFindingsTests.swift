import PartialDates
import ReportBuilder
import StatisticsCore
import Testing

@Suite struct NarrativeFindingsTests {
    @Test func isecgFindingsCarryTheNumbers() {
        let findings = Findings.sentences(statistics: NarrativeFixture.isecg, names: NarrativeFixture.isecgNames,
                                          roster: NarrativeFixture.roster, outputs: NarrativeFixture.outputs)
        for sentence in findings { print(sentence) }
        #expect((3...5).contains(findings.count))
    }
}
