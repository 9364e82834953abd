import Foundation

/// Tick selection: y ticks per panel, x ticks thinned until their labels keep apart.
extension ChartDrawing {
    func yAxisTicks(_ panel: PanelSpec, height: Double) -> (kind: AxisSpec.Kind, domain: ClosedRange<Double>, ticks: [(Double, String)]) {
        let axis = panel.y
        switch axis.kind {
        case .band(let cats): return (axis.kind, 0...1, cats.enumerated().map { (Double($0.offset), $0.element) })
        case .hidden:
            let e = yExtent(panel) ?? (0, 1)
            return (axis.kind, e.min == e.max ? (e.min - 1)...(e.max + 1) : e.min...e.max, [])
        case .time(let domain):
            let ts = TimeScale.yearTicks(domain: domain, targetCount: max(2, Int(height / 45)))
            return (axis.kind, domain, ts.values.map { ($0, NumberFormat.year.format($0)) })
        case .linear(let fixed, let includeZero, let integerOnly):
            // A panel with no data and a note: no value labels, so it reads as "nothing to show", not as zeros.
            if panel.marks.isEmpty, panel.note != nil, fixed == nil { return (axis.kind, 0...1, []) }
            var lo: Double, hi: Double
            if let fixed { lo = fixed.lowerBound; hi = fixed.upperBound } else {
                let e = yExtent(panel) ?? (0, 1); lo = e.min; hi = e.max
            }
            if includeZero { lo = min(lo, 0); hi = max(hi, 0) }
            let target = max(3, min(8, Int(height / 40)))
            // Room for value labels above (below) the tallest (deepest) column: one label height.
            let labelled = panel.marks.contains {
                if case .bars(let b) = $0 { return b.orientation == .vertical && (b.valueLabels != nil || b.series.contains { $0.values.contains { $0.label != nil } }) }
                return false
            }
            if labelled && fixed == nil && hi > lo {
                let perPoint = (hi - lo) / max(height, 1)
                let room = (canvas.measure("0", style: labelStyle).height + 4) * perPoint * 1.15
                if hi > 0 { hi += room }
                if lo < 0 { lo -= room }
            }
            // Room above labelled points: a label line and a stacked one, so the top points keep their labels.
            let labelledPoints = panel.marks.contains {
                if case .points(let p) = $0 { return p.points.contains { !($0.label ?? "").isEmpty } }
                return false
            }
            if labelledPoints && fixed == nil && hi > lo {
                let perPoint = (hi - lo) / max(height, 1)
                let lineHeight = canvas.measure("Ag", style: labelStyle).height
                hi += (2 * lineHeight + 8) * perPoint * 1.15
            }
            // Fewer ticks while neighbouring labels would touch (a short panel).
            let labelHeight = canvas.measure("0", style: labelStyle).height + 2
            var ts = niceYTicks(axis, fixed: fixed, lo: lo, hi: hi, target: target, integerOnly: integerOnly)
            var fewer = target
            while fewer > 2, ts.values.count > 2,
                  height * ts.step / max(ts.domain.upperBound - ts.domain.lowerBound, 1e-9) < labelHeight {
                fewer -= 1
                ts = niceYTicks(axis, fixed: fixed, lo: lo, hi: hi, target: fewer, integerOnly: integerOnly)
            }
            var domain = fixed ?? ts.domain
            // Data that reaches the outermost tick gets 4 % headroom beyond it (no extra tick), so the tallest
            // column or the highest point does not sit on the top gridline (ggplot's expansion, one-sided).
            if fixed == nil, axis.tickValues == nil, domain.upperBound > domain.lowerBound {
                let span = domain.upperBound - domain.lowerBound
                let upper = hi >= domain.upperBound - span * 1e-9 && hi > 0 ? domain.upperBound + span * 0.04 : domain.upperBound
                let lower = lo <= domain.lowerBound + span * 1e-9 && lo < 0 ? domain.lowerBound - span * 0.04 : domain.lowerBound
                domain = lower...upper
            }
            return (axis.kind, domain, ts.values.map { ($0, axis.format.format($0, stepDecimals: ts.decimals)) })
        }
    }

    /// Nice ticks for a y axis: explicit ones, ticks inside a fixed domain, or loose ticks around the data
    /// whose outer end is trimmed back to the data (with its label room) when the last tick would sit more
    /// than a quarter step beyond it, so the room for labels never costs a whole empty tick (0–70 for 60
    /// with labels above, not 0–80; −2 gives −2, not −5).
    func niceYTicks(_ axis: AxisSpec, fixed: ClosedRange<Double>?, lo: Double, hi: Double, target: Int,
                    integerOnly: Bool) -> TickSet {
        if let explicit = axis.tickValues {
            return TickSet(values: explicit, step: explicit.count > 1 ? explicit[1] - explicit[0] : 1,
                           domain: min(lo, explicit.min() ?? lo)...max(hi, explicit.max() ?? hi))
        }
        if fixed != nil { return NiceTicks.inside(min: lo, max: hi, targetCount: target, integerOnly: integerOnly) }
        let ts = NiceTicks.loose(min: lo, max: hi, targetCount: target, integerOnly: integerOnly)
        guard ts.values.count > 2, hi > lo else { return ts }
        let upper = ts.domain.upperBound - hi > ts.step / 4 && hi > 0 ? hi : ts.domain.upperBound
        let lower = lo - ts.domain.lowerBound > ts.step / 4 && lo < 0 ? lo : ts.domain.lowerBound
        // Both ends trimmed, else the lower end alone, else the upper alone: whichever keeps two ticks.
        for (l, u) in [(lower, upper), (lower, ts.domain.upperBound), (ts.domain.lowerBound, upper)] {
            let values = ts.values.filter { $0 >= l - 1e-9 && $0 <= u + 1e-9 }
            if values.count >= 2 { return TickSet(values: values, step: ts.step, domain: l...u) }
        }
        return ts
    }

