import Foundation
import Testing
import _TestSupport

/// `chart` for slides, run as the built binary: format from the extension, px sizes, words under the user's
/// control, `--all`, created directories, iTXt chunks, report.yml's theme, bounds and suggestions.
@Suite("isecg-report chart for slides (end to end)")
struct SlideChartTests {
    static let datasets = ChartCommandTests.datasets

    /// Runs `chart ARGS --datasets <bundled>` in `directory`.
    static func chart(_ arguments: [String], in directory: URL, datasets: String = datasets) throws -> BinaryRunner.Result {
        try BinaryRunner.run(["chart"] + arguments + ["--datasets", datasets], in: directory)
    }

    static func magic(_ url: URL) throws -> String {
        let data = try Data(contentsOf: url)
        if data.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return "png" }
        if data.starts(with: Data("%PDF-".utf8)) { return "pdf" }
        if String(decoding: data.prefix(200), as: UTF8.self).contains("<svg") { return "svg" }
        return "unknown"
    }

    /// The iTXt chunks of a PNG (uncompressed), keyword → text, read independently of the encoder.
    static func iTXt(_ data: Data) -> [String: String] {
        let bytes = [UInt8](data)
        var found: [String: String] = [:]
        var offset = 8
        while offset + 12 <= bytes.count {
            let length = ChartCommandTests.uint32(bytes, offset)
            if String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self) == "iTXt" {
                let fields = bytes[offset + 8..<offset + 8 + length].split(separator: 0, maxSplits: 5, omittingEmptySubsequences: false)
                // keyword, flag+method (two bytes, here 0 0 so they split as empty fields), language, translated, text
                if let keyword = fields.first, let text = fields.last {
                    found[String(decoding: keyword, as: UTF8.self)] = String(decoding: text, as: UTF8.self)
                }
            }
            offset += 12 + length
        }
        return found
    }

    static func pdfText(_ url: URL) throws -> String {
        try runTool("/usr/bin/pdftotext", [url.path, "-"]).output.filter { !$0.isWhitespace }
    }

    @Test func theExtensionChoosesTheFormatAndMissingDirectoriesAreCreated() throws {
        let directory = try BinaryRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (file, format) in [("slides/a.pdf", "pdf"), ("slides/deeper/b.svg", "svg"), ("c.png", "png"),
                               ("noext", "png"), ("UPPER.PDF", "pdf")] {
            let run = try Self.chart(["membership-growth", "--scale", "1", "-o", file], in: directory)
            #expect(run.status == 0, "\(file): \(run.stderr)")
            #expect(try Self.magic(directory.appendingPathComponent(file)) == format, "\(file)")
        }
        let svgByFlag = try Self.chart(["membership-growth", "--format", "svg", "-o", "plain"], in: directory)
        #expect(svgByFlag.status == 0)
        #expect(try Self.magic(directory.appendingPathComponent("plain")) == "svg")
    }

    @Test func anUnknownExtensionOrADisagreeingFormatIs64AndWritesNothing() throws {
        let directory = try BinaryRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let jpg = try Self.chart(["membership-growth", "-o", "x.jpg"], in: directory)
        #expect(jpg.status == 64)
        #expect(jpg.stderr.contains(".png, .pdf or .svg"), "\(jpg.stderr)")
        let disagree = try Self.chart(["membership-growth", "--format", "svg", "-o", "x.png"], in: directory)
        #expect(disagree.status == 64)
        #expect(disagree.stderr.contains("disagrees"), "\(disagree.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func pixelSizesGiveExactlyThosePixels() throws {
        let directory = try BinaryRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (size, width, height) in [("1920x1080px", 1920, 1080), ("1080×1080px", 1080, 1080), ("800x600px", 800, 600)] {
            let run = try Self.chart(["members-by-region", "--size", size, "--scale", "1", "-o", "p.png"], in: directory)
            #expect(run.status == 0, "\(size): \(run.stderr)")
            let info = try #require(ChartCommandTests.pngInfo(try Data(contentsOf: directory.appendingPathComponent("p.png"))))
            #expect(info.width == width && info.height == height, "\(size)")
        }
        // At the default scale 2, 1920x1080px is the default 960x540-point chart: the same bytes.
        _ = try Self.chart(["membership-growth", "--size", "1920x1080px", "-o", "px.png"], in: directory)
        _ = try Self.chart(["membership-growth", "-o", "default.png"], in: directory)
        #expect(try Data(contentsOf: directory.appendingPathComponent("px.png"))
            == Data(contentsOf: directory.appendingPathComponent("default.png")))
        let pdfInPixels = try Self.chart(["members-by-region", "--size", "1920x1080px", "-o", "p.pdf"], in: directory)
        #expect(pdfInPixels.status == 64, "px is PNG only")
    }

    @Test func titleSubtitleNoTitleAndNoSourceChangeThePDFText() throws {
        let directory = try BinaryRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try Self.chart(["membership-growth", "-o", "default.pdf"], in: directory).status == 0)
        #expect(try Self.chart(["membership-growth", "-o", "own.pdf", "--title", "Our coalition grows",
                                "--subtitle", "Agencies, 2007 to 2024"], in: directory).status == 0)
        #expect(try Self.chart(["membership-growth", "-o", "bare.pdf", "--no-title", "--no-source"], in: directory).status == 0)
        let generated = try Self.pdfText(directory.appendingPathComponent("default.pdf"))
        let own = try Self.pdfText(directory.appendingPathComponent("own.pdf"))
        let bare = try Self.pdfText(directory.appendingPathComponent("bare.pdf"))
        #expect(generated.contains("Membership") && generated.contains("Source"), "\(generated)")
        #expect(own.contains("Ourcoalitiongrows") && own.contains("Agencies,2007to2024"), "\(own)")
        #expect(!own.contains("Membershipnearly"))
        #expect(!bare.contains("Membershipnearly") && !bare.contains("Source"), "\(bare)")
        #expect(bare.contains("2020"), "the plot is still there: \(bare)")
        let conflict = try Self.chart(["membership-growth", "--no-title", "--title", "x"], in: directory)
        #expect(conflict.status == 64)
    }

    @Test func aPNGCarriesItsTitleAndAltTextInITXt() throws {
        let directory = try BinaryRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try Self.chart(["outputs-by-year", "--scale", "1", "-o", "o.png"], in: directory).status == 0)
        #expect(try Self.chart(["outputs-by-year", "--format", "svg", "-o", "o.svg"], in: directory).status == 0)
        let text = Self.iTXt(try Data(contentsOf: directory.appendingPathComponent("o.png")))
        let svg = try String(contentsOf: directory.appendingPathComponent("o.svg"), encoding: .utf8)
        let title = try #require(ChartCommandTests.svgTitle(svg))
        #expect(text["Title"] == title)
        let description = try #require(text["Description"])
        #expect(description.count > 40, "\(description)")
        #expect(svg.contains(String(description.prefix(30))), "the alt text is the SVG's <desc>")
        // The slide's own title goes into the chunk too; without a drawn title the generated one stays.
        #expect(try Self.chart(["outputs-by-year", "--scale", "1", "--title", "Ünïcode 한국어", "-o", "t.png"], in: directory).status == 0)
        #expect(Self.iTXt(try Data(contentsOf: directory.appendingPathComponent("t.png")))["Title"] == "Ünïcode 한국어")
        #expect(try Self.chart(["outputs-by-year", "--scale", "1", "--no-title", "-o", "n.png"], in: directory).status == 0)
        #expect(Self.iTXt(try Data(contentsOf: directory.appendingPathComponent("n.png")))["Title"] == title)
        // So do the SVG's <title> and the PDF's /Title: a chart without its drawn title still names itself.
        #expect(try Self.chart(["outputs-by-year", "--format", "svg", "--no-title", "-o", "n.svg"], in: directory).status == 0)
        let bareSVG = try String(contentsOf: directory.appendingPathComponent("n.svg"), encoding: .utf8)
        #expect(ChartCommandTests.svgTitle(bareSVG) == title)
        #expect(try Self.chart(["outputs-by-year", "--no-title", "-o", "n.pdf"], in: directory).status == 0)
        let info = try runTool("/usr/bin/pdfinfo", [directory.appendingPathComponent("n.pdf").path]).output
        let pdfTitle = info.split(separator: "\n").first { $0.hasPrefix("Title:") }.map { $0.dropFirst(6).trimmingCharacters(in: .whitespaces) }
        #expect(pdfTitle == title, "\(info)")
    }

    @Test func allWritesEveryChartIntoANewDirectory() throws {
        let directory = try BinaryRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try Self.chart(["--all", "--format", "svg", "-o", "deck/charts"], in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("deck/charts").path).sorted()
        #expect(written == ChartCommandTests.names.map { "\($0).svg" }.sorted())
        #expect(run.stdout.contains("wrote 9 charts"))
        let quiet = try Self.chart(["--all", "--scale", "0.5", "-o", "png", "--quiet"], in: directory)
        #expect(quiet.status == 0 && quiet.stdout.isEmpty, "\(quiet.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("png").path).count == 9)
        #expect(try Self.chart(["--all", "membership-growth"], in: directory).status == 64)
        #expect(try Self.chart([], in: directory).status == 64)
    }

    @Test func reportYmlThemeAppliesUnlessThemeIsGiven() throws {
        let directory = try BinaryRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let dark = directory.appendingPathComponent("dark-data")
        try FileManager.default.copyItem(atPath: Self.datasets, toPath: dark.path)
        let yml = dark.appendingPathComponent("report.yml")
        var text = (try? String(contentsOf: yml, encoding: .utf8)) ?? ""
        text = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("theme:") }
            .joined(separator: "\n") + "\ntheme: dark\n"
        try text.write(to: yml, atomically: true, encoding: .utf8)
        func render(_ extra: [String], _ file: String) throws -> Data {
            let run = try Self.chart(["roadmap-timeline", "--scale", "1", "-o", file] + extra, in: directory, datasets: dark.path)
            #expect(run.status == 0, "\(run.stderr)")
            return try Data(contentsOf: directory.appendingPathComponent(file))
        }
        let fromConfig = try render([], "config.png")
        #expect(fromConfig == (try render(["--theme", "dark"], "dark.png")))
        #expect(fromConfig != (try render(["--theme", "light"], "light.png")))
    }

    @Test func boundsAreUsageErrorsThatNameTheLimit() throws {
        let directory = try BinaryRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cases: [([String], String)] = [
            (["--size", "10000x10000", "--scale", "3.27"], "100 megapixels"),
            (["--size", "4000x4000", "--scale", "8"], "100 megapixels"),
            (["--size", "12000x9000px", "--scale", "1.2"], "100 megapixels"),
            (["--scale", "-2"], "not -2"),
            (["--scale", "1e-300"], "between 0.1 and 16"),
            (["--size", "-3x4"], "positive"),
            (["--size", "big"], "WIDTHxHEIGHT"),
            (["--size", "100x50"], "out of range"),
            (["--year", "3000"], "50 years"),
            (["--year", "-5"], "four-digit"),
        ]
        for (arguments, message) in cases {
            let start = Date()
            let run = try Self.chart(["membership-growth", "-o", "b.png"] + arguments, in: directory)
            #expect(run.status == 64, "\(arguments): \(run.status) \(run.stderr)")
            #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
            #expect(Date().timeIntervalSince(start) < 10, "refused before any allocation")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        let help = try BinaryRunner.run(["chart", "--help"])
        let helpText = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for text in ["160–10000", "90–10000", "0.1–16", "100 megapixels", "50 years"] { #expect(helpText.contains(text), "\(text)") }
    }

    @Test func aReportYearAfterTheDataIsDrawnWithAWarning() throws {
        let directory = try BinaryRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let later = try Self.chart(["membership-growth", "-o", "y.png", "--year", "2035"], in: directory)
        #expect(later.status == 0)
        #expect(later.stderr.contains("warning: the datasets record nothing after 2024; 2025–2035 show the state at the end of "
            + "2024 carried forward, not observations"), "\(later.stderr)")
        let next = try Self.chart(["membership-growth", "-o", "n.png", "--year", "2025"], in: directory)
        #expect(next.stderr.contains("2025 shows the state at the end of 2024"), "\(next.stderr)")
        let covered = try Self.chart(["membership-growth", "-o", "c.png", "--year", "2024"], in: directory)
        #expect(!covered.stderr.contains("warning"), "\(covered.stderr)")
    }

    @Test func mistypedNamesGetASuggestion() throws {
        let chart = try BinaryRunner.run(["chart", "membership-grwoth", "--datasets", Self.datasets])
        #expect(chart.status == 64)
        #expect(chart.stderr.contains("did you mean 'membership-growth'?"), "\(chart.stderr)")
        let subcommand = try BinaryRunner.run(["bulid"])
        #expect(subcommand.status == 64)
        #expect(subcommand.stderr.contains("did you mean 'build'?"), "\(subcommand.stderr)")
        let help = try BinaryRunner.run(["help", "nosuch"])
        #expect(help.status == 64, "\(help.stderr)")
        #expect(try BinaryRunner.run(["help", "chart"]).status == 0)
    }
}
