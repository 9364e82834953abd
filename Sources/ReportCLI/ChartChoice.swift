import ArgumentParser
import ReportBuilder

/// The CLI's one meeting point with the chart catalogue: chart names as users type them, resolved with a
/// "did you mean" when mistyped.
enum ChartChoice {
    /// Every chart name, in report order.
    static var names: [String] { ChartCatalog.names }

    /// Every chart, in report order.
    static var all: [StandardChart] { ChartCatalog.charts }

    /// The chart called `name`, or a usage error listing the names (with the nearest one first).
    static func resolve(_ name: String) throws -> StandardChart {
        if let chart = ChartCatalog.chart(named: name) { return chart }
        throw ValidationError("unknown chart '\(name)'\(Suggestion.hint(for: name, among: names))\nThe charts are:\n"
            + names.map { "  " + $0 }.joined(separator: "\n"))
    }
}
