import ChartEngine
import DatasetCore
import DocumentLayout
import Foundation
@testable import ReportBuilder
import Testing

/// roadmap-timeline's words and its drawing share one window, the chart's year axis; its labels say a
/// date once.
@Suite("roadmap-timeline: one window for words and marks")
struct RoadmapTimelineTests {
    /// Members from 2010; roadmaps from 1998 (three before 2010, three after) and a report.
    static let earlyOutputs: Publication = try! StandardChartTests.load(files: [
        "members.csv": """
            acronym,name,country,region,joined,left
            KSA,Kenya Space Agency,Kenya,Africa,2010-03-01,
            AEB,Agencia Espacial Brasileira,Brazil,Latin America,2011-05,
            JSA,Jordan Space Agency,Jordan,Middle East,2017-01-15,

            """,
        "outputs.csv": """
            date,type,title,lead
            1998-04-02,roadmap,Early roadmap,
            2003-05,roadmap,Second early roadmap,
            2008,roadmap,Third early roadmap,
            2012-03-01,roadmap,Common roadmap,KSA
            2016-06,roadmap,Common roadmap (second edition),AEB
            2018-02-02,report,Annual report,
            2021,roadmap,Common roadmap (third edition),JSA

            """,
    ])

    static let numberWords = ["One": 1, "Two": 2, "Three": 3, "Four": 4, "Five": 5, "Six": 6]

    /// The title counts the editions drawn; the caption counts the ones before the axis; together, every edition.
    @Test(arguments: [Size(960, 540), Size(400, 300)])
    func theTitleCountsWhatIsDrawnAndTheNoteTheRest(size: Size) throws {
        let spec = Self.earlyOutputs.chartSpec(.roadmapTimeline, options: ChartOptions(size: size, scale: 1))
        let layout = try ChartRenderer.layout(spec)
        let titleWord = try #require(spec.title.split(separator: " ").first.map(String.init))
        let titled = try #require(Self.numberWords[titleWord], "title '\(spec.title)'")
        #expect(spec.title == "Three roadmap editions since 2012, latest in 2021")
        // Each event is a marker, drawn whether or not its label found room.
        #expect(layout.markers.count == titled, "\(layout.markers.count) markers drawn, title says \(titled)")
        let caption = try #require(layout.placedTexts.first { $0.role == .caption }?.text)
        #expect(caption == "3 earlier editions before 2010 not shown")
        let stated = try #require(Int(caption.prefix { $0.isNumber }))
        let all = Self.earlyOutputs.analysis.dataset.outputs.filter { $0.type == .roadmap }.count
        #expect(titled + stated == all)
        // No label of an edition before the axis is drawn or counted as left out.
        let labels = layout.placedTexts.filter { $0.role == .timelineLabel }.map(\.text) + layout.omittedLabels.map(\.text)
        #expect(!labels.contains { $0.contains("arly") }, "\(labels)")
        #expect(labels.count == titled)
    }

    /// The statement and the alt text say the same window and the same earlier count (the PDF's figure text).
    @Test func theStatementAndAltTextShareTheWindow() throws {
        let text = Self.earlyOutputs.text(for: .roadmapTimeline)
        #expect(text.statement.hasPrefix("Three roadmap editions appeared from 1 March 2012 to 2021"), "\(text.statement)")
        #expect(!text.statement.contains("days"), "the spacing spans the earlier editions too: \(text.statement)")
        #expect(text.statement.hasSuffix(" Three editions dated before 2010, the chart's first year, are not drawn."))
        #expect(text.altText.hasSuffix(" Three editions dated before 2010, the chart's first year, are not drawn."))
        #expect(!text.altText.contains("1998"), "\(text.altText)")
        #expect(text.subtitle.hasSuffix("2010–2021"))
        let content = Self.earlyOutputs.reportContent(charts: [.roadmapTimeline], paper: .a4,
                                                      createDate: PDFDate(year: 2024, month: 12, day: 31))
        // The PDF leaves the chart's caption out; its statement says the same in a sentence.
        #expect(content.figures.first?.statement == text.statement)
        #expect(content.figures.first?.caption.isEmpty == true, "said once, in the statement")
    }

