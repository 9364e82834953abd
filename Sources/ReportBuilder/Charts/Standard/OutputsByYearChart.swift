import ChartEngine
import StatisticsCore

/// outputs-by-year: outputs per year stacked by type.
struct OutputsByYearChart: ChartDrawing {
    static let name = "outputs-by-year"
    static let summary = "outputs per year stacked by type"
    let context: ChartContext

    /// Output types that occur in the range, in the schema's order (the stacking and legend order).
    var outputTypesPresent: [String] {
        statistics.categories.filter { type in statistics.outputs.contains { ($0.byCategory[type] ?? 0) > 0 } }
    }

    func body() -> ChartBody {
        let types = outputTypesPresent
        let series = types.map { type in
            BarSeries(name: type, color: ChartColors.outputTypes.color(for: type),
                      values: statistics.outputs.compactMap { year in
                          let count = year.byCategory[type] ?? 0
                          return count > 0 ? BarDatum(.number(Self.yearMiddle(year.year)), Double(count)) : nil
                      })
        }
        // The legend reads as the stack does from the top: the last series stacked comes first.
        let legend = types.reversed().map { LegendEntry(HouseStyle.typeLabel($0), color: ChartColors.outputTypes.color(for: $0)) }
        let marks: [Mark] = series.isEmpty ? [] : [.bars(BarMark(series: series, stacked: true, thickness: 0.7))]
        return (yearAxis, [PanelSpec(y: Self.countAxis(), marks: marks, note: series.isEmpty ? noOutputsNote : nil)], legend)
    }

    /// "Meetings are the most common of 46 outputs".
    func titles(first: MembershipYear, last: MembershipYear) -> [String] {
        let byType = statistics.outputsByCategory, total = statistics.totalOutputs
        let period = first.year == last.year ? "in \(last.year)" : "since \(first.year)"
        guard let top = byType.first else { return ["No outputs recorded \(period)"] }
        let plural = { (type: String) in HouseStyle.plural(HouseStyle.typeNoun(type)).capitalizedFirst }
        if byType.count == 1 {
            let type = HouseStyle.typeNoun(top.type)
            switch total {
            case 1: return ["The one output \(period) is \(HouseStyle.article(type)) \(type)"]
            case 2: return ["Both outputs \(period) are \(HouseStyle.plural(type))"]
            default: return ["All \(N.integer(total)) outputs \(period) are \(HouseStyle.plural(type))"]
            }
        }
        let tied = byType.filter { $0.count == top.count }.map(\.type)
        if tied.count == 2 {
            let second = HouseStyle.plural(HouseStyle.typeNoun(tied[1]))
            return ["\(plural(tied[0])) and \(second) lead the \(N.integer(total)) outputs \(period)",
                    "\(plural(tied[0])) and \(second) lead the outputs"]
        }
        if tied.count > 2 { return ["No single type leads the \(N.integer(total)) outputs \(period)"] }
        return ["\(plural(top.type)) are the most common of \(N.integer(total)) outputs",
                "\(plural(top.type)) are the most common output"]
    }

    func subtitle() -> String { subtitle("Coordination outputs per year, by type", period: range) }

    func statement(first: MembershipYear, last: MembershipYear) -> String {
        let total = statistics.totalOutputs
        guard total > 0 else { return "No outputs are recorded for \(range ?? "the range")." }
        let types = statistics.outputsByCategory.map { HouseStyle.typeCount($0.count, $0.type, spelled: false) }
        let busiest = N.highest(statistics.outputs, year: \.year, value: \.total)!
        let when = statistics.outputs.count == 1 ? ""
            : busiest.years.count == 1 && total == busiest.value ? ", all in \(busiest.years[0])"
            : busiest.years.count == 1 ? "; the busiest year was \(busiest.years[0]), with \(N.integer(busiest.value))"
            : "; \(N.highestYears(busiest.years, value: N.integer(busiest.value)))"
        return "\(total == 1 ? "One output" : "\(N.integer(total)) outputs") over \(range ?? "\(last.year)"): "
            + HouseStyle.list(types) + when + "."
    }

    func altText(last: MembershipYear, period: String, members: String) -> String {
        let years = statistics.outputs.filter { $0.total > 0 }.map { row in
            "\(row.year): " + statistics.categories.compactMap { type in
                (row.byCategory[type] ?? 0) > 0 ? HouseStyle.typeCount(row.byCategory[type]!, type, spelled: false) : nil
            }.joined(separator: ", ")
        }
        guard !years.isEmpty else { return "Stacked columns of outputs per year by type, \(period): no outputs in any year." }
        let empty = statistics.outputs.filter { $0.total == 0 }.map { "\($0.year)" }
        return "Stacked columns of outputs per year by type, \(period). " + years.joined(separator: "; ") + "."
            + (empty.isEmpty ? "" : " No outputs in \(HouseStyle.list(empty)).")
    }
}

extension StandardChart {
    /// The outputs-by-year chart.
    public static let outputsByYear = StandardChart(OutputsByYearChart.self)
}
