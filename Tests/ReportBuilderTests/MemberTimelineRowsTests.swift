import ChartEngine
import DatasetCore
import DocumentLayout
import Foundation
import Testing
import _TestSupport
@testable import ReportBuilder

/// member-timeline's rows are true for every member they stand for (issue 12.2, REVIEW.md §2).
@Suite("member-timeline rows")
struct MemberTimelineRowsTests {
    static func members(_ set: StressDataset) throws -> [Member] {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-rows-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let dir = try set.write(into: root)
        return try DatasetAnalysis.load(DatasetDirectory(path: dir.path), year: nil).dataset.members
    }

    /// Every member is in exactly one row. `exactStart` (rows of members and groups): the row starts on the
    /// member's join date and ends where it ends; else (cohorts) it starts no later than the join and ends no
    /// later than the member, in the year it left (or at the chart's end for a member still in).
    static func checkTrue(_ rows: [MemberTimelineRows.Row], _ members: [Member], chartEnd: Double, exactStart: Bool) {
        let byAcronym = Dictionary(uniqueKeysWithValues: members.map { ($0.acronym, $0) })
        #expect(rows.flatMap(\.acronyms).sorted() == members.map(\.acronym).sorted())
        #expect(Set(rows.map(\.label)).count == rows.count, "row labels are not unique")
        for row in rows {
            for acronym in row.acronyms {
                let m = byAcronym[acronym]!
                let start = FractionalYear.start(of: m.joined)
                let end = MemberTimelineRows.end(of: m, chartEnd: chartEnd)
                if exactStart { #expect(row.end == end, "\(row.label): \(acronym) ends elsewhere") }
                else {
                    // A cohort ends at its earliest departure, in the year all of its members left, or at the chart's end.
                    #expect(row.end <= end && (end == chartEnd ? row.end == chartEnd : Int(row.end) == Int(end) && row.label.hasSuffix("left \(Int(end))")),
                            "\(row.label): \(acronym) ends at \(end), the row at \(row.end)")
                }
                if exactStart { #expect(row.start == start, "\(row.label): \(acronym) joined elsewhere") }
                else { #expect(row.start <= start && Int(row.start) >= m.joined.year - 19, "\(row.label): \(acronym)") }
                if let region = row.region { #expect(region == m.region.rawValue) }
            }
        }
    }

    @Test func foundersWhoLeaveInDifferentYearsEachEndWhereTheyLeft() throws {
        var generator = StressSetGenerator(seed: 12)
        let members = try Self.members(generator.foundersLeave())
        let rows = MemberTimelineRows(members: members, chartEnd: 2025, capacity: .max)
        #expect(rows.cohortYears == nil)
        Self.checkTrue(rows.rows, members, chartEnd: 2025, exactStart: true)
        // The four founders who left are each on a row that ends before the chart's end; the others run to it.
        let gone = members.filter { $0.left != nil && $0.joined.year == 2005 }
        #expect(gone.count == 4)
        for m in gone { #expect(rows.rows.first { $0.acronyms.contains(m.acronym) }!.end < 2025) }
    }

    @Test func fortyJoinsOnOneDayGroupByRegionAndEnd() throws {
        var generator = StressSetGenerator(seed: 12)
        let members = try Self.members(generator.fortyJoinsOneDay())
        let rows = MemberTimelineRows(members: members, chartEnd: 2025, capacity: 20)
        Self.checkTrue(rows.rows, members, chartEnd: 2025, exactStart: true)
        #expect(rows.rows.count <= 6 + 7 + 4, "\(rows.rows.count) rows")
    }

    @Test(arguments: [5, 12, 20, 40])
    func beyondTheCapacityMembersAggregateByCohort(capacity: Int) throws {
        var generator = StressSetGenerator(seed: 12)
        let members = try Self.members(generator.hundredFiftyOverFortyYears())
        let rows = MemberTimelineRows(members: members, chartEnd: 2025, capacity: capacity)
        #expect(rows.cohortYears != nil)
        #expect(rows.rows.count <= max(3, capacity - 3) || rows.cohortYears == 20, "\(rows.rows.count) rows for \(capacity)")
        Self.checkTrue(rows.rows, members, chartEnd: 2025, exactStart: false)
    }

    @Test func tenThousandMembersTakeWellUnderASecond() throws {
        var generator = StressSetGenerator(seed: 12)
        let base = try Self.members(generator.hundredFiftyOverFortyYears())
        let many = (0..<10_000).map { i -> Member in var m = base[i % base.count]; m.acronym = "M\(i)"; return m }
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            _ = MemberTimelineRows(members: many, chartEnd: 2025, capacity: .max)
            _ = MemberTimelineRows(members: many, chartEnd: 2025, capacity: 30)
        }
        #expect(elapsed < .seconds(2), "\(elapsed)")
    }
}

extension MemberTimelineRowsTests {
    @Test func laterBatchesKeepTheirAcronymsWhileTheRowsFit() throws {
        var generator = StressSetGenerator(seed: 12)
        let members = try Self.members(generator.fortyJoinsOneDay())
        let roomy = MemberTimelineRows(members: members, chartEnd: 2025, capacity: .max)
        #expect(roomy.rows.count > 40, "the 40 joins of 2017 get a row each: \(roomy.rows.count) rows")
        let tight = MemberTimelineRows(members: members, chartEnd: 2025, capacity: 20)
        #expect(tight.cohortYears == nil && tight.rows.count <= 20, "\(tight.rows.map(\.label))")
        Self.checkTrue(tight.rows, members, chartEnd: 2025, exactStart: true)
    }

    /// In the PDF, member-timeline is laid out at the height its rows need (issue 12.2): 60 members over six
    /// years get a row and a label each on A4 (a full page), none left out; a small group keeps 16:9.
    @Test func thePDFGivesSixtyMembersTheirRowsOnA4() throws {
        var generator = StressSetGenerator(seed: 12)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let dir = try generator.sixtyOverSixYears().write(into: root)
        let publication = Publication(analysis: try DatasetAnalysis.load(DatasetDirectory(path: dir.path), year: nil))
        let content = publication.reportContent(charts: [.memberTimeline], paper: .a4, createDate: PDFDate(year: 2024, month: 12, day: 31))
        let figure = try #require(content.figures.first)
        let design = try #require(figure.designSize)
        #expect(design.width == 640 && design.height > 600 && design.height <= DocumentPDF.fullPageChartHeight(paper: Paper.a4.size))
        let layout = try ChartRenderer.layout(figure.drawnChart)
        let labels = layout.placedTexts.filter { $0.role == .axisLabel && $0.text.hasSuffix("SA") }
        #expect(labels.count == 60, "\(labels.count) of 60 row labels placed")
        #expect(layout.omittedLabels.isEmpty, "\(layout.omittedLabels.map(\.text))")
        let pdf = try DocumentPDF.render(content.document)
        #expect(!pdf.isEmpty)

        let small = try generator.threeMembersNoOutputs().write(into: root.appendingPathComponent("small"))
        let few = Publication(analysis: try DatasetAnalysis.load(DatasetDirectory(path: small.path), year: nil))
        let fewContent = few.reportContent(charts: [.memberTimeline], paper: .a4, createDate: PDFDate(year: 2024, month: 12, day: 31))
        #expect(fewContent.figures.first?.designSize == Size(640, 360))
    }

    /// 60 members on US Letter, whose page has room for about 58 rows at the comfortable 10.5 pt: the rows are
    /// tightened (not below ``MemberTimelineChart/minimumRowPitch``) rather than grouped into six join-year
    /// cohorts, so each member keeps its own labelled 8 pt row, and the figure is no taller than the page allows.
    @Test func thePDFTightensSixtyRowsOnLetterRatherThanGroupingThem() throws {
        var generator = StressSetGenerator(seed: 12)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-letter-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let dir = try generator.sixtyOverSixYears().write(into: root)
        let publication = Publication(analysis: try DatasetAnalysis.load(DatasetDirectory(path: dir.path), year: nil))
        let content = publication.reportContent(charts: [.memberTimeline], paper: .letter, createDate: PDFDate(year: 2024, month: 12, day: 31))
        let figure = try #require(content.figures.first)
        let design = try #require(figure.designSize)
        let page = DocumentPDF.fullPageChartHeight(paper: Paper.letter.size)
        #expect(design.height <= page, "\(design.height) pt on a page with room for \(page) pt")
        // More rows than fit at 10.5 pt: the page is the limit.
        let room = design.height - MemberTimelineChart.overhead(width: design.width, titled: false)
        #expect(Int(room / MemberTimelineChart.rowPitch) < 60)
        guard case .band(let categories) = figure.chart.panels.first?.y.kind else { Issue.record("no band axis"); return }
        #expect(categories.count == 60, "\(categories.count) rows: \(categories.prefix(8))")
        #expect(figure.chart.panels.first?.y.title == nil, "no cohort rule stated: \(figure.chart.panels.first?.y.title ?? "")")
        let layout = try ChartRenderer.layout(figure.drawnChart)
        let labels = layout.placedTexts.filter { $0.role == .axisLabel && categories.contains($0.text) }
        #expect(labels.count == 60, "\(labels.count) of 60 row labels placed")
        #expect(layout.omittedLabels.isEmpty, "\(layout.omittedLabels.map(\.text))")
        #expect(labels.allSatisfy { $0.rect.height >= 9.3 }, "\(labels.map(\.rect.height).min() ?? 0)")
        // Tightened: the rows are closer than 10.5 pt, and no closer than a label line.
        let plot = try #require(layout.plotAreas.first)
        let step = plot.height / (60 + 0.05)
        #expect(step < MemberTimelineChart.rowPitch && step >= (labels.map(\.rect.height).max() ?? 0), "\(step) pt a row")
        let pages = try DocumentPDF.plan(content.document)
        #expect(pages.contains { $0.figures == 1 }, "the figure has a page")
    }

    /// The PDF leaves the chart's title out (its figure heading says it), and the rows get that room: 56 of the
    /// 60 members on US Letter, where a titled canvas of the same height would fold them into join-year cohorts,
    /// each get a labelled row; 60 on A4 take a shorter figure than with a title; every figure fits its page.
    @Test func thePDFGivesTheTitlesRoomToTheRows() throws {
        var generator = StressSetGenerator(seed: 12)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-untitled-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let sixty = generator.sixtyOverSixYears()
        var fiftySix = sixty
        (fiftySix.name, fiftySix.members) = ("fifty-six", Array(sixty.members.prefix(56)))
        for (set, paper, rows) in [(sixty, Paper.a4, 60), (fiftySix, Paper.letter, 56)] {
            let dir = try set.write(into: root)
            let publication = Publication(analysis: try DatasetAnalysis.load(DatasetDirectory(path: dir.path), year: nil))
            let content = publication.reportContent(charts: [.memberTimeline], paper: paper,
                                                    createDate: PDFDate(year: 2024, month: 12, day: 31))
            let figure = try #require(content.figures.first)
            let design = try #require(figure.designSize)
            let members = publication.analysis.dataset.members, year = publication.analysis.statistics.reportYear ?? 0
            let titled = MemberTimelineChart.canvasHeight(members: members, reportYear: year, width: design.width,
                                                          maximum: DocumentPDF.fullPageChartHeight(paper: paper.size))
            #expect(design.height < titled, "\(set.name): \(design.height) pt, titled \(titled) pt")
            // A titled canvas of this height has room for fewer rows than members at the comfortable pitch.
            let titledRoom = design.height - MemberTimelineChart.overhead(width: design.width, titled: true)
            #expect(Int(titledRoom / MemberTimelineChart.rowPitch) < rows || paper == .a4)
            let layout = try ChartRenderer.layout(figure.drawnChart)
            let labels = layout.placedTexts.filter { $0.role == .axisLabel && $0.text.hasSuffix("SA") }
            #expect(labels.count == rows, "\(set.name) on \(paper): \(labels.count) of \(rows) row labels placed")
            #expect(layout.omittedLabels.isEmpty, "\(layout.omittedLabels.map(\.text))")
            // Each row label is 8 pt or larger (an 8 pt line is 9.3 pt tall).
            #expect(labels.allSatisfy { $0.rect.height >= 9.3 }, "\(labels.map(\.rect.height).min() ?? 0)")
            let pages = try DocumentPDF.plan(content.document)
            #expect(pages.contains { $0.figures == 1 }, "\(set.name): the figure has a page")
        }
    }
}
