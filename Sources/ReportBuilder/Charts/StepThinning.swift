/// Step series with more steps than a canvas can show, thinned to what it can: the x range is cut into
/// ``buckets`` equal slices and each slice keeps its first, lowest, highest and last step (in x order), so a
/// step line keeps its envelope at any pixel size, and a range band takes the lowest low and the highest high of
/// each slice (it only widens). Series of at most ``maxSteps`` steps are returned unchanged, so small datasets
/// draw exactly as before. O(n).
enum StepThinning {
    /// The most steps drawn as they are (a 1920-pixel-wide chart has fewer columns than this).
    static let maxSteps = 2_000
    /// The slices a thinned series is cut into.
    static let buckets = 500

    /// The slice of `x` in `first...last`.
    private static func bucket(_ x: Double, _ first: Double, _ last: Double) -> Int {
        last > first ? min(buckets - 1, Int((x - first) / (last - first) * Double(buckets))) : 0
    }

    /// `steps` (sorted by x) thinned to at most four a slice: first, lowest, highest and last.
    static func line(_ steps: [(x: Double, y: Double)]) -> [(x: Double, y: Double)] {
        guard steps.count > maxSteps, let first = steps.first?.x, let last = steps.last?.x else { return steps }
        var kept: [(x: Double, y: Double)] = []
        var i = 0
        while i < steps.count {
            let b = bucket(steps[i].x, first, last)
            var j = i, low = i, high = i
            while j < steps.count && bucket(steps[j].x, first, last) == b {
                if steps[j].y < steps[low].y { low = j }
                if steps[j].y > steps[high].y { high = j }
                j += 1
            }
            for index in Set([i, low, high, j - 1]).sorted() { kept.append(steps[index]) }
            i = j
        }
        return kept
    }

    /// A stepped band (`x` sorted, one `lower` and `upper` per x) thinned to one step a slice, from the slice's
    /// first x, with the slice's lowest lower and highest upper.
    static func band(x: [Double], lower: [Double], upper: [Double]) -> (x: [Double], lower: [Double], upper: [Double]) {
        guard x.count > maxSteps, let first = x.first, let last = x.last else { return (x, lower, upper) }
        var out: (x: [Double], lower: [Double], upper: [Double]) = ([], [], [])
        var i = 0
        while i < x.count {
            let b = bucket(x[i], first, last)
            var j = i, low = lower[i], high = upper[i]
            while j < x.count && bucket(x[j], first, last) == b { low = min(low, lower[j]); high = max(high, upper[j]); j += 1 }
            out.x.append(x[i]); out.lower.append(low); out.upper.append(high)
            i = j
        }
        return out
    }
}
