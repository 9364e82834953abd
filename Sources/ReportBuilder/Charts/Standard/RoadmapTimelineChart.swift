import ChartEngine
import DatasetCore
import PartialDates
import StatisticsCore

/// roadmap-timeline: strategy and roadmap editions (and supplements, as diamonds) on a time axis, each labelled.
struct RoadmapTimelineChart: ChartDrawing {
    static let name = "roadmap-timeline"
    static let summary = "strategy and roadmap editions on a time axis, each labelled"
    let context: ChartContext

    /// The most editions drawn one by one; beyond, one event per year and type ("312 roadmap editions").
    static let maxEvents = 60

    /// The editions and supplements in the chart's window (``ChartContext/yearDomain``: the first year to the
    /// report year), by date (ties in file order), as rows of `outputs`: the ones drawn. Filtered once, when the
    /// drawing is made, without making an `Output` of each (a million outputs may hold 250,000 editions).
    private(set) var rows: [Int] = []

    /// The editions counted per (date, category) in the window: what the title, statement and alt text say.
    private(set) var counted: [OutputTally.EditionCount] = []

    /// The editions and supplements dated before the window's first year: never drawn, counted in the caption.
    private(set) var earlier: [OutputTally.EditionCount] = []

    static let kinds: [OutputType] = [.strategy, .roadmap, .supplement]

    init(context: ChartContext) {
        self.context = context
        let first = firstYear, last = reportYear
        let outputs = context.outputs
        rows = outputs.indices.filter { row in
            guard Self.kinds.contains(outputs.type(at: row)) else { return false }
            let year = outputs.date(at: row).year
            return first <= year && year <= last
        }
        .map { (date: outputs.date(at: $0), row: $0) }.sorted { ($0.date, $0.row) < ($1.date, $1.row) }.map(\.row)
        // statistics.editions stop at the report year already: what is not in the window is earlier.
        counted = statistics.editions.filter { first <= $0.date.year }
        earlier = statistics.editions.filter { $0.date.year < first }
    }

    func body() -> ChartBody {
        let events = rows.count > Self.maxEvents
            ? Self.yearEvents(rows.map { YearType(year: outputs.date(at: $0).year, type: outputs.type(at: $0)) })
            : Self.editionEvents(rows.map { outputs[$0] })
        let types = Set(rows.map { outputs.type(at: $0) })
        let shown = Self.kinds.filter(types.contains)
        let legend = shown.map { LegendEntry(HouseStyle.typeLabel($0.rawValue), color: ChartColors.outputTypes.color(for: $0.rawValue),
                                             symbol: $0 == .supplement ? .diamond : .point) }
        let x = AxisSpec(.time(domain: yearDomain), grid: true)
        let note = !events.isEmpty ? nil
            : earlier.isEmpty ? "No strategy or roadmap editions in the datasets" : "No strategy or roadmap editions since \(firstYear)"
        return (x, [PanelSpec(y: AxisSpec(.hidden), marks: events.isEmpty ? [] : [.timeline(TimelineMark(events: events))],
                                 note: note)], legend)
    }

    /// "3 earlier editions before 2007 not shown" (with supplements: "2 earlier editions and 1 supplement …"):
    /// the editions dated before the chart's first year, which its year axis does not reach; nil without any.
    func caption() -> String? {
        earlierPhrase(N.integer, "earlier ").map { "\($0) before \(firstYear) not shown" }
    }

    /// " Two editions and one supplement dated before 2007, the chart's first year, are not drawn." (the
    /// caption's count as a sentence, for the statement and the alt text); empty without earlier editions.
    var earlierSentence: String {
        guard let phrase = earlierPhrase(N.words, "") else { return "" }
        let total = earlier.reduce(0) { $0 + $1.count }
        return " \(phrase.capitalizedFirst) dated before \(firstYear), the chart's first year, \(total == 1 ? "is" : "are") not drawn."
    }

