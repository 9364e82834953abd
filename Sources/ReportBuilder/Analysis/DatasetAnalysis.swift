import DatasetCore
import PartialDates
import StatisticsCore

/// A loaded dataset with its statistics for one report year: the meeting point of DatasetCore's records and
/// StatisticsCore's plain inputs.
public struct DatasetAnalysis: Sendable {
    /// The records (with `outputs` empty when they were streamed).
    public let dataset: Dataset
    /// Every statistic for the report year.
    public let statistics: GroupStatistics
    /// Where the datasets came from (for messages): `DIR/members.csv`, `DIR/report.yml`.
    public let directory: DatasetDirectory
    /// Every output's date and title, for stats.json's `outputList`; nil above
    /// ``StatsDocument/outputListLimit`` outputs (the same whether outputs.csv was loaded or streamed).
    public let outputList: [StatsDocument.OutputListEntry]?

    /// Loads `directory` completely (titles included, for the report) and analyses it.
    /// - Parameters:
    ///   - year: the `--year` option; nil for the latest year of any dataset.
    ///   - progress: show reading progress on stderr (only when it is a terminal).
    public static func load(_ directory: DatasetDirectory, year: Int?, progress: Bool = false) throws -> DatasetAnalysis {
        let dataset = try directory.load(progress: progress)
        var tally = newTally()
        for index in dataset.outputs.indices {
            let row = dataset.outputs.row(at: index)
            tally.add(date: row.date, category: row.type.rawValue, lead: row.lead)
        }
        try check(year: year, dataset: dataset, directory: directory)
        let outputs = dataset.outputs
        let list = outputs.count > StatsDocument.outputListLimit ? nil
            : outputs.indices.map { StatsDocument.OutputListEntry(date: outputs.date(at: $0), title: outputs.title(at: $0)) }
        return DatasetAnalysis(dataset: dataset, tally: tally, outputList: list, year: year, directory: directory)
    }

    /// Loads `directory` streaming outputs.csv through the tally: memory stays bounded for any file size.
    public static func stream(_ directory: DatasetDirectory, year: Int?, progress: Bool = false) throws -> DatasetAnalysis {
        var tally = newTally()
        // The output list is kept while it is within its limit, then dropped for good (memory stays bounded).
        var list: [StatsDocument.OutputListEntry]? = []
        let dataset = try directory.load(progress: progress) { row in
            tally.add(date: row.date, category: row.type.rawValue, lead: row.lead)
            // Taken out while it grows, so the append does not copy it.
            guard var kept = list else { return }
            list = nil
            guard kept.count < StatsDocument.outputListLimit else { return }
            kept.append(StatsDocument.OutputListEntry(date: row.date, title: row.title))
            list = kept
        }
        try check(year: year, dataset: dataset, directory: directory)
        return DatasetAnalysis(dataset: dataset, tally: tally, outputList: list, year: year, directory: directory)
    }

    /// The tally the report needs: roadmap intervals; strategy, roadmap and supplement dates (supplements are
    /// listed beside the editions, never counted in an interval).
    static func newTally() -> OutputTally {
        OutputTally(intervalCategories: ["roadmap"], editionCategories: GroupStatistics.editionCategories)
    }

    /// Throws when `--year` names a year before anyone joined: there would be no range to report.
    private static func check(year: Int?, dataset: Dataset, directory: DatasetDirectory) throws(ReportError) {
        guard let year, let firstYear = dataset.members.map(\.joined.year).min(), year < firstYear else { return }
        throw .yearBeforeFirstJoin(year: year, firstYear: firstYear, file: directory.filePath("members.csv"))
    }

    private init(dataset: Dataset, tally: OutputTally, outputList: [StatsDocument.OutputListEntry]?, year: Int?,
                 directory: DatasetDirectory) {
        self.dataset = dataset
        self.directory = directory
        self.outputList = outputList.map(StatsDocument.outputListOrder)
        self.statistics = GroupStatistics(
            members: dataset.members.map(\.memberSpan),
            tally: tally,
            statements: dataset.reportedCounts.filter { $0.kind == .total }
                .map { CountStatement(date: $0.date, reported: $0.reportedMembers) },
            reportYear: year,
            categories: OutputType.allCases.map(\.rawValue))
    }

    /// The statistics document (stats.json and `isecg-report stats`), with the input files' hashes.
    public var document: StatsDocument {
        var document = StatsDocument(statistics: statistics, inputs: dataset.inputs.map {
            InputFileSummary(file: $0.fileName, sha256: $0.sha256, rows: $0.rows)
        })
        document.roster = dataset.members.sorted { ($0.joined, $0.acronym) < ($1.joined, $1.acronym) }
            .map { StatsDocument.RosterEntry(acronym: $0.acronym, joined: $0.joined, left: $0.left) }
        document.outputList = outputList
        return document
    }
}
