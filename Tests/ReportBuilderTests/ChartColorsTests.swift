import ChartEngine
import Testing
@testable import ReportBuilder

/// One colour, one meaning across the report (issue 12.6): regions, output types and series never share a fill.
@Suite("Chart colours")
struct ChartColorsTests {
    @Test(arguments: [Theme.light, Theme.dark])
    func noColourMeansTwoThings(theme: Theme) {
        var seen: [String: String] = [:]
        for (meaning, color) in ChartColors.meanings {
            let hex = theme.resolve(color).hexString
            if let other = seen[hex] { Issue.record("\(hex) means both \(other) and \(meaning)") }
            seen[hex] = meaning
        }
        #expect(seen.count == ChartColors.meanings.count)
    }

    @Test func supplementHasItsOwnColourAndAnOutlineOnLightPages() {
        let supplement = ChartColors.outputTypes.color(for: "supplement")
        #expect(supplement != ChartColors.outputTypes.color(for: "roadmap"))
        #expect(supplement != ChartColors.outputTypes.color(for: "assessment"))
        #expect(Theme.light.outline(for: supplement) != nil)
    }
}
