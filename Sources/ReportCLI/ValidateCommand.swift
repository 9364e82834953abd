import ArgumentParser
import DatasetCore

/// `isecg-report validate`: checks the datasets and lists every problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the datasets and list every problem with its file, line and column.",
        discussion: """
            Reads members.csv (required), outputs.csv, reported_counts.csv and report.yml (optional) \
            from the datasets directory and checks them against the schema in Datasets/README.md: \
            required columns, field counts, dates (YYYY, YYYY-MM or YYYY-MM-DD, on the calendar), \
            regions, output types, count kinds, unique acronyms, UTF-8, quoting.

            Every problem is printed to standard output as

              FILE:LINE:COLUMN: error|warning: MESSAGE

            (columns count characters), followed by one summary line. Errors make the data unusable; \
            warnings point at data that is probably, but not surely, wrong.

            Exit status: 0 no errors (warnings allowed), 65 errors found, 66 members.csv missing or a \
            file unreadable (message on standard error), 64 bad usage.
            """
    )

    @Option(name: .customLong("datasets"),
            help: ArgumentHelp("The datasets directory.", valueName: "DIR"),
            completion: .directory)
    var datasets = "Datasets"

    @Flag(name: .shortAndLong, help: "Do not print the one-line summary (problems are still printed).")
    var quiet = false

    func run() throws {
        try DatasetOptions.requireDirectory(datasets)
        try Terminal.run {
            let result = try DatasetDirectory.forCommand(datasets).validate(progress: true)
            var output = ""
            for diagnostic in result.diagnostics {
                output += diagnostic.description + "\n"
            }
            if !quiet { output += summary(result) + "\n" }
            Terminal.output(output)
            if result.hasErrors { throw ExitStatus.dataError }
        }
    }

    /// `Datasets: 27 members, 46 outputs, 40 reported counts; 0 errors, 2 warnings`.
    private func summary(_ result: ValidationResult) -> String {
        func rows(_ file: String, _ noun: String) -> String {
            guard let input = result.inputs.first(where: { $0.fileName == file }) else { return "no \(file)" }
            return plural(input.rows, noun)
        }
        let counts = [rows("members.csv", "member"), rows("outputs.csv", "output"),
                      rows("reported_counts.csv", "reported count")]
        return "\(datasets): \(counts.joined(separator: ", ")); "
            + "\(plural(result.errorCount, "error")), \(plural(result.warningCount, "warning"))"
    }

    private func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
