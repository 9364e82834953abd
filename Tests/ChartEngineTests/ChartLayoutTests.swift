import Foundation
import Testing
@testable import ChartEngine

@Suite struct ChartLayoutTests {
    static let sizes = [Size(640, 360), Size(960, 540), Size(1600, 900)]

    @Test(arguments: sizes)
    func placedTextNeverOverlapsOrLeavesTheCanvas(size: Size) throws {
        for (name, spec) in Samples.all(size, .light) {
            let result = try ChartRenderer.renderPNG(spec)
            let canvas = Rect(x: 0, y: 0, width: size.width, height: size.height)
            for p in result.placedTexts {
                #expect(canvas.contains(p.rect), "\(name) @\(size): '\(p.text)' \(p.rect) outside the canvas")
            }
            for (i, a) in result.placedTexts.enumerated() {
                for b in result.placedTexts[(i + 1)...] where a.rect.intersects(b.rect) {
                    Issue.record("\(name) @\(size): '\(a.text)' \(a.rect) overlaps '\(b.text)' \(b.rect)")
                }
            }
            #expect(result.placedTexts.contains { $0.role == .title && $0.text == spec.title })
            if !result.omittedLabels.isEmpty {
                #expect(result.placedTexts.contains { $0.role == .note && $0.text.contains("\(result.omittedLabels.count) label") })
            }
        }
    }
}
