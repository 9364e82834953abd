import ChartEngine

/// Paper sizes for the PDF report.
public enum Paper: String, CaseIterable, Sendable {
    case a4, letter

    /// Portrait size in points: A4 210 × 297 mm, US Letter 8.5 × 11 in.
    public var size: Size {
        switch self {
        case .a4: Size(595.2756, 841.8898)
        case .letter: Size(612, 792)
        }
    }
}
