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

    @Test func samplesForInspection() throws {
        guard let dir = ProcessInfo.processInfo.environment["CHART_SAMPLES_DIR"] else { return }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (themeName, theme) in [("light", Theme.light), ("dark", Theme.dark)] {
            for size in [Size(960, 540), Size(640, 360)] {
                for (name, spec) in Samples.all(size, theme) {
                    let r = try ChartRenderer.renderPNG(spec, scale: size.width < 900 ? 1.5 : 1)
                    try r.data.write(to: URL(fileURLWithPath: "\(dir)/\(name)-\(Int(size.width))-\(themeName).png"))
                    if size.width == 960 && themeName == "light" {
                        try ChartRenderer.renderPDF(spec, createDate: fixedDate).data.write(to: URL(fileURLWithPath: "\(dir)/\(name).pdf"))
                        try ChartRenderer.renderSVG(spec).data.write(to: URL(fileURLWithPath: "\(dir)/\(name).svg"))
                    }
                    if !r.omittedLabels.isEmpty { print("\(name)-\(Int(size.width))-\(themeName): omitted \(r.omittedLabels.map(\.text))") }
                }
            }
        }
    }
}
