import Foundation
import Testing
@testable import ChartEngine

/// Band positions by index lookup, and what each mark contributes to the y extent.
@Suite struct BandScaleTests {
    /// The position of band `i` by the definition (outer padding, then `i` steps).
    static func expectedStart(_ scale: BandScale, _ i: Int) -> Double {
        let begin = scale.rangeStart + scale.step * scale.paddingOuter + scale.step * Double(i)
        return scale.step >= 0 ? begin : begin - scale.bandwidth
    }

    @Test(arguments: [1, 3, 60, 150, 10_000])
    func everyCategorySitsAtItsIndex(count: Int) {
        let names = (0..<count).map { "member \($0) 회원 सदस्य عضو" }
        for (start, end) in [(0.0, 900.0), (900.0, 0.0)] {
            let scale = BandScale(categories: names, rangeStart: start, rangeEnd: end, paddingInner: 0.25, paddingOuter: 0.15)
            for (i, name) in names.enumerated() {
                #expect(scale.index(of: name) == i)
                #expect(scale.start(of: name) == Self.expectedStart(scale, i))
            }
            #expect(scale.center(of: "not a member") == nil)
        }
    }

    @Test func aRepeatedCategoryKeepsItsFirstBand() {
        let scale = BandScale(categories: ["a", "b", "a", "c"], rangeStart: 0, rangeEnd: 400)
        #expect(scale.index(of: "a") == 0)
        #expect(scale.index(of: "c") == 3)
        #expect(scale.start(of: "a") == Self.expectedStart(scale, 0))
    }

    @Test func changingTheCategoriesMovesTheBands() {
        var scale = BandScale(categories: ["a", "b"], rangeStart: 0, rangeEnd: 100)
        scale.categories = ["b", "z", "a"]
        #expect(scale.index(of: "a") == 2)
        #expect(scale.index(of: "z") == 1)
        #expect(scale.start(of: "b") == Self.expectedStart(scale, 0))
        #expect(scale == BandScale(categories: ["b", "z", "a"], rangeStart: 0, rangeEnd: 100))
    }

    /// The y extent of one panel, laid out on a scratch canvas.
    static func yExtent(_ marks: [Mark], y: AxisSpec = AxisSpec(.linear())) throws -> [Double]? {
        let spec = ChartSpec(size: Size(640, 360), title: "t", x: AxisSpec(.linear()),
                             panels: [PanelSpec(y: y, marks: marks)], altText: "a", theme: .light)
        var extent: [Double]?
        try Canvas.probe(size: spec.size) { canvas in
            extent = ChartDrawing(spec: spec, canvas: canvas).yExtent(spec.panels[0]).map { [$0.min, $0.max] }
        }
        return extent
    }

    @Test func marksAlongXAddNothingToTheYExtent() throws {
        let horizontal = BarMark(orientation: .horizontal, series: [BarSeries(name: "s", color: .palette(.blue),
                                                                             values: [BarDatum(.category("a"), 40)])])
        #expect(try Self.yExtent([.bars(horizontal)], y: AxisSpec(.band(["a"]))) == nil)
        #expect(try Self.yExtent([.ranges(RangeMark(bars: [RangeBar(category: "a", start: 1, end: 5, color: .palette(.blue))]))],
                                 y: AxisSpec(.band(["a"]))) == nil)
        #expect(try Self.yExtent([.timeline(TimelineMark(events: [TimelineEvent(x: 2010, label: "e")]))],
                                 y: AxisSpec(.hidden)) == nil)
        let vertical = BarMark(series: [BarSeries(name: "s", color: .palette(.blue),
                                                  values: [BarDatum(.number(1), 7), BarDatum(.number(2), -3)])])
        #expect(try Self.yExtent([.bars(vertical), .rule(RuleMark(.horizontal(.number(12))))]) == [-3, 12])
    }
}
