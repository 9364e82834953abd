import ChartEngine
import DatasetCore
import PartialDates
import StatisticsCore

/// roadmap-timeline: strategy and roadmap editions (and supplements, as diamonds) on a time axis, each labelled.
struct RoadmapTimelineChart: ChartDrawing {
    static let name = "roadmap-timeline"
    static let summary = "strategy and roadmap editions on a time axis, each labelled"
    let context: ChartContext

    func body() -> ChartBody {
        let kinds: [OutputType] = [.strategy, .roadmap, .supplement]
        let editions = outputs.filter { kinds.contains($0.type) && $0.date.year <= reportYear }.sorted { $0.date < $1.date }
        // The edition the title names (the latest roadmap, else the latest strategy) is never the one left out.
        let key = editions.last { $0.type == .roadmap } ?? editions.last { $0.type == .strategy }
        let events = editions.map { output in
            TimelineEvent(x: FractionalYear.start(of: output.date),
                          label: Self.shortTitle(output.title) + "\n" + HouseStyle.shortDate(output.date),
                          color: ChartColors.outputTypes.color(for: output.type.rawValue),
                          shape: output.type == .supplement ? .diamond : .circle,
                          isKey: key.map { $0.date == output.date && $0.title == output.title } ?? false,
                          compactLabel: HouseStyle.shortDate(output.date))
        }
        let shown = kinds.filter { type in editions.contains { $0.type == type } }
        let legend = shown.map { LegendEntry(HouseStyle.typeLabel($0.rawValue), color: ChartColors.outputTypes.color(for: $0.rawValue),
                                             symbol: .point) }
        let x = AxisSpec(.time(domain: yearDomain), grid: true)
        let note = events.isEmpty ? "No strategy or roadmap editions in the datasets" : nil
        return (x, [PanelSpec(y: AxisSpec(.hidden), marks: events.isEmpty ? [] : [.timeline(TimelineMark(events: events))],
                                 note: note)], legend)
    }

    /// A title shortened for a marker label: up to the first " (", " - " or ": " (keeping at least 12
    /// characters), wrapped at word boundaries into lines of at most 26 characters, at most 3 lines.
    ///
    /// Not the same job as `Output.shortTitle` (Narrative), the one-line prose form: this one is a marker label,
    /// so it keeps a minimum length, drops a leading "The " and wraps; the two differ on purpose.
    static func shortTitle(_ title: String) -> String {
        var text = title
        for separator in [" (", " - ", ": "] {
            if let range = text.range(of: separator), text.distance(from: text.startIndex, to: range.lowerBound) >= 12 {
                text = String(text[..<range.lowerBound])
            }
        }
        if text.hasPrefix("The ") { text.removeFirst(4) }
        var lines: [String] = []
        for word in text.split(separator: " ") {
            if let last = lines.last, last.count + 1 + word.count <= 26 {
                lines[lines.count - 1] = last + " " + word
            } else {
                lines.append(String(word))
            }
        }
        if lines.count > 3 { lines = Array(lines.prefix(3)); lines[2] += "…" }
        return lines.joined(separator: "\n")
    }

    /// "Six roadmap editions since 2011, latest in 2024".
    func titles(first _: MembershipYear, last _: MembershipYear) -> [String] {
        let roadmaps = statistics.editions.filter { $0.category == "roadmap" }
        let strategies = statistics.editions.filter { $0.category == "strategy" }
        let roadmapCount = roadmaps.reduce(0) { $0 + $1.count }, strategyCount = strategies.reduce(0) { $0 + $1.count }
        if let first = roadmaps.first, let last = roadmaps.last {
            if roadmapCount == 1 { return ["One roadmap edition, in \(first.date.year)"] }
            let count = N.capitalizedWords(roadmapCount)
            return first.date.year == last.date.year
                ? ["\(count) roadmap editions, all in \(last.date.year)"]
                : ["\(count) roadmap editions since \(first.date.year), latest in \(last.date.year)"]
        }
        if let first = strategies.first {
            return strategyCount == 1 ? ["One strategy edition, in \(first.date.year); no roadmap"]
                : ["\(N.capitalizedWords(strategyCount)) strategy editions since \(first.date.year); no roadmap"]
        }
        return ["No strategy or roadmap editions recorded"]
    }

    func subtitle() -> String { subtitle("Strategy and roadmap editions by date", period: range) }

    func statement(first _: MembershipYear, last _: MembershipYear) -> String {
        let editions = statistics.editions
        guard let first = editions.first, let last = editions.last else {
            return "No strategy or roadmap editions are recorded up to the end of \(year.map(String.init) ?? "the report year")."
        }
        let counts = ["strategy", "roadmap"].compactMap { type -> String? in
            let count = editions.reduce(0) { $0 + ($1.category == type ? $1.count : 0) }
            return count == 0 ? nil : "\(N.words(count)) \(type) \(count == 1 ? "edition" : "editions")"
        }
        let interval = statistics.editionIntervals?.mean.map { ", roadmaps every \(N.decimal($0, 0)) days on average" } ?? ""
        let span = first.date == last.date ? "on \(N.date(first.date))" : "from \(N.date(first.date)) to \(N.date(last.date))"
        return "\(HouseStyle.list(counts).capitalizedFirst) appeared \(span)\(interval)."
    }

    func altText(last: MembershipYear, period: String, members: String) -> String {
        let editions = statistics.editions.map { edition -> String in
            let title = outputs.first { $0.date == edition.date && $0.type.rawValue == edition.category }?.shortTitle
            let several = edition.count > 1 ? ", \(N.words(edition.count)) editions" : ""
            return "\(edition.category) \(N.date(edition.date))" + (title.map { " (\($0))" } ?? "") + several
        }
        return "Time axis of strategy and roadmap editions to the end of \(last.year): "
            + (editions.isEmpty ? "none." : editions.joined(separator: "; ") + ".")
    }
}

extension StandardChart {
    /// The roadmap-timeline chart.
    public static let roadmapTimeline = StandardChart(RoadmapTimelineChart.self)
}
