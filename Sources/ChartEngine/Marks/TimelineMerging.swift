import Foundation

/// Close timeline events merged into one counted marker (docs/chart-engine.md, "Timeline lanes"), the way point
/// clusters count close joins: an event missing from the picture would make it false.
///
/// When the lanes leave some event without a marker, the run around each such event (the consecutive events
/// whose marker centres lie within `TimelineLayout.mergeDistance` of its centre: markers that would touch)
/// merges into one event and the lanes are planned again; while some event is still without a marker, the
/// distance doubles, up to `TimelineLayout.mergeRounds` rounds. A window around the unmarked event, not a chain
/// of neighbours, so an evenly spaced series is not swallowed whole because one of its events found no room.
extension ChartDrawing {
    /// The events drawn (each one of `events`, or several merged), their labels as laid out, and their plan.
    func planTimelineMerging(_ events: [TimelineEvent], _ f: PanelFrame, _ sx: LinearScale)
        -> (shown: [TimelineEvent], layouts: [TextLayout], plan: [TimelinePlacement?]) {
        var groups = events.indices.map { [$0] }
        var shown = events
        var (layouts, plan) = planTimelineLabels(shown, f, sx)
        var distance = TimelineLayout.mergeDistance
        let years: Bool
        if case .time = spec.x.kind { years = true } else { years = false }
        for _ in 0..<TimelineLayout.mergeRounds where plan.contains(where: { $0 == nil }) {
            let unmarked = plan.indices.filter { plan[$0] == nil }
            let merged = Self.mergingRuns(groups, centres: shown.map { sx.map($0.x) }, around: unmarked, within: distance)
            distance *= 2
            guard merged.count < groups.count else { continue }
            let mergedShown = merged.map { $0.count == 1 ? events[$0[0]] : TimelineEvent(merging: $0.map { events[$0] }, years: years) }
            let (mergedLayouts, mergedPlan) = planTimelineLabels(mergedShown, f, sx)
            // Kept only if fewer events are left without a marker: a merge that places nothing more only loses labels.
            guard Self.eventsWithoutMarker(mergedPlan, merged) < Self.eventsWithoutMarker(plan, groups) else { continue }
            (groups, shown, layouts, plan) = (merged, mergedShown, mergedLayouts, mergedPlan)
        }
        return (shown, layouts, plan)
    }

    /// How many of the events (in `groups`, one per planned event) the plan leaves without a marker.
    static func eventsWithoutMarker(_ plan: [TimelinePlacement?], _ groups: [[Int]]) -> Int {
        zip(plan, groups).reduce(0) { $0 + ($1.0 == nil ? $1.1.count : 0) }
    }

    /// `groups` (of event indices, in x order, with marker centres `centres`) with the run around each group of
    /// `around` (ascending) merged: the consecutive groups whose centres are closer than `distance` to its centre.
    /// Overlapping runs merge into one.
    static func mergingRuns(_ groups: [[Int]], centres: [Double], around unmarked: [Int], within distance: Double) -> [[Int]] {
        var runs: [ClosedRange<Int>] = []
        for u in unmarked {
            var low = u, high = u
            while low > 0, centres[u] - centres[low - 1] < distance { low -= 1 }
            while high < groups.count - 1, centres[high + 1] - centres[u] < distance { high += 1 }
            if let last = runs.last, last.upperBound >= low {
                runs[runs.count - 1] = last.lowerBound...max(high, last.upperBound)
            } else {
                runs.append(low...high)
            }
        }
        var result: [[Int]] = [], next = 0
        for run in runs {
            result += groups[next..<run.lowerBound]
            result.append(groups[run].flatMap { $0 })
            next = run.upperBound + 1
        }
        return result + groups[next...]
    }
}

extension TimelineEvent {
    /// What an event without a noun is counted as.
    static let eventNoun = Noun("event", plural: "events")

    /// One event standing for `run` (close events, in x order): its marker at the middle of their x range, in
    /// their colour if they share one, else an open ring in the muted colour (a type's colour would claim them
    /// all for that type); a diamond only if all are; key if any is. Labelled with the count per noun in first-seen order
    /// ("3 editions, 1 supplement") over their date span from their compact labels ("2 Mar 2020 – 23 Mar
    /// 2020"); compact label: the count, over their year span on a time axis (`years`: "2023", "2020–2021"),
    /// so a key event merged keeps the year a title may name.
    init(merging run: [TimelineEvent], years: Bool) {
        var counts: [(noun: Noun?, count: Int)] = []
        for e in run {
            if let k = counts.firstIndex(where: { $0.noun == e.noun }) {
                counts[k].count += e.weight
            } else {
                counts.append((e.noun, e.weight))
            }
        }
        let counted = counts.map { "\(NumberFormat.grouped(Double($0.count), decimals: 0)) \(($0.noun ?? Self.eventNoun).form($0.count))" }
            .joined(separator: ", ")
        let xs = run.map(\.x)
        let (firstYear, lastYear) = ((xs.min() ?? 0).rounded(.down), (xs.max() ?? 0).rounded(.down))
        let yearSpan = firstYear == lastYear ? NumberFormat.year.format(firstYear)
            : NumberFormat.year.format(firstYear) + "–" + NumberFormat.year.format(lastYear)
        let compact = years ? counted + "\n" + yearSpan : counted
        let dates = run.compactMap(\.compactLabel)
        var label = compact
        if let first = dates.first, let last = dates.last { label = counted + "\n" + (first == last ? first : "\(first) – \(last)") }
        let color = run.first.map(\.color).flatMap { c in run.allSatisfy { $0.color == c } ? c : nil } ?? .muted
        self.init(x: ((xs.min() ?? 0) + (xs.max() ?? 0)) / 2, label: label, color: color,
                  shape: run.allSatisfy { $0.shape == .diamond } ? .diamond : color == .muted ? .ring : .circle,
                  isKey: run.contains(where: \.isKey),
                  compactLabel: compact, weight: run.reduce(0) { $0 + $1.weight })
    }
}
