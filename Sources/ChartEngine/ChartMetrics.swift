/// Layout facts of the chart engine that callers laying out pages need, so that none copies a private
/// constant of the engine.
public enum ChartMetrics {
    /// The inner padding of a chart `canvasWidth` points wide: its texts and plot start this far inside
    /// the canvas edge on the left and the right.
    public static func innerPadding(canvasWidth: Double) -> Double { canvasWidth >= 800 ? 20 : 12 }
}
