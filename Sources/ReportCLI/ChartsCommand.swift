import ArgumentParser
import ReportBuilder

/// `isecg-report charts`: the chart names, one line each.
struct ChartsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "charts",
        abstract: "List the chart names, one line each.",
        discussion: "Render one with: isecg-report chart NAME [--format png|pdf|svg] [-o FILE]")

    func run() throws {
        let width = ChartName.allCases.map(\.rawValue.count).max() ?? 0
        for chart in ChartName.allCases {
            Terminal.output(chart.rawValue.padding(toLength: width + 2, withPad: " ", startingAt: 0) + chart.summary + "\n")
        }
    }
}