    func xAxis(plotLeft: Double, plotRight: Double) throws -> (ResolvedScale, [(value: Double, label: String)]) {
        let width = plotRight - plotLeft
        let axis = spec.x
        switch axis.kind {
        case .band(let cats):
            let b = BandScale(categories: cats, rangeStart: plotLeft, rangeEnd: plotRight, paddingInner: 0.2, paddingOuter: 0.1)
            return (.band(b), cats.enumerated().map { (value: Double($0.offset), label: $0.element) })
        case .hidden:
            let e = xExtent() ?? (0, 1)
            return (.linear(LinearScale(domain: e.min...(e.max == e.min ? e.min + 1 : e.max), rangeStart: plotLeft, rangeEnd: plotRight)), [])
        case .time(let domain):
            let scale = LinearScale(domain: domain, rangeStart: plotLeft, rangeEnd: plotRight)
            // Each year's label sits in the middle of its year (gridlines and timeline ticks at the year's start,
            // ``drawGrid``): the axis ends with the last year it shows, and a column centred on its year, a date
            // and a year-end value all read against the same label on every chart.
            // Every k-th year counted back from the last one shown, so the last year (the report year) always
            // has its label.
            let ticks = thinnedTicks(width: width) { target in
                let nice = TimeScale.yearTicks(domain: domain, targetCount: target)
                let last = (domain.upperBound - Self.yearLabelOffset + 1e-9).rounded(.down)
                let first = (domain.lowerBound - 1e-9).rounded(.up)
                let step = max(1, nice.step.rounded())
                let values = last >= first ? Array(stride(from: last, through: first, by: -step).reversed()) : Array(nice.values.prefix(1))
                return (values.map { $0 + Self.yearLabelOffset }, values.map { NumberFormat.year.format($0) }, domain)
            }
            return (.linear(scale), ticks.ticks)
        case .linear(let fixed, let includeZero, let integerOnly):
            var lo: Double, hi: Double
            if let fixed { lo = fixed.lowerBound; hi = fixed.upperBound } else {
                let e = xExtent() ?? (0, 1); lo = e.min; hi = e.max
            }
            if includeZero { lo = min(lo, 0); hi = max(hi, 0) }
            let loose = includeZero && fixed == nil
            let format: NumberFormat = axis.format
            let result = thinnedTicks(width: width) { target in
                if let explicit = axis.tickValues {
                    return (explicit, explicit.map { format.format($0) }, lo...hi)
                }
                let ts = loose ? NiceTicks.loose(min: lo, max: hi, targetCount: target, integerOnly: integerOnly)
                               : NiceTicks.inside(min: lo, max: hi, targetCount: target, integerOnly: integerOnly)
                return (ts.values, ts.values.map { format.format($0, stepDecimals: ts.decimals) }, loose ? ts.domain : lo...hi)
            }
            let scale = LinearScale(domain: result.domain, rangeStart: plotLeft, rangeEnd: plotRight)
            return (.linear(scale), result.ticks)
        }
    }

    /// Where a time axis puts a year's label: half a year after the year's start.
    static let yearLabelOffset = 0.5

    /// Tick thinning for continuous x axes: start from a target that leaves room for the widest label and
    /// lower it until neighbouring labels keep a 10 pt gap.
    func thinnedTicks(width: Double, make: (Int) -> ([Double], [String], ClosedRange<Double>))
        -> (ticks: [(value: Double, label: String)], domain: ClosedRange<Double>) {
        let probe = make(8)
        let widest = probe.1.map { canvas.measure($0, style: labelStyle).width }.max() ?? 30
        var target = max(2, min(12, Int(width / (widest + 28))))
        while true {
            let (values, labels, domain) = make(target)
            let scale = LinearScale(domain: domain, rangeStart: 0, rangeEnd: width)
            var ok = true
            var previousEnd = -Double.infinity
            for (v, l) in zip(values, labels) {
                let w = canvas.measure(l, style: labelStyle).width
                let x = scale.map(v)
                if x - w / 2 < previousEnd + 10 { ok = false; break }
                previousEnd = x + w / 2
            }
            if ok || target <= 2 { return (zip(values, labels).map { (value: $0, label: $1) }, domain) }
            target -= 1
        }
    }
}
