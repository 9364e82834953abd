import ChartEngine
import DatasetCore
import PartialDates
import StatisticsCore

extension ChartFactory {
    /// Join batches: members sharing a join date, in date order, with the batch label.
    /// The first batch of more than three members is labelled as founders ("14 founders").
    var joinBatches: [(date: PartialDate, acronyms: [String], label: String)] {
        let byDate = Dictionary(grouping: members.filter { $0.joined.year <= reportYear }, by: \.joined)
        return byDate.keys.sorted().enumerated().map { index, date in
            let acronyms = byDate[date]!.map(\.acronym).sorted()
            let label = index == 0 && acronyms.count > 3 ? "\(acronyms.count) founders" : acronyms.joined(separator: ", ")
            return (date, acronyms, label)
        }
    }

    func membershipGrowth() -> (AxisSpec, [PanelSpec], [LegendEntry]) {
        let steps = rosterSteps
        var labelled: [LabeledPoint] = []
        var running = 0
        var countAt: [Double: Int] = [:]
        for step in steps { if case .number(let x) = step.x, case .number(let y) = step.y { countAt[x] = Int(y) } }
        for batch in joinBatches {
            let x = FractionalYear.start(of: batch.date)
            running = countAt[x] ?? (running + batch.acronyms.count)
            labelled.append(LabeledPoint(DataPoint(x: x, y: Double(running)), label: batch.label))
        }
        let marks: [Mark] = [
            .line(LineMark(points: steps, color: ChartColors.membership, interpolation: .stepAfter,
                           extendTo: Double(reportYear + 1))),
            .points(PointMark(points: labelled, color: ChartColors.membership, radius: 3, labelPlacement: .stackAbove)),
        ]
        return (yearAxis, [PanelSpec(y: Self.countAxis(), marks: marks)], [])
    }

    func joinsPerYear() -> (AxisSpec, [PanelSpec], [LegendEntry]) {
        let years = statistics.membership
        let joins = BarSeries(name: "Joined", color: ChartColors.membership,
                              values: years.filter { $0.joined > 0 }.map { BarDatum(.number(Double($0.year)), Double($0.joined)) })
        let departures = BarSeries(name: "Left", color: ChartColors.highlight,
                                   values: years.filter { $0.left > 0 }.map { BarDatum(.number(Double($0.year)), -Double($0.left)) })
        let anyDeparture = !departures.values.isEmpty
        let bars = BarMark(series: anyDeparture ? [joins, departures] : [joins], stacked: true, thickness: 0.7,
                           valueLabels: .integer)
        var marks: [Mark] = [.bars(bars)]
        if anyDeparture { marks.append(.rule(RuleMark(.horizontal(0), color: .muted, dash: []))) }
        let legend = anyDeparture
            ? [LegendEntry("Joined", color: ChartColors.membership), LegendEntry("Left", color: ChartColors.highlight)]
            : []
        return (columnYearAxis, [PanelSpec(y: AxisSpec(.linear(includeZero: true, integerOnly: true), format: .integer,
                                                      grid: true), marks: marks)], legend)
    }

    func membersByRegion() -> (AxisSpec, [PanelSpec], [LegendEntry]) {
        let shares = statistics.byGroup
        let share = NumberFormat.percent(decimals: 1)
        let marks: [Mark] = shares.map { group in
            .bars(BarMark(orientation: .horizontal, series: [BarSeries(
                name: group.group, color: ChartColors.regions.color(for: group.group),
                values: [BarDatum(.category(group.group), Double(group.members),
                                  label: "\(group.members) (\(share.format(group.sharePercent)))")])], thickness: 0.7))
        }
        let x = AxisSpec(.linear(includeZero: true, integerOnly: true), format: .integer, grid: true)
        return (x, [PanelSpec(y: AxisSpec(.band(shares.map(\.group))), marks: marks)], [])
    }

    func memberTimeline() -> (AxisSpec, [PanelSpec], [LegendEntry]) {
        let end = Double(reportYear + 1)
        var rows: [RangeBar] = []
        var regionsShown: [String] = []
        for (index, batch) in joinBatches.enumerated() {
            let batchMembers = members.filter { $0.joined == batch.date }.sorted { $0.acronym < $1.acronym }
            let founders = index == 0 && batchMembers.count > 3
            let groups: [(String, [Member])] = founders
                ? Dictionary(grouping: batchMembers, by: \.region.rawValue).sorted { $0.key < $1.key }
                    .map { ("\($0.value.count == 1 ? "Founder" : "Founders") in \($0.key) (\($0.value.count))", $0.value) }
                : batchMembers.map { ($0.acronym, [$0]) }
            for (label, group) in groups {
                let member = group[0]
                let region = member.region.rawValue
                if !regionsShown.contains(region) { regionsShown.append(region) }
                let stop = group.compactMap(\.left).map(FractionalYear.start).min().map { min($0, end) } ?? end
                rows.append(RangeBar(category: label, start: FractionalYear.start(of: member.joined), end: stop,
                                     color: ChartColors.regions.color(for: region)))
            }
        }
        let legend = ChartColors.regions.entries.filter { regionsShown.contains($0.category) }
            .map { LegendEntry($0.category, color: $0.color) }
        let x = AxisSpec(.time(domain: yearDomain), grid: true)
        return (x, [PanelSpec(y: AxisSpec(.band(rows.map(\.category))), marks: [.ranges(RangeMark(bars: rows))])], legend)
    }

    func membershipForecast() -> (AxisSpec, [PanelSpec], [LegendEntry]) {
        let observed = statistics.membership.map { DataPoint(x: Double($0.year), y: Double($0.members)) }
        var marks: [Mark] = []
        let forecast = statistics.forecast
        if let trend = statistics.trend, let last = statistics.membership.last, !forecast.isEmpty {
            let lastFit = trend.value(at: Double(last.year))
            if forecast.allSatisfy({ $0.lower != nil && $0.upper != nil }) {
                marks.append(.area(AreaMark(x: forecast.map { Double($0.year) }, lower: forecast.map { $0.lower! },
                                            upper: forecast.map { $0.upper! },
                                            color: ChartColors.highlight, opacity: 0.16, label: Forecast.intervalLabel)))
            }
            let fitted = statistics.membership.map { DataPoint(x: Double($0.year), y: trend.value(at: Double($0.year))) }
            marks.append(.line(LineMark(points: fitted, color: .muted, width: 1, label: "Linear trend")))
            marks.append(.line(LineMark(points: [DataPoint(x: Double(last.year), y: lastFit)]
                                            + forecast.map { DataPoint(x: Double($0.year), y: $0.value) },
                                        color: ChartColors.highlight, dash: [6, 4], label: "Forecast")))
        }
        marks.append(.line(LineMark(points: observed, color: ChartColors.membership, label: "Observed")))
        let x = AxisSpec(.linear(domain: Self.yearPoints(firstYear, forecast.last?.year ?? reportYear), integerOnly: true),
                         format: .year)
        return (x, [PanelSpec(y: Self.countAxis(), marks: marks)], [])
    }
}