    /// A label whose title gives its year has no date line repeating it; a month or day is still given, and a
    /// year the title does not give is kept.
    @Test func aLabelSaysItsYearOnce() throws {
        let publication = try StandardChartTests.load(files: [
            "members.csv": "acronym,name,country,region,joined,left\nKSA,Kenya Space Agency,Kenya,Africa,2010-03-01,\n",
            "outputs.csv": """
                date,type,title,lead
                2012,supplement,Exploration Roadmap Supplement 2012 - Lunar Surface Update,
                2016-06,roadmap,Common roadmap 2016,
                2019,roadmap,Roadmap of 2018 (revised),
                2022,roadmap,Exploration Roadmap 12022,

                """,
        ])
        let spec = publication.chartSpec(.roadmapTimeline, options: ChartOptions(size: Size(960, 540), scale: 1))
        let labels = try ChartRenderer.layout(spec).placedTexts.filter { $0.role == .timelineLabel }.map(\.text)
        #expect(labels.sorted() == ["Common roadmap 2016\nJun 2016", "Exploration Roadmap\nSupplement 2012",
                                    "Exploration Roadmap 12022\n2022", "Roadmap of 2018\n2019"], "\(labels)")
        // The bundled data: "Global Exploration Roadmap Supplement 2022", dated 2022, says 2022 once.
        let bundled = StandardChartTests.bundled.chartSpec(.roadmapTimeline, options: ChartOptions(size: Size(960, 540), scale: 1))
        let supplement = try #require(try ChartRenderer.layout(bundled).placedTexts.first { $0.text.contains("Supplement 2022") })
        #expect(supplement.text.components(separatedBy: "2022").count == 2, "\(supplement.text)")
    }

    /// Without earlier editions there is no caption and the spacing is stated.
    @Test func noEarlierEditionsNoCaption() throws {
        let text = StandardChartTests.otherGroup.text(for: .roadmapTimeline)
        #expect(text.caption == nil)
        #expect(text.statement.contains("days apart"), "\(text.statement)")
    }

    /// Every edition of every stress set, at six sizes, is a marker of its own or counted in the label of the
    /// marker it merged into: none is missing from the picture (editions-a-week-apart at 400 × 300 drew 3 of its
    /// 8 editions before close editions merged). Each marker has one label, placed or counted as left out.
    @Test func everyEditionIsAMarkerOrCountedInOne() throws {
        for (name, publication) in StressLayoutTests.publications {
            for size in StressLayoutTests.sizes {
                let spec = publication.chartSpec(.roadmapTimeline, options: ChartOptions(size: size, scale: 1))
                let events = spec.panels.flatMap(\.marks).flatMap { mark -> [TimelineEvent] in
                    if case .timeline(let timeline) = mark { return timeline.events } else { return [] }
                }
                let layout = try ChartRenderer.layout(spec)
                let texts = layout.placedTexts.filter { $0.role == .timelineLabel }.map(\.text) + layout.omittedLabels.map(\.text)
                let what = "\(name) \(Int(size.width))x\(Int(size.height))"
                #expect(layout.markers.count == texts.count, "\(what): \(layout.markers.count) markers, labels \(texts)")
                #expect(texts.map(Self.count).reduce(0, +) == events.reduce(0) { $0 + $1.weight }, "\(what): \(texts)")
            }
        }
    }

    /// The editions a marker's label counts: "3 editions, 1 supplement\n…" 4, "12 roadmap editions\n2015" 12,
    /// an edition's own label 1.
    static func count(_ label: String) -> Int {
        let parts = (label.split(separator: "\n").first.map(String.init) ?? "").components(separatedBy: ", ")
        let counts = parts.map { part -> Int? in
            let words = part.split(separator: " ")
            guard words.count >= 2, let last = words.last, ["edition", "editions", "supplement", "supplements"].contains(last) else { return nil }
            return Int(words[0].replacingOccurrences(of: ",", with: ""))
        }
        return counts.allSatisfy { $0 != nil } ? counts.compactMap { $0 }.reduce(0, +) : 1
    }
}