    /// "2 earlier editions and 1 supplement" with `number` writing the counts and `adjective` before the first
    /// noun; nil without earlier editions.
    private func earlierPhrase(_ number: (Int) -> String, _ adjective: String) -> String? {
        let supplements = earlier.reduce(0) { $0 + ($1.category == OutputType.supplement.rawValue ? $1.count : 0) }
        let others = earlier.reduce(0) { $0 + $1.count } - supplements
        guard others + supplements > 0 else { return nil }
        let parts = [others == 0 ? nil : "\(number(others)) \(adjective)\(others == 1 ? "edition" : "editions")",
                     supplements == 0 ? nil
                        : "\(number(supplements)) \(others == 0 ? adjective : "")\(supplements == 1 ? "supplement" : "supplements")"]
        return parts.compactMap { $0 }.joined(separator: " and ")
    }

    /// One labelled event per edition; the edition the title names (the latest roadmap, else the latest
    /// strategy) is never the one left out.
    static func editionEvents(_ editions: [Output]) -> [TimelineEvent] {
        let key = editions.last { $0.type == .roadmap } ?? editions.last { $0.type == .strategy }
        return editions.map { output in
            TimelineEvent(x: FractionalYear.start(of: output.date),
                          label: label(output),
                          color: ChartColors.outputTypes.color(for: output.type.rawValue),
                          shape: output.type == .supplement ? .diamond : .circle,
                          isKey: key.map { $0.date == output.date && $0.title == output.title } ?? false,
                          compactLabel: HouseStyle.shortDate(output.date), noun: Self.noun(output.type))
        }
    }

    /// What an event of `type` is counted as where close events merge into one marker ("3 editions, 1
    /// supplement"): the nouns the year groups use, without the type of edition (a merged marker may hold both).
    static func noun(_ type: OutputType) -> TimelineEvent.Noun {
        type == .supplement ? TimelineEvent.Noun("supplement", plural: "supplements") : TimelineEvent.Noun("edition", plural: "editions")
    }

    /// An edition's marker label: its short title, then its date, unless the title already gives the date:
    /// "Global Exploration Roadmap Supplement 2022" dated 2022 gets no "2022" line; dated January 2022 it
    /// keeps "Jan 2022" (the month is news).
    static func label(_ output: Output) -> String {
        let title = shortTitle(output.title)
        if output.date.month == nil, mentions(title, year: output.date.year) { return title }
        return title + "\n" + HouseStyle.shortDate(output.date)
    }

    /// Whether `text` has `year` as a number of its own ("Supplement 2022", "(2022)", "2021–2022"; not "12022").
    static func mentions(_ text: String, year: Int) -> Bool {
        text.split { !$0.isNumber }.contains { $0 == String(year) }
    }

    /// One event per year and type at the middle of the year, labelled with its count: more editions than a
    /// canvas can label one by one. The latest roadmap year (else strategy year) is the key event.
    static func yearEvents(_ editions: [YearType]) -> [TimelineEvent] {
        let groups = editions.reduce(into: [YearType: Int]()) { $0[$1, default: 0] += 1 }
        let keyType: OutputType = editions.contains { $0.type == .roadmap } ? .roadmap : .strategy
        let keyYear = editions.last { $0.type == keyType }?.year
        return groups.keys.sorted().map { group in
            let count = groups[group] ?? 0, noun = Self.noun(group.type)
            let words = group.type == .supplement ? noun.form(count) : "\(group.type.rawValue) \(noun.form(count))"
            return TimelineEvent(x: Double(group.year) + 0.5, label: "\(N.integer(count)) \(words)\n\(group.year)",
                                 color: ChartColors.outputTypes.color(for: group.type.rawValue),
                                 shape: group.type == .supplement ? .diamond : .circle,
                                 isKey: group.type == keyType && group.year == keyYear, compactLabel: "\(group.year)",
                                 noun: noun, weight: count)
        }
    }

