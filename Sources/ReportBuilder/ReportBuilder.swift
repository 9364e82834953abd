/// Maps statistics to chart specs, report pages and output files.
enum ReportBuilderModule {}

/// The program that writes the reports: its name and version (`isecg-report --version`, and `generator` in
/// stats.json and the CSV and Markdown statistics).
public enum Generator {
    /// The program's name.
    public static let name = "isecg-report"
    /// Its version.
    public static let version = "0.1.0"
    /// "isecg-report 0.1.0".
    public static var nameAndVersion: String { "\(name) \(version)" }
}
