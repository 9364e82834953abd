/// "Did you mean …?" for a mistyped name: the closest candidate by edit distance, if it is close enough to be
/// a typo rather than a different word.
enum Suggestion {
    /// The candidate nearest to `text`: at most a third of its length (and at least 2) edits away, or one
    /// that starts with `text`. Nil when nothing is that close.
    static func closest(to text: String, among candidates: [String]) -> String? {
        let typed = Array(text.lowercased())
        guard !typed.isEmpty else { return nil }
        let limit = max(2, typed.count / 3)
        let scored = candidates.map { (candidate: $0, distance: distance(typed, Array($0.lowercased()))) }
        if let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= limit { return best.candidate }
        return candidates.first { $0.lowercased().hasPrefix(text.lowercased()) }
    }

    /// " (did you mean 'x'?)" or "".
    static func hint(for text: String, among candidates: [String]) -> String {
        closest(to: text, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit (optimal string alignment).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, before[j - 2] + 1) }
                current[j] = value
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
