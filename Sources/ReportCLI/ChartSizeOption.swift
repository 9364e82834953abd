import ArgumentParser

/// `--size WxH` (points) or `WxHpx` (PNG pixels), with `x` or `×` between, and the bounds on the result.
struct ChartSizeOption: Equatable {
    enum Unit: Equatable { case points, pixels }

    var width: Double
    var height: Double
    var unit: Unit

    /// 960 × 540 points: 16:9, 1920 × 1080 px at the default scale.
    static let standard = ChartSizeOption(width: 960, height: 540, unit: .points)
    /// The logical size bounds in points. Smaller canvases cannot hold a title, axes and a legend; some charts
    /// need more (400 × 225, or 480 × 270 for four of them), and a size they cannot fit is refused naming the
    /// smallest that fits.
    static let widthRange = 160.0...10_000
    static let heightRange = 90.0...10_000
    /// `--scale` bounds.
    static let scaleRange = 0.1...16
    /// The largest PNG accepted, in pixels (100 megapixels: about 400 MB of image surface).
    static let maximumPixels = 100_000_000.0

    /// Text for `--help`.
    static let help = "WxH in points, or WxHpx in pixels for PNG (the point size is then pixels / --scale); "
        + "'x' or '×'. Points: width 160–10000, height 90–10000; default 960x540 (16:9)."

    /// Parses `text`, saying what is wrong with it when it cannot be read.
    init(parsing text: String) throws {
        var body = Substring(text.lowercased())
        var unit = Unit.points
        if body.hasSuffix("px") { unit = .pixels; body = body.dropLast(2) }
        else if body.hasSuffix("pt") { body = body.dropLast(2) }
        let parts = body.split(omittingEmptySubsequences: false) { $0 == "x" || $0 == "×" }
        guard parts.count == 2, let width = Double(parts[0]), let height = Double(parts[1]),
              width.isFinite, height.isFinite else {
            throw ValidationError("--size '\(text)' is not WIDTHxHEIGHT; write it like 1280x720 (points) or 1920x1080px (pixels)")
        }
        guard width > 0, height > 0 else {
            throw ValidationError("--size '\(text)': width and height must be positive numbers")
        }
        self.init(width: width, height: height, unit: unit)
    }

    init(width: Double, height: Double, unit: Unit) {
        self.width = width; self.height = height; self.unit = unit
    }

    /// The logical size in points at `scale`, checked against the bounds; pixel sizes are PNG-only.
    func points(scale: Double, isPNG: Bool) throws -> (width: Double, height: Double) {
        let (w, h) = unit == .points ? (width, height) : (width / scale, height / scale)
        if unit == .pixels, !isPNG {
            throw ValidationError("--size in pixels (px) is for PNG; PDF and SVG sizes are in points, e.g. --size 960x540")
        }
        guard Self.widthRange.contains(w), Self.heightRange.contains(h) else {
            let shown = unit == .points ? "\(format(w))x\(format(h)) points"
                : "\(format(width))x\(format(height))px at --scale \(format(scale)) (\(format(w))x\(format(h)) points)"
            throw ValidationError("--size \(shown) is out of range: width must be 160–10000 and height 90–10000 points")
        }
        if isPNG {
            let pixels = (w * scale).rounded() * (h * scale).rounded()
            guard pixels <= Self.maximumPixels else {
                throw ValidationError("the PNG would have \(format((pixels / 1_000_000).rounded())) megapixels; "
                    + "the limit is 100 megapixels (for example 9600x5400px or 960x540 at --scale 10)")
            }
        }
        return (w, h)
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
