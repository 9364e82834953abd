import Foundation
import Testing
import _TestSupport

/// `isecg-report charts` and `isecg-report chart NAME`, run as the built binary.
@Suite("isecg-report chart / charts (end to end)")
struct ChartCommandTests {
    static let names = [
        "membership-growth", "joins-per-year", "members-by-region", "member-timeline", "outputs-by-year",
        "cumulative-outputs", "roadmap-timeline", "membership-forecast", "reported-vs-roster",
    ]

    static var datasets: String { BinaryRunner.repositoryRoot().appendingPathComponent("Datasets").path }

    /// Runs `chart ARGS --datasets <bundled>` in a fresh directory; returns the run and the directory
    /// (the caller removes it).
    static func chart(_ arguments: [String]) throws -> (BinaryRunner.Result, URL) {
        let directory = try BinaryRunner.makeTemporaryDirectory()
        let run = try BinaryRunner.run(["chart"] + arguments + ["--datasets", datasets], in: directory)
        return (run, directory)
    }

    // MARK: PNG helpers (no decoder needed: IHDR and pHYs are read directly)

    static func uint32(_ bytes: [UInt8], _ offset: Int) -> Int {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
    }

    /// Width, height, colour type, and pHYs pixels per metre (unit metre) if present.
    static func pngInfo(_ data: Data) -> (width: Int, height: Int, colorType: Int, pixelsPerMetre: Int?)? {
        let bytes = [UInt8](data)
        guard bytes.count > 33, bytes[0..<8].elementsEqual([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return nil }
        var ppm: Int?
        var offset = 8
        while offset + 12 <= bytes.count {
            let length = uint32(bytes, offset)
            let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
            if type == "pHYs", length == 9, bytes[offset + 16] == 1 {
                #expect(uint32(bytes, offset + 8) == uint32(bytes, offset + 12), "pHYs x and y differ")
                ppm = uint32(bytes, offset + 8)
            }
            offset += 12 + length
        }
        return (uint32(bytes, 16), uint32(bytes, 20), Int(bytes[25]), ppm)
    }

    /// The SVG's `<title>` text, unescaped.
    static func svgTitle(_ svg: String) -> String? {
        guard let open = svg.range(of: "<title"), let gt = svg[open.upperBound...].firstIndex(of: ">"),
              let close = svg.range(of: "</title>", range: gt..<svg.endIndex) else { return nil }
        return String(svg[svg.index(after: gt)..<close.lowerBound])
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    // MARK: charts

    @Test func chartsListsTheNineNames() throws {
        let run = try BinaryRunner.run(["charts"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let listed = run.stdoutLines.map { String($0.prefix { $0 != " " }) }
        #expect(listed == Self.names)
        for line in run.stdoutLines { #expect(line.split(separator: " ").count > 2, "no description: \(line)") }
    }

    // MARK: chart

    @Test func defaultPNGIsSlideSizedAt144DPI() throws {
        let (run, directory) = try Self.chart(["membership-growth", "-o", "tmp.png"])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "")
        let data = try Data(contentsOf: directory.appendingPathComponent("tmp.png"))
        let info = try #require(Self.pngInfo(data))
        #expect(info.width == 1920 && info.height == 1080)
        #expect(info.pixelsPerMetre == 5669)  // 144 dpi = 144 / 0.0254 m
        // Nothing else was left in the directory (the write is atomic: no temporary files).
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["tmp.png"])
    }

    /// A canvas far larger than a slide in points gets a hint on stderr (REVIEW.md §2 "Smaller": 11 px text on a
    /// 4K canvas at --scale 1); the same pixels through --scale get none.
    @Test func aHugeCanvasInPointsGetsAHint() throws {
        let (huge, directory) = try Self.chart(["joins-per-year", "--size", "3840x2160", "--scale", "1", "-o", "a.png"])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(huge.status == 0, "\(huge.stderr)")
        #expect(huge.stderr.contains("warning: at 3840x2160 points") && huge.stderr.contains("--scale 4"), "\(huge.stderr)")
        let (scaled, other) = try Self.chart(["joins-per-year", "--size", "3840x2160px", "--scale", "4", "-o", "b.png"])
        defer { try? FileManager.default.removeItem(at: other) }
        #expect(scaled.status == 0 && scaled.stderr == "", "\(scaled.stderr)")
    }

    @Test func defaultFileNameIsTheChartName() throws {
        let (run, directory) = try Self.chart(["joins-per-year", "--scale", "1"])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("joins-per-year.png").path))
    }

    @Test func svgIsWellFormedWithTitleAndDescription() throws {
        let (run, directory) = try Self.chart(["outputs-by-year", "--format", "svg", "-o", "c.svg"])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run.status == 0, "\(run.stderr)")
        let path = directory.appendingPathComponent("c.svg").path
        let (status, output) = try runTool("/usr/bin/xmllint", ["--noout", path], mergingStandardError: true)
        #expect(status == 0, "\(output)")
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("<desc"))
        #expect(!(Self.svgTitle(svg) ?? "").isEmpty)
    }

    @Test func pdfCarriesTheTitleAsText() throws {
        let (svgRun, directory) = try Self.chart(["membership-growth", "--format", "svg", "-o", "c.svg"])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(svgRun.status == 0)
        let title = try #require(Self.svgTitle(try String(contentsOf: directory.appendingPathComponent("c.svg"), encoding: .utf8)))
        let pdfRun = try BinaryRunner.run(["chart", "membership-growth", "--format", "pdf", "-o", "c.pdf",
                                           "--datasets", Self.datasets], in: directory)
        #expect(pdfRun.status == 0, "\(pdfRun.stderr)")
        let pdf = directory.appendingPathComponent("c.pdf").path
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)).starts(with: Data("%PDF-".utf8)))
        let (status, text) = try runTool("/usr/bin/pdftotext", [pdf, "-"], mergingStandardError: true)
        #expect(status == 0)
        // The title may wrap onto two lines: compare without whitespace.
        let squeeze = { (s: String) in s.filter { !$0.isWhitespace } }
        #expect(squeeze(text).contains(squeeze(title)), "pdftotext: \(text)")
        let (_, info) = try runTool("/usr/bin/pdfinfo", [pdf], mergingStandardError: true)
        #expect(info.contains("Title:") && info.contains(title.prefix(30)), "\(info)")
    }

    @Test func sizeAndScaleGiveThePixelSize() throws {
        let (run, directory) = try Self.chart(["members-by-region", "--size", "1280x720", "--scale", "1", "-o", "s.png"])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run.status == 0, "\(run.stderr)")
        let info = try #require(Self.pngInfo(try Data(contentsOf: directory.appendingPathComponent("s.png"))))
        #expect(info.width == 1280 && info.height == 720)
        #expect(info.pixelsPerMetre == 2835)  // 72 dpi
    }

    @Test func darkThemeAndTransparentBackground() throws {
        let directory = try BinaryRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func render(_ extra: [String], _ file: String) throws -> Data {
            let run = try BinaryRunner.run(["chart", "roadmap-timeline", "--datasets", Self.datasets, "-o", file] + extra,
                                           in: directory)
            #expect(run.status == 0, "\(extra): \(run.stderr)")
            return try Data(contentsOf: directory.appendingPathComponent(file))
        }
        let light = try render(["--format", "svg"], "light.svg")
        let dark = try render(["--format", "svg", "--theme", "dark"], "dark.svg")
        let transparent = try render(["--format", "svg", "--transparent"], "transparent.svg")
        let lightText = String(decoding: light, as: UTF8.self)
        let darkText = String(decoding: dark, as: UTF8.self)
        let transparentText = String(decoding: transparent, as: UTF8.self)
        // Cairo writes colours as percentages: #1E1E1E is 11.764706 %, white is 100 %.
        let darkBackground = "rgb(11.764706%,11.764706%,11.764706%)"
        let white = "rgb(100%,100%,100%)"
        #expect(darkText.contains(darkBackground))
        #expect(!lightText.contains(darkBackground))
        #expect(lightText.contains(white))
        #expect(!transparentText.contains(white), "a transparent chart still paints a white background")
        // The PNG variants are written and differ from each other.
        let pngs = try [[], ["--theme", "dark"], ["--transparent"], ["--theme", "dark", "--transparent"]].enumerated()
            .map { try render($0.element + ["--scale", "1"], "v\($0.offset).png") }
        for png in pngs { #expect(Self.pngInfo(png)?.width == 960) }
        #expect(Set(pngs).count == 4)
    }

    @Test func identicalRunsWriteIdenticalBytes() throws {
        let directory = try BinaryRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for format in ["png", "svg", "pdf"] {
            var outputs: [Data] = []
            for i in 0..<2 {
                let run = try BinaryRunner.run(["chart", "member-timeline", "--datasets", Self.datasets, "--format", format,
                                                "-o", "r\(i).\(format)"], in: directory)
                #expect(run.status == 0, "\(run.stderr)")
                outputs.append(try Data(contentsOf: directory.appendingPathComponent("r\(i).\(format)")))
            }
            #expect(outputs[0] == outputs[1], "\(format) differs between runs")
        }
    }

    // MARK: Errors

    @Test func unknownChartIsAUsageErrorListingTheNames() throws {
        let (run, directory) = try Self.chart(["membership-grwth"])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run.status == 64)
        #expect(run.stderr.contains("membership-grwth"))
        for name in Self.names { #expect(run.stderr.contains(name), "stderr does not list \(name)") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test(arguments: ["12x", "x540", "960", "0x0", "960x540x2", "abc"])
    func badSizeIsAUsageError(size: String) throws {
        let (run, directory) = try Self.chart(["membership-growth", "--size", size])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run.status == 64, "--size \(size): \(run.status)")
        #expect(run.stderr.contains("size"), "\(run.stderr)")
    }

    @Test func missingDatasetsDirectoryIs66() throws {
        let directory = try BinaryRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try BinaryRunner.run(["chart", "membership-growth", "--datasets", "no-such-dir"], in: directory)
        #expect(run.status == 66)
        #expect(run.stderr.contains("no-such-dir"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func uncreatableOutputIs73WithAClearMessage() throws {
        // Missing directories are created (as ggsave's create.dir); one under a regular file cannot be.
        let directory = try BinaryRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("not a directory".utf8).write(to: directory.appendingPathComponent("plain-file"))
        let run = try BinaryRunner.run(["chart", "membership-growth", "--datasets", Self.datasets,
                                        "-o", "plain-file/sub/x.png"], in: directory)
        #expect(run.status == 73)
        #expect(run.stderr.contains("plain-file"), "\(run.stderr)")
        #expect(!run.stderr.contains("Error Domain"), "not a clear message: \(run.stderr)")
        #expect(run.stdout == "")
    }
}
