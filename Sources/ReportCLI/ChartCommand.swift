import ArgumentParser
import ChartEngine
import DatasetCore
import Foundation
import ReportBuilder

/// `isecg-report chart NAME`: one chart as a slide-ready PNG, a PDF or an SVG.
struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Render one chart as PNG, PDF or SVG.",
        discussion: """
            NAME is one of the names 'isecg-report charts' lists. The default output file is NAME.FORMAT in the \
            current directory; '-o -' writes to standard output. The file is written atomically.

            Examples:
              isecg-report chart membership-growth
              isecg-report chart outputs-by-year --format svg --theme dark -o out.svg
              isecg-report chart membership-forecast --size 1280x720 --transparent
            """)

    @Argument(help: ArgumentHelp("The chart to render (see 'isecg-report charts').", valueName: "NAME"))
    var name: String

    @OptionGroup var options: DatasetOptions

    @Option(help: ArgumentHelp("png, pdf or svg.", valueName: "FORMAT"))
    var format: ChartFormat = .png

    @Option(help: ArgumentHelp("Logical size in points, WIDTHxHEIGHT (default 960x540, 16:9).", valueName: "WxH"))
    var size: ChartSize = ChartSize(width: 960, height: 540)

    @Option(help: ArgumentHelp("PNG pixels per point (default 2: 1920x1080 px at the default size).", valueName: "N"))
    var scale: Double = 2

    @Option(help: ArgumentHelp("light or dark.", valueName: "THEME"))
    var theme: ThemeName = .light

    @Flag(help: "Leave the background transparent.")
    var transparent = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file ('-' for standard output).", valueName: "FILE"))
    var output: String?

    func validate() throws {
        guard ChartName(name: name) != nil else {
            throw ValidationError("unknown chart '\(name)'; the charts are:\n"
                + ChartName.allCases.map { "  " + $0.rawValue }.joined(separator: "\n"))
        }
        guard scale > 0, scale <= 16 else { throw ValidationError("--scale must be above 0 and at most 16, not \(scale)") }
    }

    func run() throws {
        try Terminal.run {
            let chart = ChartName(name: name)!
            let analysis = try DatasetAnalysis.load(DatasetDirectory(path: options.datasets), year: options.year)
            let chartOptions = ChartOptions(size: Size(size.width, size.height), scale: scale, theme: theme.theme,
                                            transparent: transparent)
            let publication = Publication(analysis: analysis)
            let bytes = try publication.chartFile(chart, format: format, options: chartOptions,
                                                  sourceDateEpoch: ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"])
            let destination = output ?? "\(chart.rawValue).\(format.rawValue)"
            if destination == "-" {
                Terminal.output(bytes: [UInt8](bytes))
            } else {
                try SingleFileWriter.write(bytes, to: destination)
            }
        }
    }
}

/// `--size WIDTHxHEIGHT` in points.
struct ChartSize: ExpressibleByArgument {
    var width: Double
    var height: Double

    init(width: Double, height: Double) { self.width = width; self.height = height }

    init?(argument: String) {
        let parts = argument.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let width = Double(parts[0]), let height = Double(parts[1]),
              (160...10_000).contains(width), (90...10_000).contains(height) else { return nil }
        self.init(width: width, height: height)
    }

    static var defaultCompletionKind: CompletionKind { .default }
}

/// `--theme light|dark`.
enum ThemeName: String, ExpressibleByArgument, CaseIterable {
    case light, dark
    var theme: Theme { self == .light ? .light : .dark }
}

extension ChartFormat: ExpressibleByArgument {}
