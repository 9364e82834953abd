import Testing
@testable import ChartEngine

/// A chart's drawing (and through it its canvas and surface) is freed once the chart is drawn.
struct DrawingLifetimeTests {
    /// Fuzz finding 6: label jobs captured the drawing and were kept after running, a reference cycle that
    /// kept every chart's 8 MB surface alive for the rest of the process.
    @Test func theDrawingIsFreedAfterItRuns() throws {
        weak var released: ChartDrawing?
        _ = try Canvas.renderPNG(size: Size(960, 540), scale: 1) { canvas in
            let drawing = ChartDrawing(spec: Samples.stepWithLabels(Size(960, 540), .light), canvas: canvas)
            try drawing.run()
            released = drawing
        }
        #expect(released == nil)
    }
}
