import ArgumentParser
import DatasetCore
import ReportBuilder

/// `isecg-report stats`: every statistic of the report, as a table for people or JSON, CSV or Markdown.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Print the statistics: a table for a terminal, or JSON, CSV or Markdown.",
        discussion: """
            One streaming pass over the datasets: memory stays bounded whatever the size of outputs.csv.
            The JSON keys are documented in docs/stats-json.md; stats.json in the report is the same document.
            """)

    @OptionGroup var options: DatasetOptions

    @Option(help: ArgumentHelp("table, json, csv or markdown.", valueName: "FORMAT"))
    var format: StatsFormat = .table

    func run() throws {
        try Terminal.run {
            let analysis = try options.loadAnalysis(streaming: true)
            Terminal.output(try analysis.document.rendered(as: format))
        }
    }
}

extension StatsFormat: ExpressibleByArgument {}
