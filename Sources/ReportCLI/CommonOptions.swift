import ArgumentParser
import Foundation
import DatasetCore
import ReportBuilder

/// `--datasets DIR` and `--year YYYY`, shared by every command that reads the datasets.
struct DatasetOptions: ParsableArguments {
    @Option(name: .customLong("datasets"), help: ArgumentHelp("The datasets directory.", valueName: "DIR"),
            completion: .directory)
    var datasets = "Datasets"

    @Option(name: .customLong("year"),
            help: ArgumentHelp("The report year (default: the latest year of any joined, output or reported-count "
                               + "date). At most \(YearBound.yearsPastData) years past the data's latest year: a later "
                               + "one is a usage error (64), as it is almost surely a typo and would draw an empty axis.",
                               valueName: "YYYY"))
    var year: Int?

    func validate() throws {
        if let year, !(1...9999).contains(year) {
            throw ValidationError("--year must be a four-digit year, not \(year)")
        }
    }

    /// Loads the datasets and their statistics for `--year` (streaming outputs.csv when `streaming`), after
    /// checking that the directory is one and that the year is not far past the data.
    func loadAnalysis(streaming: Bool = false) throws -> DatasetAnalysis {
        try DatasetOptions.requireDirectory(datasets)
        let directory = DatasetDirectory.forCommand(datasets)
        // Reading progress on stderr, as `validate` shows it (only when stderr is a terminal).
        let analysis = streaming ? try DatasetAnalysis.stream(directory, year: year, progress: true)
            : try DatasetAnalysis.load(directory, year: year, progress: true)
        try YearBound.check(year: year, analysis: analysis)
        // Rendering commands warn about text no installed font covers (it would be drawn as boxes).
        if !streaming { for warning in try GlyphCoverage.warnings(analysis.dataset) { Terminal.error(warning.description) } }
        return analysis
    }

    /// `--datasets FILE` is a usage error that says what the path is, instead of "members.csv: no such file".
    static func requireDirectory(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            Terminal.error("isecg-report: --datasets \(path) is not a directory; give the directory that holds members.csv")
            throw ExitStatus.noInput
        }
    }
}

/// How far `--year` may go past the data.
enum YearBound {
    /// A report year this many years past the data's latest year is refused.
    static let yearsPastData = 50

    /// The latest year any join, departure, output or reported count names.
    static func latestDataYear(_ analysis: DatasetAnalysis) -> Int? {
        let dataset = analysis.dataset
        let years = dataset.members.map(\.joined.year) + dataset.members.compactMap(\.left?.year)
            + dataset.reportedCounts.map(\.date.year) + dataset.outputs.allDates.map(\.year)
            + analysis.statistics.outputs.filter { $0.total > 0 }.map(\.year)
        return years.max()
    }

    /// A usage error (64) when `year` is more than `yearsPastData` years after the data; a warning when it is
    /// after the data at all (the years after are drawn as the last recorded state, not as observations).
    static func check(year: Int?, analysis: DatasetAnalysis) throws {
        guard let year, let latest = latestDataYear(analysis), year > latest else { return }
        guard year > latest + yearsPastData else {
            let years = year == latest + 1 ? "\(year) shows" : "\(latest + 1)\u{2013}\(year) show"
            Terminal.error("isecg-report: warning: the datasets record nothing after \(latest); \(years) the state at the end "
                + "of \(latest) carried forward, not observations")
            return
        }
        Terminal.error("isecg-report: --year \(year) is \(year - latest) years after the data's latest year (\(latest)); "
            + "the limit is \(yearsPastData) years, so choose \(latest + yearsPastData) or earlier")
        throw ExitStatus.usage
    }
}
