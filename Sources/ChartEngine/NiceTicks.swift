import Foundation

/// Tick values chosen by ``NiceTicks``: round numbers on 1-2-5 steps, and the axis domain they imply.
public struct TickSet: Sendable, Hashable {
    /// Tick positions in data units, ascending.
    public var values: [Double]
    /// Distance between consecutive ticks.
    public var step: Double
    /// The axis domain: widened to the outer ticks for ``NiceTicks/loose(min:max:targetCount:integerOnly:)``,
    /// unchanged for ``NiceTicks/inside(min:max:targetCount:integerOnly:)``.
    public var domain: ClosedRange<Double>
    /// Decimals needed to print every tick exactly.
    public var decimals: Int { step >= 1 ? 0 : max(0, Int((-log10(step)).rounded(.up) + 1e-9)) }
}

/// "Nice" tick selection on 1-2-5 steps (1, 2, 5, 10, 20, 50, …), scored on closeness to a target count,
/// coverage of the data and simplicity of the step (1 before 5 before 2).
///
/// Golden values (tests): 3–18 → 0, 5, 10, 15, 20; 1–4 integer → 1, 2, 3, 4; years 2007–2024 inside with
/// target 9 → 2008, 2010, …, 2024; 0–27 → 0, 10, 20, 30.
public enum NiceTicks {
    static let multipliers: [(q: Double, simplicityCost: Double)] = [(1, 0), (5, 0.1), (2, 0.2)]

    private static func candidateSteps(span: Double, integerOnly: Bool) -> [(step: Double, cost: Double)] {
        let magnitude = span > 0 ? floor(log10(span)) : 0
        var steps: [(Double, Double)] = []
        for k in stride(from: magnitude - 3, through: magnitude + 1, by: 1) {
            for (q, c) in multipliers {
                let step = q * pow(10, k)
                if integerOnly && (step < 1 || step.rounded() != step) { continue }
                steps.append((step, c))
            }
        }
        return steps
    }

    /// Ticks that enclose the data: the first tick ≤ `min`, the last ≥ `max`; the domain becomes their span.
    public static func loose(min lo: Double, max hi: Double, targetCount: Int = 5, integerOnly: Bool = false) -> TickSet {
        let (a, b) = normalised(lo, hi, integerOnly: integerOnly)
        var best: TickSet?
        var bestCost = Double.infinity
        for (step, simplicity) in candidateSteps(span: b - a, integerOnly: integerOnly) {
            let first = (a / step).rounded(.down), last = (b / step).rounded(.up)
            let n = Int(last - first) + 1
            if n < 2 || n > 40 { continue }
            let coverage = (b - a) / ((last - first) * step)
            let cost = abs(Double(n - targetCount)) + 3 * (1 - coverage) + simplicity
            if cost < bestCost - 1e-9 {
                bestCost = cost
                let values = (0..<n).map { clean((first + Double($0)) * step, step: step) }
                best = TickSet(values: values, step: step, domain: values.first!...values.last!)
            }
        }
        return best ?? TickSet(values: [a, b], step: b - a, domain: a...b)
    }

    /// Ticks strictly within `[min, max]` (the domain stays as given), e.g. whole years on a time axis.
    public static func inside(min lo: Double, max hi: Double, targetCount: Int = 5, integerOnly: Bool = false) -> TickSet {
        let (a, b) = normalised(lo, hi, integerOnly: false)
        var best: TickSet?
        var bestCost = Double.infinity
        for (step, simplicity) in candidateSteps(span: b - a, integerOnly: integerOnly) {
            let first = (a / step - 1e-9).rounded(.up), last = (b / step + 1e-9).rounded(.down)
            let n = Int(last - first) + 1
            if n < 1 || n > 60 { continue }
            let cost = abs(Double(n - targetCount)) + simplicity
            if cost < bestCost - 1e-9 {
                bestCost = cost
                best = TickSet(values: (0..<n).map { clean((first + Double($0)) * step, step: step) }, step: step, domain: a...b)
            }
        }
        return best ?? TickSet(values: [], step: b - a, domain: a...b)
    }

    private static func normalised(_ lo: Double, _ hi: Double, integerOnly: Bool) -> (Double, Double) {
        var a = Swift.min(lo, hi), b = Swift.max(lo, hi)
        if !a.isFinite || !b.isFinite { return (0, 1) }
        if a == b {
            let pad = a == 0 ? 1 : abs(a) * 0.1
            a -= integerOnly ? Swift.max(1, pad.rounded(.up)) : pad
            b += integerOnly ? Swift.max(1, pad.rounded(.up)) : pad
        }
        return (a, b)
    }

    /// Removes floating-point noise such as 0.30000000000000004.
    static func clean(_ v: Double, step: Double) -> Double {
        let decimals = step >= 1 ? 0 : Int((-log10(step)).rounded(.up)) + 1
        let f = pow(10, Double(decimals))
        let r = (v * f).rounded() / f
        return r == 0 ? 0 : r
    }
}
