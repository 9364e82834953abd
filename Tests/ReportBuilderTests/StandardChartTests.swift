import ChartEngine
import DatasetCore
import Foundation
import ReportBuilder
import Testing
import _TestSupport

/// The nine real charts, built from datasets on disk and rendered: text layout (no overlaps, nothing off the
/// canvas, nothing omitted at the slide size), other groups, empty data, SVG/PDF well-formedness, determinism.
@Suite("Chart factory: the nine charts rendered")
struct StandardChartTests {
    static let sizes = [Size(640, 360), Size(960, 540), Size(1600, 900)]
    static let themes: [(String, Theme)] = [("light", .light), ("dark", .dark)]

    // MARK: Datasets

    /// The repository root, from this file's path (Tests/ReportBuilderTests/StandardChartTests.swift).
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled datasets (ISECG).
    static let bundled: Publication = {
        let path = repositoryRoot.appendingPathComponent("Datasets").path
        return Publication(analysis: try! DatasetAnalysis.load(DatasetDirectory(path: path), year: nil))
    }()

    static let otherMembers = """
        acronym,name,country,region,joined,left
        KSA,Kenya Space Agency,Kenya,Africa,2010-03-01,
        AEB,Agencia Espacial Brasileira,Brazil,Latin America,2010-03-01,
        EgSA,Egyptian Space Agency,Egypt,Africa,2012-06,
        ACE,Agencia Chilena del Espacio,Chile,Latin America,2014,2018-05-10
        UAESA,UAE Space Agency,United Arab Emirates,Middle East,2015-09-20,
        JSA,Jordan Space Agency,Jordan,Middle East,2017-01-15,

        """

    /// Another group: 6 members in 3 regions, one departure, 5 outputs, 2 reported totals (one a discrepancy).
    static let otherGroup: Publication = try! load(files: [
        "members.csv": otherMembers,
        "outputs.csv": """
            date,type,title,lead
            2011-04-12,strategy,Joint framework for cooperation in space science,KSA
            2013-09,roadmap,First common roadmap: a long title that has to be shortened and wrapped onto lines,AEB
            2016,report,Annual report 2015,
            2016-05-20,meeting,Plenary meeting in Nairobi,KSA
            2018-11-02,roadmap,Common roadmap (second edition),UAESA

            """,
        "reported_counts.csv": """
            date,reported_members,kind
            2015-10-01,4,total
            2018-12-31,5,total

            """,
    ])

    /// A group with members only: no outputs, no reported counts.
    static let membersOnly: Publication = try! load(files: ["members.csv": otherMembers])

