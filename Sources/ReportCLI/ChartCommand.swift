import ArgumentParser
import ChartEngine
import DatasetCore
import Foundation
import ReportBuilder
import ReportWriter

/// `isecg-report chart NAME`: one chart (or, with `--all`, every chart) as a slide-ready PNG, a PDF or an SVG.
struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Render one chart (or every chart) as PNG, PDF or SVG.",
        discussion: """
            NAME is one of the names 'isecg-report charts' lists. The format comes from the extension of -o \
            (.png, .pdf or .svg); without one, from --format, else PNG. The default file is NAME.FORMAT in the \
            current directory; '-o -' writes to standard output. Missing directories in -o are created. The \
            file is written atomically. A PNG carries the chart's title and alt text in iTXt chunks (Title, \
            Description).

            The theme is report.yml's 'theme' unless --theme is given. --no-title leaves out the title and \
            subtitle, --no-source the source line and caption: both together give the plot and legend only, \
            for a slide with its own title area.

            Sizes: --size is in points (width 160–10000, height 90–10000) or, ending in px, in PNG pixels; \
            --scale is 0.1–16 PNG pixels per point; a PNG of more than 100 megapixels is refused.

            Smallest sizes: a chart needs room for its texts. At 16:9 every chart fits from 450x254 points \
            with the bundled data (the least demanding from 338x191; longer names need more). A size too \
            small exits 64 and names the smallest that fits that chart.

            Examples:
              isecg-report chart membership-growth                      # membership-growth.png, 1920x1080 px
              isecg-report chart outputs-by-year --theme dark -o slides/outputs.svg
              isecg-report chart membership-forecast --size 1920x1080px --no-title -o slides/forecast.png
              isecg-report chart joins-per-year --title "New members each year" -o joins.pdf
              isecg-report chart --all -o slides --format svg
            """)

    @Argument(help: ArgumentHelp("The chart to render (see 'isecg-report charts'); omit with --all.", valueName: "NAME"),
              completion: .list(ChartChoice.names))
    var name: String?

    @Flag(help: "Render every chart into the directory -o DIR (default: the current directory), named NAME.FORMAT.")
    var all = false

    @OptionGroup var options: DatasetOptions

    @Option(help: ArgumentHelp("png, pdf or svg (default: from -o's extension, else png).", valueName: "FORMAT"))
    var format: ChartFormat?

    @Option(help: ArgumentHelp(ChartSizeOption.help, valueName: "WxH[px]"))
    var size: String?

    @Option(help: ArgumentHelp("PNG pixels per point, 0.1–16.", valueName: "N"))
    var scale: Double = 2

    @Option(help: ArgumentHelp("light or dark (default: report.yml's theme, else light).", valueName: "THEME"))
    var theme: ThemeName?

    @Flag(help: "Leave the background transparent; pair it with the theme of the slide (--theme dark on a dark slide: light-theme text is dark and vanishes there).")
    var transparent = false

    @Option(help: ArgumentHelp("Replace the chart's title (the finding) with TEXT.", valueName: "TEXT"))
    var title: String?

    @Option(help: ArgumentHelp("Replace the chart's subtitle with TEXT.", valueName: "TEXT"))
    var subtitle: String?

    @Flag(help: "Leave out the title and subtitle.")
    var noTitle = false

    @Flag(help: "Leave out the source line and caption.")
    var noSource = false

    @Flag(name: .shortAndLong, help: "With --all, do not print the one-line summary.")
    var quiet = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file ('-' for standard output), or the directory with --all.",
                                                    valueName: "FILE"),
            completion: .file(extensions: ["png", "pdf", "svg"]))
    var output: String?

    func validate() throws {
        switch (name, all) {
        case (nil, false): throw ValidationError("name a chart (see 'isecg-report charts') or give --all")
        case (.some(let name), true): throw ValidationError("give either a chart name ('\(name)') or --all, not both")
        case (.some(let name), false): _ = try ChartChoice.resolve(name)
        case (nil, true):
            if title != nil || subtitle != nil { throw ValidationError("--title and --subtitle are for one chart, not --all") }
        }
        if noTitle, title != nil || subtitle != nil {
            throw ValidationError("--no-title leaves the title out; drop it or drop --title/--subtitle")
        }
        guard ChartSizeOption.scaleRange.contains(scale) else {
            throw ValidationError("--scale must be between 0.1 and 16 (PNG pixels per point), not \(scale)")
        }
        let destination = try self.destination()
        _ = try sizeOption.points(scale: scale, isPNG: destination.format == .png)
    }

    private var sizeOption: ChartSizeOption {
        get throws { try size.map(ChartSizeOption.init(parsing:)) ?? .standard }
    }

    private func destination() throws -> ChartDestination {
        try ChartDestination.resolve(output: output, format: format, all: all, chartName: name)
    }

    func run() throws {
        let destination = try self.destination()
        let points = try sizeOption.points(scale: scale, isPNG: destination.format == .png)
        if let hint = Self.smallTextHint(width: points.width, height: points.height) { Terminal.error(hint) }
        try Terminal.run {
            let analysis = try options.loadAnalysis()
            let publication = Publication(analysis: analysis)
            let chosenTheme = theme ?? ThemeName(rawValue: analysis.dataset.config.theme?.lowercased() ?? "") ?? .light
            let chartOptions = ChartOptions(size: Size(points.width, points.height), scale: scale,
                                            theme: chosenTheme.theme, transparent: transparent)
            let render = ChartFileRenderer(publication: publication, options: chartOptions, format: destination.format,
                                           overrides: ChartWordOverrides(title: title, subtitle: subtitle,
                                                                         noTitle: noTitle, noSource: noSource))
            switch destination.target {
            case .standardOutput:
                Terminal.output(bytes: [UInt8](try render.file(try ChartChoice.resolve(name ?? ""))))
            case .file(let path):
                try ChartDestination.createDirectory(ChartDestination.parent(of: path))
                try SingleFileWriter.write(try render.file(try ChartChoice.resolve(name ?? "")), to: path)
            case .directory(let directory):
                try ChartDestination.createDirectory(directory)
                for chart in ChartChoice.all {
                    let path = (directory.hasSuffix("/") ? directory : directory + "/")
                        + "\(chart.name).\(destination.format.rawValue)"
                    try SingleFileWriter.write(try render.file(chart), to: path)
                }
                if !quiet {
                    Terminal.output("\(directory): wrote \(ChartChoice.all.count) charts as \(destination.format.rawValue)\n")
                }
            }
        }
    }
}

/// `--theme light|dark`.
enum ThemeName: String, ExpressibleByArgument, CaseIterable {
    case light, dark
    var theme: Theme { self == .light ? .light : .dark }
}

extension ChartFormat: ExpressibleByArgument {}

extension ChartCommand {
    /// The charts' type is set in points for a 960 × 540 pt slide: on a canvas more than twice that, the text
    /// is a small share of the picture (11 pt on 3840 pt looks like 2.75 pt on a 960 pt slide). A hint, not an
    /// error: a poster may want it.
    static func smallTextHint(width: Double, height: Double) -> String? {
        guard max(width, height) > 1920 else { return nil }
        let w = Int(width), h = Int(height)
        let ratio = (max(width / 960, height / 540) * 10).rounded() / 10
        return "isecg-report: warning: at \(w)x\(h) points the charts' text (set in points) is \(String(format: "%.1f", ratio))"
            + " times smaller against the picture than at 960x540; for a large image keep the size and raise --scale "
            + "(a 3840x2160 px PNG: --size 960x540 --scale 4)"
    }
}
