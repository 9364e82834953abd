import ArgumentParser
import ReportBuilder

/// `isecg-report charts`: the chart names, one line each.
struct ChartsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "charts",
        abstract: "List the chart names, one line each.",
        discussion: "Render one with: isecg-report chart NAME [--format png|pdf|svg] [-o FILE]")

    func run() throws {
        let width = ChartCatalog.names.map(\.count).max() ?? 0
        for chart in ChartCatalog.charts {
            Terminal.output(chart.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + chart.summary + "\n")
        }
    }
}
