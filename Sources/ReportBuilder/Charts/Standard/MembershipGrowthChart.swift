import ChartEngine
import StatisticsCore
import PartialDates

/// membership-growth: year-end members as a step line, each join labelled with its acronym.
struct MembershipGrowthChart: ChartDrawing {
    static let name = "membership-growth"
    static let summary = "year-end members as a step line, each join labelled with its acronym"
    let context: ChartContext

    func body() -> ChartBody {
        // The count after every change (not the thinned line): each join and departure finds its height.
        let counts = rosterCounts
        let steps = StepThinning.line(counts).map { DataPoint(x: $0.x, y: $0.y) }
        var countAt: [Double: Int] = [:]
        for step in counts { countAt[step.x] = Int(step.y) }
        // Each join batch and each departure date at the count after it, with the label the chart draws.
        var running = 0
        let changes = labelledChanges.compactMap { change -> LabeledPoint? in
            let x = FractionalYear.start(of: change.date)
            if change.departure {
                guard let y = countAt[x] else { return nil }
                return LabeledPoint(DataPoint(x: x, y: Double(y)), label: change.label, weight: change.count, noun: "leave", hollow: true)
            }
            running = countAt[x] ?? (running + change.count)
            return LabeledPoint(DataPoint(x: x, y: Double(running)), label: change.label, weight: change.count, noun: "join")
        }
        // Joins and departures in one mark, in date order, so close ones merge rather than hide each other.
        let marks: [Mark] = [
            .line(LineMark(points: steps, color: ChartColors.membership, interpolation: .stepAfter,
                           extendTo: Double(reportYear + 1))),
            .points(PointMark(points: changes, color: ChartColors.membership, radius: 3, labelPlacement: .stackAbove,
                              cluster: PointCluster(noun: "join", maxListed: maxListed, distance: clusterDistance))),
        ]
        return (yearAxis, [PanelSpec(y: Self.countAxis(), marks: marks)], [])
    }

    /// Each join batch (its acronyms, "14 founders" for a first batch of more than three, or "40 join" when too
    /// many to list) and each departure date ("AB leaves", "N leave"), in date order, joins first on a tie.
    var labelledChanges: [(date: PartialDate, label: String, count: Int, departure: Bool)] {
        let joins = joinBatches.enumerated().map { index, batch in
            (date: batch.date, label: index == 0 || batch.acronyms.count <= maxListed ? batch.label : "\(batch.acronyms.count) join",
             count: batch.acronyms.count, departure: false)
        }
        let leaving = Dictionary(grouping: members.filter { $0.left.map { $0.year <= reportYear } ?? false }, by: { $0.left! })
        let departures = leaving.keys.sorted().map { date in
            let acronyms = leaving[date]!.map(\.acronym).sorted()
            let label = acronyms.count <= maxListed ? acronyms.joined(separator: ", ") + (acronyms.count == 1 ? " leaves" : " leave")
                                                     : "\(acronyms.count) leave"
            return (date: date, label: label, count: acronyms.count, departure: true)
        }
        return (joins + departures).enumerated()
            .sorted { (FractionalYear.start(of: $0.element.date), $0.offset) < (FractionalYear.start(of: $1.element.date), $1.offset) }
            .map(\.element)
    }

    /// The most changes the alt text names before "+N more".
    static let altTextChanges = 12

    /// Changes closer than a label line (14 pt, centre to centre) merge into one marker and label ("AB, CD" or
    /// "5 join"): each could not keep a label of its own beside the others, and a merged label names or counts
    /// them all, in date order, where separate ones were dropped (326 → 141 labels left out over the stress
    /// gallery's sets and six sizes; 70 since labels may lean below their points and a list without room is
    /// drawn as its count).
    var clusterDistance: Double { 14 }

    /// The most acronyms one label lists: six from 900 pt wide, else three; a larger batch is labelled with its
    /// count ("40 join").
    var maxListed: Int { (context.canvasSize?.width ?? 960) >= 900 ? 6 : 3 }

    func titles(first: MembershipYear, last: MembershipYear) -> [String] {
        if first.year == last.year { return ["\(names.members(last.members)) at the end of \(last.year)"] }
        return growthTitles(first, last)
    }

    /// "Membership nearly doubled since 2007, mostly after 2018".
    func growthTitles(_ first: MembershipYear, _ last: MembershipYear) -> [String] {
        if last.members == first.members { return ["Membership unchanged at \(N.integer(last.members)) since \(first.year)"] }
        if last.members < first.members || first.members == 0 {
            let verb = last.members < first.members ? "fell" : "grew"
            return ["Membership \(verb) from \(N.integer(first.members)) to \(N.integer(last.members)) since \(first.year)"]
        }
        let ratio = Double(last.members) / Double(first.members)
        let change: String = switch ratio {
        case ..<1.9: "grew by \(N.percent((ratio - 1) * 100, 0))"
        case ..<2: "nearly doubled"
        case ..<2.1: "doubled"
        case ..<2.9: "more than doubled"
        case ..<3: "nearly tripled"
        case ..<3.1: "tripled"
        default: "grew \(N.multiple(ratio))"
        }
        let base = "Membership \(change) since \(first.year)"
        let waves = JoinWave.waves(statistics.membership)
        let joins = waves.reduce(0) { $0 + $1.joins }
        if let top = JoinWave.largest(waves), joins > 0, Double(top.joins) >= 0.75 * Double(joins), top.first - 1 > first.year {
            return ["\(base), mostly after \(top.first - 1)", base]
        }
        return [base]
    }

    func subtitle() -> String { subtitle("\(membersLabel) at year end", period: range) }

    func statement(first: MembershipYear, last: MembershipYear) -> String {
        let rise = statistics.membership.dropFirst().max { ($0.net, $1.year) < ($1.net, $0.year) }
        let riseText = rise.flatMap { $0.net > 0 ? ", with the largest rise, \(N.signed($0.net)), in \($0.year)" : nil } ?? ""
        if first.year == last.year { return "At the end of \(last.year), the first year, there were \(names.members(last.members))." }
        if first.members == last.members {
            return "\(membersLabel) at the end of each year stood at \(N.integer(first.members)) in both \(first.year) and \(last.year)\(riseText)."
        }
        return "\(membersLabel) at the end of each year went from \(N.integer(first.members)) in \(first.year) "
            + "to \(N.integer(last.members)) in \(last.year)\(riseText)."
    }

    func altText(last: MembershipYear, period: String, members: String) -> String {
        "Step line of \(names.memberNoun) at year end, \(period): \(members)." + joinLabels()
    }

    /// " Labels: 2007: 14 founders; 2015: UAESA; …; +3 more." as the chart labels them, or "" without changes.
    func joinLabels() -> String {
        let changes = labelledChanges
        guard !changes.isEmpty else { return "" }
        let named = changes.prefix(Self.altTextChanges).map { "\($0.date.year): \($0.label)" }
        let more = changes.count > Self.altTextChanges ? "; +\(N.integer(changes.count - Self.altTextChanges)) more" : ""
        return " Labels: " + named.joined(separator: "; ") + more + "."
    }
}

extension StandardChart {
    /// The membership-growth chart.
    public static let membershipGrowth = StandardChart(MembershipGrowthChart.self)
}
