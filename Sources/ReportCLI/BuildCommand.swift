import ArgumentParser
import DatasetCore
import Foundation
import ReportBuilder

/// `isecg-report build`: the whole report set — PDF, charts, stats.json, summary.md — written atomically,
/// or, with `--check`, compared with what is already there.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the report set: the annual summary PDF, every chart as PNG and SVG, stats.json, summary.md.",
        discussion: """
            Writes into --out (default Reports) as one unit: the new set is built beside it and swapped in, so \
            the directory holds either the previous set or the new one, even after a crash. Identical input \
            gives identical bytes; the PDF's creation date comes from SOURCE_DATE_EPOCH or else the data's \
            as-of date, never the clock.

            With --check nothing is written: the set is regenerated in memory and compared with --out; each \
            differing file is listed as stale, missing or extra, and the exit status is 1 if there is any.

            Examples:
              isecg-report build
              isecg-report build --datasets Datasets --out Reports --paper letter
              isecg-report build --check      # in CI: are the figures current?
            """)

    @OptionGroup var options: DatasetOptions

    @Option(name: .customLong("out"), help: ArgumentHelp("The output directory.", valueName: "DIR"))
    var out = "Reports"

    @Option(help: ArgumentHelp("a4 or letter (default: report.yml's paper, else a4).", valueName: "PAPER"))
    var paper: Paper?

    @Flag(help: "Compare a fresh build with --out instead of writing; exit 1 if any file differs.")
    var check = false

    func run() throws {
        try Terminal.run {
            let analysis = try DatasetAnalysis.load(DatasetDirectory(path: options.datasets), year: options.year)
            let publication = Publication(analysis: analysis)
            let files = try publication.reportFiles(
                paper: paper, sourceDateEpoch: ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"])
            if check {
                let comparison = OutputComparison(expected: files, directory: out)
                guard comparison.isCurrent else {
                    Terminal.output(comparison.entries.map { "\(out)/\($0.path): \($0.state.rawValue)\n" }.joined())
                    Terminal.error("isecg-report: \(comparison.entries.count) of \(files.files.count + comparison.entries.filter { $0.state == .extra }.count) files differ from a fresh build; run 'isecg-report build' to refresh \(out)")
                    throw ExitStatus.stale
                }
                Terminal.output("\(out): all \(comparison.matching) files are current\n")
                return
            }
            try ReportDirectoryWriter(destination: out, datasetsDirectory: options.datasets).replace(with: files)
            Terminal.output("\(out): wrote \(files.files.count) files for \(analysis.statistics.reportYear.map(String.init) ?? "no year")\n")
        }
    }
}

extension Paper: ExpressibleByArgument {}