    static func load(files: [String: String]) throws -> Publication {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chartfactory-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, text) in files { try Data(text.utf8).write(to: directory.appendingPathComponent(name)) }
        return Publication(analysis: try DatasetAnalysis.load(DatasetDirectory(path: directory.path), year: nil))
    }

    // MARK: Layout checks

    /// Every placed text inside the canvas, no two overlapping, and any omission listed and noted on the chart.
    static func checkLayout(_ rendered: RenderedChart, size: Size, _ what: String) {
        let canvas = Rect(x: 0, y: 0, width: size.width, height: size.height)
        for p in rendered.placedTexts {
            #expect(canvas.contains(p.rect), "\(what): '\(p.text)' \(p.rect) outside the canvas")
        }
        for (i, a) in rendered.placedTexts.enumerated() {
            for b in rendered.placedTexts[(i + 1)...] where a.rect.intersects(b.rect) {
                Issue.record("\(what): '\(a.text)' \(a.rect) overlaps '\(b.text)' \(b.rect)")
            }
        }
        if !rendered.omittedLabels.isEmpty {
            let n = rendered.omittedLabels.count
            #expect(rendered.placedTexts.contains { $0.role == .note && $0.text.hasPrefix("+\(n) label") },
                    "\(what): \(n) omitted labels but no note on the chart")
        }
    }

    @Test(arguments: ChartCatalog.charts)
    func bundledChartsLayOutCleanlyAtEverySize(chart: StandardChart) throws {
        for size in Self.sizes {
            for (themeName, theme) in Self.themes {
                let what = "\(chart.name) \(Int(size.width))x\(Int(size.height)) \(themeName)"
                let spec = Self.bundled.chartSpec(chart, options: ChartOptions(size: size, scale: 1, theme: theme))
                let rendered = try ChartRenderer.renderPNG(spec, scale: 1)
                Self.checkLayout(rendered, size: size, what)
                #expect(rendered.placedTexts.contains { $0.role == .title }, "\(what): no title")
                if size.width >= 960 {
                    #expect(rendered.omittedLabels.isEmpty, "\(what): omitted \(rendered.omittedLabels.map(\.text))")
                }
            }
        }
    }

    /// The bundled source line ("… Chart: isecg-report") wraps at 400 × 300 at a space, never after the hyphen.
    @Test(arguments: ChartCatalog.charts)
    func theSourceLineNeverBreaksAtAHyphen(chart: StandardChart) throws {
        let spec = Self.bundled.chartSpec(chart, options: ChartOptions(size: Size(400, 300), scale: 1))
        let source = try #require(try ChartRenderer.layout(spec).placedTexts.first { $0.role == .source })
        #expect(source.lines.count > 1, "the test needs a wrapped source line: \(source.lines)")
        #expect(!source.lines.contains { $0.hasSuffix("-") }, "\(chart.name): \(source.lines)")
        #expect(source.text == spec.source)
    }

    /// The report year equal to the first join year: one year of data on every chart.
    static let firstYearOnly: Publication = {
        let path = repositoryRoot.appendingPathComponent("Datasets").path
        return Publication(analysis: try! DatasetAnalysis.load(DatasetDirectory(path: path), year: 2007))
    }()

    @Test(arguments: ChartCatalog.charts)
    func aSingleReportYearRendersEveryChartWithItsValue(chart: StandardChart) throws {
        for size in [Size(640, 360), Size(960, 540)] {
            let what = "\(chart.name) 2007 only \(Int(size.width))x\(Int(size.height))"
            let spec = Self.firstYearOnly.chartSpec(chart, options: ChartOptions(size: size, scale: 1))
            let rendered = try ChartRenderer.renderPNG(spec, scale: 1)
            Self.checkLayout(rendered, size: size, what)
            // The x axis names the year itself, never a year outside the data's range.
            let yearLabels = rendered.placedTexts.filter { $0.role == .axisLabel && Int($0.text).map { $0 > 1900 } == true }
            #expect(yearLabels.allSatisfy { ["2007", "2008"].contains($0.text) }, "\(what): \(yearLabels.map(\.text))")
        }
    }

    @Test func cumulativeOutputsNamesMembersAsItsSubtitleDoes() {
        // The subtitle says "agencies": the members panel must not say "Members" (REVIEW.md §6).
        let spec = Self.bundled.chartSpec(.cumulativeOutputs, options: ChartOptions(size: Size(960, 540), scale: 1))
        #expect(spec.subtitle?.hasPrefix("Cumulative outputs and agencies at year end") == true)
        #expect(spec.panels.map(\.title) == ["Cumulative outputs at year end", "Member agencies at year end"])
    }

    @Test func roadmapLegendKeysAreDrawnLikeTheirMarkers() {
        // Supplements are diamonds on the plot, so their legend key is a diamond too (it was a dot).
        let spec = Self.bundled.chartSpec(.roadmapTimeline, options: ChartOptions(size: Size(960, 540), scale: 1))
        #expect(spec.legend.map(\.label) == ["Strategy", "Roadmap", "Supplement"])
        #expect(spec.legend.map(\.symbol) == [.point, .point, .diamond])
    }

    @Test func everyJoinBatchIsLabelledOnMembershipGrowth() throws {
        let spec = Self.bundled.chartSpec(.membershipGrowth, options: ChartOptions(size: Size(960, 540), scale: 1))
        let rendered = try ChartRenderer.renderPNG(spec)
        let labels = rendered.placedTexts.filter { $0.role == .pointLabel }.map(\.text)
        #expect(labels.contains("14 founders"))
        for acronym in ["UAESA", "NZSA"] {
            #expect(labels.contains { $0.contains(acronym) }, "no label with \(acronym): \(labels)")
        }
    }

    @Test func memberTimelineRowLabelsStayReadableAtTheSmallSize() throws {
        // 18 members in 17 rows on a 360 pt slide: row labels shrink (down to 8 pt at most) rather than being thinned.
        let spec = Self.bundled.chartSpec(.memberTimeline, options: ChartOptions(size: Size(640, 360), scale: 1))
        let rendered = try ChartRenderer.renderPNG(spec)
        let rows = rendered.placedTexts.filter { $0.role == .axisLabel && !$0.text.allSatisfy(\.isNumber) }
        // A line of 8 pt DejaVu Sans is about 9.3 pt high.
        for row in rows { #expect(row.rect.height >= 9.3, "'\(row.text)' is \(row.rect.height) pt high") }
        #expect(rendered.omittedLabels.isEmpty, "\(rendered.omittedLabels)")
        if case .band(let categories) = spec.panels[0].y.kind { #expect(rows.count == categories.count) }
    }

    // MARK: Other groups

    @Test(arguments: ChartCatalog.charts)
    func anotherGroupRendersEveryChart(chart: StandardChart) throws {
        for size in [Size(960, 540), Size(640, 360)] {
            for (themeName, theme) in Self.themes {
                let spec = Self.otherGroup.chartSpec(chart, options: ChartOptions(size: size, scale: 1, theme: theme))
                let rendered = try ChartRenderer.renderPNG(spec)
                Self.checkLayout(rendered, size: size, "other group: \(chart.name) \(Int(size.width)) \(themeName)")
                if size.width >= 960 { #expect(rendered.omittedLabels.isEmpty, "\(chart.name): \(rendered.omittedLabels)") }
                #expect(!rendered.placedTexts.contains { $0.role == .panelNote },
                        "\(chart.name): an empty-data note on a chart with data")
            }
        }
    }

    @Test func anotherGroupShowsItsDiscrepancyAndDeparture() throws {
        let options = ChartOptions(size: Size(960, 540), scale: 1)
        let reported = try ChartRenderer.renderPNG(Self.otherGroup.chartSpec(.reportedVsRoster, options: options))
        #expect(reported.placedTexts.contains { $0.text == "\u{2212}1 vs roster" }, "\(reported.placedTexts.map(\.text))")
        let joins = try ChartRenderer.renderPNG(Self.otherGroup.chartSpec(.joinsPerYear, options: options))
        #expect(joins.placedTexts.contains { $0.role == .legend && $0.text == "Left" })
        #expect(joins.placedTexts.contains { $0.role == .valueLabel && $0.text == "\u{2212}1" })
    }

    /// Which charts have no data for a members-only group, and the note each shows instead of an empty frame.
    static let emptyNotes: [StandardChart: String] = [
        .outputsByYear: "No outputs in the datasets",
        .cumulativeOutputs: "No outputs in the datasets",
        .roadmapTimeline: "No strategy or roadmap editions in the datasets",
        .reportedVsRoster: "No reported totals in the datasets",
    ]

    @Test(arguments: ChartCatalog.charts)
    func membersOnlyRendersEveryChartWithNotesForMissingData(chart: StandardChart) throws {
        for size in [Size(960, 540), Size(640, 360)] {
            for (themeName, theme) in Self.themes {
                let spec = Self.membersOnly.chartSpec(chart, options: ChartOptions(size: size, scale: 1, theme: theme))
                let rendered = try ChartRenderer.renderPNG(spec)
                let what = "members only: \(chart.name) \(Int(size.width)) \(themeName)"
                Self.checkLayout(rendered, size: size, what)
                #expect(rendered.omittedLabels.isEmpty, "\(what): \(rendered.omittedLabels)")
                let notes = rendered.placedTexts.filter { $0.role == .panelNote }.map(\.text)
                if let expected = Self.emptyNotes[chart] {
                    #expect(notes == [expected], "\(what): notes \(notes)")
                } else {
                    #expect(notes.isEmpty, "\(what): notes \(notes)")
                }
            }
        }
    }

    // MARK: Files

    @Test(arguments: ChartCatalog.charts)
    func svgIsWellFormedWithTitleAndDescription(chart: StandardChart) throws {
        for publication in [Self.bundled, Self.membersOnly] {
            let options = ChartOptions(size: Size(960, 540), scale: 1)
            let data = try publication.chartFile(chart, format: .svg, options: options, sourceDateEpoch: nil)
            let path = try temporaryFile(data, suffix: ".svg")
            defer { try? FileManager.default.removeItem(atPath: path) }
            let (status, output) = try runTool("/usr/bin/xmllint", ["--noout", path], mergingStandardError: true)
            #expect(status == 0, "\(chart.name): xmllint: \(output)")
            let text = String(decoding: data, as: UTF8.self)
            let words = publication.words(for: chart)
            #expect(text.contains("<title"), "\(chart.name): no <title>")
            #expect(text.contains("<desc"), "\(chart.name): no <desc>")
            #expect(text.contains(Self.xmlEscaped(words.title)), "\(chart.name): title text missing")
            #expect(text.contains(Self.xmlEscaped(words.altText)), "\(chart.name): alt text missing")
        }
    }

    static func xmlEscaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    @Test(arguments: ChartCatalog.charts)
    func sameSpecRendersToIdenticalBytes(chart: StandardChart) throws {
        for format in ChartFormat.allCases {
            for (_, theme) in Self.themes {
                let options = ChartOptions(size: Size(960, 540), scale: 1, theme: theme)
                let a = try Self.bundled.chartFile(chart, format: format, options: options, sourceDateEpoch: "1735646400")
                let b = try Self.bundled.chartFile(chart, format: format, options: options, sourceDateEpoch: "1735646400")
                #expect(a == b, "\(chart.name).\(format.rawValue): two renders differ")
                #expect(!a.isEmpty)
            }
        }
    }

    // MARK: Colours

    @Test func categoryColoursAreStableAcrossCharts() throws {
        let options = ChartOptions(size: Size(960, 540), scale: 1)
        let timeline = Self.bundled.chartSpec(.memberTimeline, options: options)
        let regions = Self.bundled.chartSpec(.membersByRegion, options: options)
        var timelineColours: [String: SeriesColor] = [:]
        for entry in timeline.legend { timelineColours[entry.label] = entry.color }
        for case .bars(let bars) in regions.panels[0].marks {
            // Regions without members (listed with "0", no bar) have no row on the timeline to compare with.
            for series in bars.series where series.values.contains(where: { $0.value != 0 }) {
                #expect(timelineColours[series.name] == series.color, "\(series.name) differs between charts")
            }
        }
        let outputs = Self.bundled.chartSpec(.outputsByYear, options: options)
        let roadmaps = Self.bundled.chartSpec(.roadmapTimeline, options: options)
        for entry in roadmaps.legend {
            let same = outputs.legend.first { $0.label == entry.label }
            #expect(same?.color == entry.color, "\(entry.label) differs between charts")
        }
    }
}
