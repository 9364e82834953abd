import ArgumentParser

/// `--datasets DIR` and `--year YYYY`, shared by every command that reads the datasets.
struct DatasetOptions: ParsableArguments {
    @Option(name: .customLong("datasets"), help: ArgumentHelp("The datasets directory.", valueName: "DIR"))
    var datasets = "Datasets"

    @Option(name: .customLong("year"),
            help: ArgumentHelp("The report year (default: the latest year of any joined, output or reported-count date).",
                               valueName: "YYYY"))
    var year: Int?

    func validate() throws {
        if let year, !(1...9999).contains(year) {
            throw ValidationError("--year must be a four-digit year, not \(year)")
        }
    }
}
