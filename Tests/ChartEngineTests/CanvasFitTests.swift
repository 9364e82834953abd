import Foundation
import Testing
@testable import ChartEngine

/// A canvas too small for a chart's texts: a typed error naming the exact smallest size that fits.
@Suite struct CanvasFitTests {
    static let aspects = [Size(160, 90), Size(120, 120), Size(90, 160)]

    static func resized(_ spec: ChartSpec, _ size: Size) -> ChartSpec {
        var spec = spec
        spec.size = size
        return spec
    }

    @Test(arguments: aspects)
    func everySampleTooSmallNamesTheSmallestSizeThatFits(tiny: Size) throws {
        for (name, spec) in Samples.all(tiny, .light) {
            var thrown: ChartEngineError?
            do { _ = try ChartRenderer.renderSVG(spec) } catch let error as ChartEngineError { thrown = error }
            guard case .canvasTooSmall(let size, let found)? = thrown, let minimum = found else {
                Issue.record("\(name) @\(tiny): expected canvasTooSmall with a minimum, got \(String(describing: thrown))")
                continue
            }
            #expect(size == tiny)
            // Same aspect ratio (height rounded up), whole points.
            #expect(minimum.width == minimum.width.rounded())
            #expect(minimum.height == (minimum.width * tiny.height / tiny.width).rounded(.up), "\(name)")
            // It fits, on every surface; one point narrower at the same aspect does not.
            let fitted = Self.resized(spec, minimum)
            _ = try ChartRenderer.renderPNG(fitted)
            _ = try ChartRenderer.renderSVG(fitted)
            _ = try ChartRenderer.renderPDF(fitted, createDate: fixedDate)
            let narrower = Size(minimum.width - 1, ((minimum.width - 1) * tiny.height / tiny.width).rounded(.up))
            // (Its own aspect ratio differs a little after rounding, so only the width must agree.)
            do {
                _ = try ChartRenderer.renderPNG(Self.resized(spec, narrower))
                Issue.record("\(name): \(narrower) should be too small")
            } catch ChartEngineError.canvasTooSmall(let size, let again) {
                #expect(size == narrower)
                #expect(again?.width == minimum.width, "\(name)")
            }
        }
    }

    @Test func theMinimumIsDeterministicAndIndependentOfTheStartingSize() throws {
        for (name, spec) in Samples.all(Size(960, 540), .dark) {
            let fromLarge = try ChartRenderer.minimumSize(for: spec)
            let fromSmall = try ChartRenderer.minimumSize(for: Self.resized(spec, Size(160, 90)))
            #expect(fromLarge != nil && fromLarge == fromSmall, "\(name)")
            #expect(try ChartRenderer.minimumSize(for: spec) == fromLarge)
            #expect((fromLarge?.width ?? .infinity) < 960, "\(name) fits at 960 pt")
        }
    }

    @Test func theMessageSaysBothSizes() {
        let error = ChartEngineError.canvasTooSmall(size: Size(160, 90), minimum: Size(338, 191))
        #expect(error.description == "a 160x90 pt chart is too small for its texts; the smallest size that fits is 338x191 pt")
        #expect(ChartEngineError.canvasTooSmall(size: Size(10, 10), minimum: nil).description
                    == "a 10x10 pt chart is too small for its texts; no size up to 20000 pt fits")
    }

    @Test func aTooSmallChartOnAReportPageThrowsTheSameError() throws {
        let spec = Samples.gantt(Size(200, 100), .light)
        let minimum = try #require(try ChartRenderer.minimumSize(for: spec))
        #expect(throws: ChartEngineError.canvasTooSmall(size: spec.size, minimum: minimum)) {
            _ = try Canvas.renderPDF(size: Size(595, 842), metadata: PDFMetadata(title: "t", createDate: fixedDate)) { canvas in
                try ChartRenderer.draw(spec, on: canvas, at: Point(40, 40))
            }
        }
    }
}