    /// A year and an output type, ordered by year then the order of `kinds`.
    struct YearType: Hashable, Comparable {
        let year: Int
        let type: OutputType
        static func < (a: YearType, b: YearType) -> Bool {
            (a.year, kinds.firstIndex(of: a.type) ?? 0) < (b.year, kinds.firstIndex(of: b.type) ?? 0)
        }
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

    /// "Six roadmap editions since 2011, latest in 2024": the editions in the chart's window only.
    func titles(first _: MembershipYear, last _: MembershipYear) -> [String] {
        let roadmaps = counted.filter { $0.category == "roadmap" }
        let strategies = counted.filter { $0.category == "strategy" }
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
        return earlier.isEmpty ? ["No strategy or roadmap editions recorded"] : ["No strategy or roadmap editions since \(firstYear)"]
    }

    func subtitle() -> String {
        subtitle(rows.count > Self.maxEvents ? "Strategy and roadmap editions per year and type (more than \(Self.maxEvents))"
                    : "Strategy and roadmap editions by date", period: range)
    }

    /// The editions in the chart's window, and (in a second sentence) how many earlier ones it leaves out.
    func statement(first _: MembershipYear, last _: MembershipYear) -> String {
        let editions = counted
        let before = earlierSentence
        guard let first = editions.first, let last = editions.last else {
            return earlier.isEmpty
                ? "No strategy or roadmap editions are recorded up to the end of \(year.map(String.init) ?? "the report year")."
                : "No strategy or roadmap editions are recorded from \(firstYear) to the end of \(reportYear)." + before
        }
        let counts = ["strategy", "roadmap"].compactMap { type -> String? in
            let count = editions.reduce(0) { $0 + ($1.category == type ? $1.count : 0) }
            return count == 0 ? nil : "\(N.words(count)) \(type) \(count == 1 ? "edition" : "editions")"
        }
        // The spacing the findings and stats.json state (middles of imprecise dates), so the report says one number;
        // it spans every roadmap edition, so it is left out when some are before the window.
        let spacing = earlier.contains { $0.category == "roadmap" } ? nil : statistics.editionSpacing
        let interval = spacing?.meanDays.map { mean in
            spacing?.editionCount == 2 ? ", the two roadmap editions \(N.decimal(mean, 0)) days apart"
                : ", roadmap editions every \(N.decimal(mean, 0)) days on average"
        } ?? ""
        let span = first.date == last.date ? "on \(N.date(first.date))" : "from \(N.date(first.date)) to \(N.date(last.date))"
        return "\(HouseStyle.list(counts).capitalizedFirst) appeared \(span)\(interval)." + before
    }

    /// The most editions (or dates) the alt text names before "+N more".
    static let altTextEditions = 12

    func altText(last: MembershipYear, period: String, members: String) -> String {
        let all = counted
        let named = all.prefix(Self.altTextEditions)
        // The first output of each named (type, date): one pass over the outputs, titles shortened only for those.
        var first: [String: Output] = [:]
        let wanted = Set(named.map { "\($0.category) \($0.date)" })
        for row in outputs.indices where Self.kinds.contains(outputs.type(at: row)) {
            let key = "\(outputs.type(at: row).rawValue) \(outputs.date(at: row))"
            if wanted.contains(key), first[key] == nil { first[key] = outputs[row] }
        }
        let editions = named.map { edition -> String in
            let title = first["\(edition.category) \(edition.date)"]?.shortTitle
            let several = edition.count > 1 ? ", \(N.words(edition.count)) editions" : ""
            return "\(edition.category) \(N.date(edition.date))" + (title.map { " (\($0))" } ?? "") + several
        }
        let more = all.count > Self.altTextEditions ? "; +\(N.integer(all.count - Self.altTextEditions)) more" : ""
        return "Time axis of strategy and roadmap editions to the end of \(last.year): "
            + (editions.isEmpty ? "none." : editions.joined(separator: "; ") + more + ".") + earlierSentence
    }
}

extension StandardChart {
    /// The roadmap-timeline chart.
    public static let roadmapTimeline = StandardChart(RoadmapTimelineChart.self)
}
