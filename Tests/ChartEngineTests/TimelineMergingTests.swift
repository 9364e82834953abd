@testable import ChartEngine
import Testing

/// The event a run of close timeline events merges into (docs/chart-engine.md, "Timeline lanes"), and which
/// events merge.
@Suite("Timeline merging")
struct TimelineMergingTests {
    static let edition = TimelineEvent.Noun("edition", plural: "editions")
    static let supplement = TimelineEvent.Noun("supplement", plural: "supplements")

    @Test func aMergedEventCountsItsEventsPerNounOverTheirDateSpan() {
        let run = [TimelineEvent(x: 2020.1, label: "A", color: .palette(.blue), compactLabel: "2 Mar 2020", noun: Self.edition),
                   TimelineEvent(x: 2020.2, label: "B", shape: .diamond, compactLabel: "5 Mar 2020", noun: Self.supplement),
                   TimelineEvent(x: 2020.3, label: "C", isKey: true, compactLabel: "9 Mar 2020", noun: Self.edition),
                   TimelineEvent(x: 2020.5, label: "D", compactLabel: "16 Apr 2020", noun: Self.edition)]
        let merged = TimelineEvent(merging: run, years: false)
        #expect(merged.label == "3 editions, 1 supplement\n2 Mar 2020 – 16 Apr 2020")
        #expect(merged.compactLabel == "3 editions, 1 supplement")
        #expect(TimelineEvent(merging: run, years: true).compactLabel == "3 editions, 1 supplement\n2020", "on a time axis, the year")
        #expect(abs(merged.x - 2020.3) < 1e-9, "the middle of the run's x range")
        #expect(merged.color == .muted && merged.shape == .ring && merged.isKey && merged.weight == 4, "mixed kinds: an open ring")
    }

    @Test func oneColourOneShapeOneDateAndNoNouns() {
        let run = (0..<2).map {
            TimelineEvent(x: 2020 + Double($0) / 100, label: "E\($0)", shape: .diamond, compactLabel: "Mar 2020", weight: 3)
        }
        let merged = TimelineEvent(merging: run, years: false)
        #expect(merged.label == "6 events\nMar 2020")
        #expect(merged.color == .palette(.orange) && merged.shape == .diamond && !merged.isKey)
        let year = TimelineEvent(merging: [TimelineEvent(x: 2015.5, label: "1,200", noun: Self.edition, weight: 1_200),
                                           TimelineEvent(x: 2016.5, label: "1", noun: Self.edition)], years: true)
        #expect(year.label == "1,201 editions\n2015–2016", "without compact labels, the years")
    }

    /// Only the run around an unmarked event merges: the events whose centres are within the distance of its
    /// centre, not a chain of neighbours each within the distance of the next.
    @Test func onlyTheRunAroundAnUnmarkedEventMerges() {
        let groups = (0..<6).map { [$0] }
        let centres = [0.0, 10, 20, 30, 100, 104]
        #expect(ChartDrawing.mergingRuns(groups, centres: centres, around: [2], within: 15) == [[0], [1, 2, 3], [4], [5]])
        #expect(ChartDrawing.mergingRuns(groups, centres: centres, around: [2, 5], within: 15) == [[0], [1, 2, 3], [4, 5]])
        #expect(ChartDrawing.mergingRuns(groups, centres: centres, around: [1, 2], within: 15) == [[0, 1, 2, 3], [4], [5]])
        #expect(ChartDrawing.mergingRuns(groups, centres: centres, around: [0], within: 5) == groups)
    }
}
