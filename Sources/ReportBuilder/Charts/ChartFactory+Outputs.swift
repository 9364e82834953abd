import ChartEngine
import DatasetCore
import PartialDates
import StatisticsCore

extension ChartFactory {
    /// Output types that occur in the range, in the schema's order (the stacking and legend order).
    var outputTypesPresent: [String] {
        statistics.categories.filter { type in statistics.outputs.contains { ($0.byCategory[type] ?? 0) > 0 } }
    }

    func outputsByYear() -> (AxisSpec, [PanelSpec], [LegendEntry]) {
        let types = outputTypesPresent
        let series = types.map { type in
            BarSeries(name: type, color: ChartColors.outputTypes.color(for: type),
                      values: statistics.outputs.compactMap { year in
                          let count = year.byCategory[type] ?? 0
                          return count > 0 ? BarDatum(.number(Double(year.year)), Double(count)) : nil
                      })
        }
        let legend = types.map { LegendEntry(Self.typeLabel($0), color: ChartColors.outputTypes.color(for: $0)) }
        let marks: [Mark] = series.isEmpty ? [] : [.bars(BarMark(series: series, stacked: true, thickness: 0.7))]
        return (columnYearAxis, [PanelSpec(y: Self.countAxis(), marks: marks, note: series.isEmpty ? noOutputsNote : nil)], legend)
    }

    func cumulativeOutputs() -> (AxisSpec, [PanelSpec], [LegendEntry]) {
        let cumulative = statistics.outputs.map { DataPoint(x: Double($0.year), y: Double($0.cumulative)) }
        let members = statistics.membership.map { DataPoint(x: Double($0.year), y: Double($0.members)) }
        let x = AxisSpec(.linear(domain: Self.yearPoints(firstYear, reportYear), integerOnly: true), format: .year)
        let anyOutput = statistics.outputs.contains { $0.cumulative > 0 }
        let panels = [
            PanelSpec(title: "Cumulative outputs at year end", y: Self.countAxis(),
                      marks: anyOutput ? [.line(LineMark(points: cumulative, color: ChartColors.allOutputs))] : [],
                      note: anyOutput ? nil : noOutputsNote),
            PanelSpec(title: "Members at year end", y: Self.countAxis(),
                      marks: [.line(LineMark(points: members, color: ChartColors.membership))]),
        ]
        return (x, panels, [])
    }

    func roadmapTimeline() -> (AxisSpec, [PanelSpec], [LegendEntry]) {
        let editions = analysis.dataset.outputs
            .filter { ($0.type == .strategy || $0.type == .roadmap) && $0.date.year <= reportYear }
            .sorted { $0.date < $1.date }
        let events = editions.map { output in
            TimelineEvent(x: FractionalYear.start(of: output.date),
                          label: Self.shortTitle(output.title) + "\n" + Self.displayDate(output.date),
                          color: ChartColors.outputTypes.color(for: output.type.rawValue))
        }
        let shown = [OutputType.strategy, .roadmap].filter { type in editions.contains { $0.type == type } }
        let legend = shown.map { LegendEntry(Self.typeLabel($0.rawValue), color: ChartColors.outputTypes.color(for: $0.rawValue),
                                             symbol: .point) }
        let x = AxisSpec(.time(domain: (Double(firstYear) - 0.5)...(Double(reportYear) + 1.5)))
        let note = events.isEmpty ? "No strategy or roadmap editions in the datasets" : nil
        return (x, [PanelSpec(y: AxisSpec(.hidden), marks: events.isEmpty ? [] : [.timeline(TimelineMark(events: events))],
                                 note: note)], legend)
    }

    /// The note of an output panel without data: none in the files at all, or none up to the report year.
    var noOutputsNote: String {
        analysis.dataset.outputs.isEmpty && statistics.outputs.allSatisfy({ $0.cumulative == 0 })
            ? "No outputs in the datasets" : "No outputs up to \(reportYear)"
    }

    /// "white-paper" → "White paper".
    static func typeLabel(_ type: String) -> String {
        let words = type.replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
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

    /// "Aug 2020", "22 Sep 2011" or "2022", at the date's own precision.
    static func displayDate(_ date: PartialDate) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        switch (date.month, date.day) {
        case (let month?, let day?): return "\(day) \(months[month - 1]) \(date.year)"
        case (let month?, nil): return "\(months[month - 1]) \(date.year)"
        default: return "\(date.year)"
        }
    }
}
