import ArgumentParser

/// The `isecg-report` command: statistics, charts and the annual summary report from coordination-group datasets.
@main
struct ISECGReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "isecg-report",
        abstract: "Statistics, charts and an annual summary report from a coordination group's membership and outputs.",
        discussion: """
            Reads members.csv (required), outputs.csv and reported_counts.csv (optional) and an optional \
            report.yml from a datasets directory (default: Datasets).

            Exit codes: 0 ok, 1 stale files (build --check), 64 usage (a chart size too small included), \
            65 bad data, 66 input missing, 69 a font missing, 70 internal error, 73 output cannot be created, \
            74 I/O error.
            """,
        version: "0.1.0",
        subcommands: [ValidateCommand.self, StatsCommand.self, ChartCommand.self, ChartsCommand.self, BuildCommand.self]
    )
}
