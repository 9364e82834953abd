import ArgumentParser
import DatasetCore
import Foundation
import ReportBuilder
import ReportWriter

/// `isecg-report build`: the whole report set — PDF, charts, stats.json, summary.md — written atomically,
/// or, with `--check`, compared with what is already there.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the report set: the annual summary PDF, every chart as PNG and SVG, stats.json, summary.md.",
        discussion: """
            Writes into --out as one unit: the new set is built beside it and swapped in, so the directory \
            holds either the previous set or the new one, even after a crash. Identical input gives identical \
            bytes; the PDF's creation date comes from SOURCE_DATE_EPOCH or else the data's as-of date, never \
            the clock. A --check run must see the same SOURCE_DATE_EPOCH (or none) as the build that wrote \
            --out, or the PDF is reported stale.

            With --check nothing is written: the set is regenerated in memory and compared with --out; each \
            differing file is listed as stale, missing or extra, and the exit status is 1 if there is any. \
            --format json prints [{"path", "state"}]; --format github prints one ::error annotation per file \
            for GitHub Actions. --diff DIR also writes, for each stale PNG, NAME.before.png, NAME.after.png and \
            NAME.diff.png (changed pixels in magenta on a faded copy of the new chart).

            When --out already holds a report set, summary.md begins with "Changes since the previous \
            build" (members added, removed or re-dated, outputs added or removed, key figures that moved, the \
            charts whose pictures changed), from that set's stats.json and charts; --check keeps the committed \
            summary.md's section as it is and compares the rest. --image-base-url makes summary.md's image \
            links absolute, for pasting it into a pull-request comment.

            Examples:
              isecg-report build
              isecg-report build --image-base-url https://raw.githubusercontent.com/ORG/REPO/main/Reports
              isecg-report build --datasets Datasets --out Reports --paper letter
              isecg-report build --check                               # in CI: are the figures current?
              isecg-report build --check --format github --diff figure-diffs
            """)

    @OptionGroup var options: DatasetOptions

    @Option(name: .customLong("out"), help: ArgumentHelp("The output directory.", valueName: "DIR"),
            completion: .directory)
    var out = "Reports"

    @Option(help: ArgumentHelp("Link summary.md's images under this absolute URL (its query string is kept).",
                               valueName: "URL"))
    var imageBaseURL: String?

    @Option(help: ArgumentHelp("a4 or letter (default: report.yml's paper, else a4).", valueName: "PAPER"))
    var paper: Paper?

    @Flag(help: "Compare a fresh build with --out instead of writing; exit 1 if any file differs.")
    var check = false

    @Option(help: ArgumentHelp("With --check: text, json or github (default: text).", valueName: "FORMAT"))
    var format: OutputComparison.ReportFormat?

    @Option(help: ArgumentHelp("With --check: write before, after and difference images of each stale PNG into DIR.",
                               valueName: "DIR"),
            completion: .directory)
    var diff: String?

    @Flag(name: .shortAndLong, help: "Do not print the one-line summary.")
    var quiet = false

    func validate() throws {
        if !check, format != nil { throw ValidationError("--format is for --check; add --check or drop --format") }
        if !check, diff != nil { throw ValidationError("--diff is for --check; add --check or drop --diff") }
    }

    func run() throws {
        try Terminal.run {
            let analysis = try options.loadAnalysis()
            let publication = Publication(analysis: analysis)
            let previous = PreviousBuildReader.read(out, charts: try publication.reportCharts().map(\.name),
                                                    mode: check ? .keepCommittedSection : .compare)
            let files = try publication.reportFiles(
                paper: paper, sourceDateEpoch: ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"],
                imageBaseURL: imageBaseURL, previous: previous)
            if check { return try compare(files) }
            try ReportDirectoryWriter(destination: out, datasetsDirectory: options.datasets).replace(with: files)
            if !quiet {
                Terminal.output("\(out): wrote \(files.files.count) files for \(analysis.statistics.reportYear.map(String.init) ?? "no year")\n")
            }
        }
    }

    /// `--check`: prints the differences in the chosen format, writes the `--diff` images, exits 1 when stale.
    private func compare(_ files: OutputFileSet) throws {
        let comparison = OutputComparison(expected: files, directory: out)
        let chosen = format ?? .text
        if let diff { try CheckDiffImages.write(comparison.stalePNGs(expected: files, directory: out), into: diff) }
        guard comparison.isCurrent else {
            Terminal.output(comparison.rendered(as: chosen, directory: out))
            if !quiet {
                let extra = comparison.entries.filter { $0.state == .extra }.count
                Terminal.error("isecg-report: \(comparison.entries.count) of \(files.files.count + extra) files differ "
                    + "from a fresh build; run 'isecg-report build' to refresh \(out)")
            }
            throw ExitStatus.stale
        }
        if chosen == .json { Terminal.output("[]\n") }
        if !quiet, chosen == .text { Terminal.output("\(out): all \(comparison.matching) files are current\n") }
    }
}

extension Paper: ExpressibleByArgument {}
extension OutputComparison.ReportFormat: ExpressibleByArgument {}
