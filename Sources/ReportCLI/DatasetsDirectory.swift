import DatasetCore
import ReportBuilder

extension DatasetDirectory {
    /// The datasets directory as every command opens it: report.yml's `charts` is checked against the
    /// report's chart names, so `validate` rejects what `build` would.
    static func forCommand(_ path: String) -> DatasetDirectory {
        DatasetDirectory(path: path, chartNames: ChartCatalog.names)
    }
}
