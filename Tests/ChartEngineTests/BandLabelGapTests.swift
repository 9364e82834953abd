import Foundation
import Testing
@testable import ChartEngine

/// Band labels are thinned when rows are shorter than a label line plus the axis's ``AxisSpec/bandLabelGap``
/// (1 pt by default); a gap of 0 keeps every label while a row is at least a line tall (the member timeline's
/// tightened rows).
@Suite struct BandLabelGapTests {
    static let rows = 40

    static func layout(height: Double, gap: Double?) throws -> (step: Double, lineHeight: Double, placed: Int) {
        let categories = (0..<rows).map { "Row \($0)" }
        var y = AxisSpec(.band(categories))
        if let gap { y.bandLabelGap = gap }
        let bars = categories.enumerated().map { RangeBar(category: $1, start: 2000, end: 2010 + Double($0 % 5), color: .palette(.blue)) }
        let spec = ChartSpec(size: Size(640, height), title: "t", x: AxisSpec(.time(domain: 2000...2020)),
                             panels: [PanelSpec(y: y, marks: [.ranges(RangeMark(bars: bars))])], altText: "a", theme: .light)
        let layout = try ChartRenderer.layout(spec)
        let labels = layout.placedTexts.filter { $0.role == .axisLabel && $0.text.hasPrefix("Row ") }
        let plot = try #require(layout.plotAreas.first)
        return (plot.height / (Double(rows) + 0.05), labels.map(\.rect.height).max() ?? 0, labels.count)
    }

    @Test func rowsAsTallAsALineKeepEveryLabelWithoutTheGap() throws {
        // A canvas whose rows are a line tall but less than a line and 1 pt (8 pt labels: 9.31 pt lines).
        var found = false
        for height in stride(from: 480.0, through: 560.0, by: 4) {
            let tight = try Self.layout(height: height, gap: 0)
            guard tight.lineHeight > 0, tight.step >= tight.lineHeight + 0.05, tight.step < tight.lineHeight + 0.95 else { continue }
            found = true
            #expect(tight.placed == Self.rows, "gap 0 at \(height) pt: \(tight.placed) of \(Self.rows), \(tight.step) pt a row")
            let standard = try Self.layout(height: height, gap: nil)
            #expect(standard.placed < Self.rows, "default gap at \(height) pt: \(standard.placed) of \(Self.rows)")
        }
        #expect(found, "no canvas height gave rows between a line and a line and 1 pt")
    }
}
