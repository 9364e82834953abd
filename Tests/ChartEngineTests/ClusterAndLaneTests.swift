import ChartEngine
import Foundation
import Testing

/// Point clusters and timeline lanes, engine-level (docs/chart-engine.md): no marker hides another, close
/// events stack in lanes, counts replace lists, key events are kept.
@Suite("Point clusters and timeline lanes")
struct ClusterAndLaneTests {
    static func pointsChart(_ points: [LabeledPoint], size: Size = Size(640, 360)) -> ChartSpec {
        ChartSpec(size: size, title: "Points", x: AxisSpec(.time(domain: 2010...2020)),
                  panels: [PanelSpec(y: AxisSpec(.linear(includeZero: true, integerOnly: true), grid: true),
                                     marks: [.points(PointMark(points: points, radius: 3, labelPlacement: .stackAbove,
                                                               cluster: PointCluster(noun: "join", maxListed: 3)))])],
                  altText: "Points.")
    }

    @Test func fortyPointsOnOneDayAreOneMarkerLabelledWithTheirCount() throws {
        // Forty joins within a day of each other (0.02 pt apart at this scale).
        let points = (0..<40).map { LabeledPoint(DataPoint(x: 2015.4 + Double($0) / 36_500, y: 10), label: "M\($0)") }
        let layout = try ChartRenderer.renderPNG(Self.pointsChart(points)).layout
        #expect(layout.markers.count == 1)
        #expect(layout.placedTexts.contains { $0.role == .pointLabel && $0.text == "40 join" })
        #expect(layout.omittedLabels.isEmpty)
    }

    @Test func closePointsMergeListingTheirLabelsAndNounsWhileFarOnesStayApart() throws {
        let points = [LabeledPoint(DataPoint(x: 2012.0, y: 5), label: "AB"),
                      LabeledPoint(DataPoint(x: 2012.001, y: 5), label: "CD leaves", noun: "leave", hollow: true),
                      LabeledPoint(DataPoint(x: 2018.0, y: 6), label: "EF"),
                      LabeledPoint(DataPoint(x: 2018.0, y: 6.05), label: "3 join", weight: 3),
                      LabeledPoint(DataPoint(x: 2014.0, y: 5), label: "GH"),
                      LabeledPoint(DataPoint(x: 2014.0, y: 12), label: "IJ")]
        let layout = try ChartRenderer.renderPNG(Self.pointsChart(points)).layout
        let labels = layout.placedTexts.filter { $0.role == .pointLabel }.map(\.text)
        // AB and CD merge (a ring and a dot: a dot), EF and the three merge into a count; GH and IJ, on the same
        // date but far apart in value, keep their own markers.
        #expect(layout.markers.count == 4, "\(layout.markers)")
        #expect(Set(labels) == ["AB, CD leaves", "4 join", "GH", "IJ"], "\(labels)")
        for (i, a) in layout.markers.enumerated() {
            for b in layout.markers[(i + 1)...] { #expect(hypot(a.rect.midX - b.rect.midX, a.rect.midY - b.rect.midY) > 6) }
        }
    }

    /// A merged list too wide for the canvas falls back to its count ("3 join"), counted nowhere as left out;
    /// a single point's own list ("AB, CD", weight 2) too. A label without a shorter form is still left out.
    @Test func aListWithoutRoomFallsBackToItsCount() throws {
        let long = (0..<3).map { "ACRONYM\($0)LONGERTHANANYCANVASCANHOLDXYZ" }
        var points = long.enumerated().map { i, label in LabeledPoint(DataPoint(x: 2012 + Double(i) / 365, y: 5), label: label) }
        points.append(LabeledPoint(DataPoint(x: 2017, y: 8), label: long.joined(separator: ", "), weight: 3))
        points.append(LabeledPoint(DataPoint(x: 2019, y: 9), label: long.joined(separator: "") + long.joined(separator: "")))
        let layout = try ChartRenderer.layout(Self.pointsChart(points, size: Size(400, 300)))
        let labels = layout.placedTexts.filter { $0.role == .pointLabel }.map(\.text)
        #expect(labels.sorted() == ["3 join", "3 join"], "\(labels)")
        #expect(layout.omittedLabels.map(\.text) == [long.joined(separator: "") + long.joined(separator: "")])
    }

    static func timeline(_ events: [TimelineEvent], size: Size) -> ChartSpec {
        ChartSpec(size: size, title: "Editions", x: AxisSpec(.time(domain: 2019...2024)),
                  panels: [PanelSpec(y: AxisSpec(.hidden), marks: [.timeline(TimelineMark(events: events))])], altText: "Timeline.")
    }

    @Test(arguments: [Size(400, 300), Size(960, 540), Size(540, 960)])
    func editionsAWeekApartStackInLanesWithoutOverlap(size: Size) throws {
        let events = (0..<6).map { (i: Int) -> TimelineEvent in
            let day = String(2 + 7 * i)
            let shape: TimelineEvent.Shape = i % 2 == 0 ? .circle : .diamond
            return TimelineEvent(x: 2020.2 + Double(i) / 52, label: "Roadmap edition \(i + 1)\n" + day + " Mar 2020",
                                 shape: shape, isKey: i == 5, compactLabel: day + " Mar")
        }
        let layout = try ChartRenderer.renderPNG(Self.timeline(events, size: size)).layout
        let labels = layout.placedTexts.filter { $0.role == .timelineLabel }
        for (i, a) in labels.enumerated() { for b in labels[(i + 1)...] { #expect(!a.rect.intersects(b.rect)) } }
        for (i, a) in layout.markers.enumerated() {
            for b in layout.markers[(i + 1)...] { #expect(!a.rect.intersects(b.rect), "\(a.rect) \(b.rect)") }
        }
        #expect(labels.count + layout.omittedLabels.count == events.count)
        #expect(labels.contains { $0.text.contains("37 Mar") || $0.text.contains("edition 6") }, "the key event is kept")
        // The axis is the plot's bottom line: every label and marker sits above it.
        let axis = layout.plotAreas[0].maxY
        #expect(labels.allSatisfy { $0.rect.maxY <= axis } && layout.markers.allSatisfy { $0.rect.maxY <= axis })
        if size.height >= 540 { #expect(layout.omittedLabels.isEmpty, "\(layout.omittedLabels)") }
    }

    /// Editions whose labels fit nowhere (wider than the canvas, no compact form): the labels are left out and
    /// counted, but every edition keeps its marker on the axis, none hiding another.
    @Test(arguments: [Size(400, 300), Size(960, 540)])
    func everyEditionKeepsItsMarkerWhenItsLabelIsLeftOut(size: Size) throws {
        let events = (0..<4).map { (i: Int) -> TimelineEvent in
            TimelineEvent(x: 2020.5 + Double(i) / 12, label: String(repeating: "Exploration Roadmap ", count: 12) + "\(i)",
                          isKey: i == 3)
        }
        let layout = try ChartRenderer.renderPNG(Self.timeline(events, size: size)).layout
        let labels = layout.placedTexts.filter { $0.role == .timelineLabel }
        #expect(labels.isEmpty && layout.omittedLabels.count == events.count)
        #expect(layout.markers.count == events.count, "\(layout.markers.count) markers for \(events.count) editions")
        for (i, a) in layout.markers.enumerated() {
            for b in layout.markers[(i + 1)...] { #expect(!a.rect.intersects(b.rect), "\(a.rect) \(b.rect)") }
        }
    }

    /// Eight editions, four within one month, at 400 × 200 (two lanes) and 960 × 540: every edition has a
    /// marker of its own or is counted in the label of the marker it merged into ("4 editions"), none is both
    /// unmarked and uncounted; each marker has one label, placed or counted as left out. With room, none merge.
    @Test(arguments: [Size(400, 200), Size(960, 540)])
    func closeEditionsWithoutRoomMergeIntoOneCountedMarker(size: Size) throws {
        let dates: [(x: Double, label: String)] = [
            (2020 + 61 / 366, "2 Mar 2020"), (2020 + 68 / 366, "9 Mar 2020"), (2020 + 75 / 366, "16 Mar 2020"),
            (2020 + 82 / 366, "23 Mar 2020"), (2021 + 3 / 365, "4 Jan 2021"), (2021 + 10 / 365, "11 Jan 2021"),
            (2023 + 155 / 365, "5 Jun 2023"), (2023 + 162 / 365, "12 Jun 2023")]
        let edition = TimelineEvent.Noun("edition", plural: "editions")
        let events = dates.enumerated().map { i, date in
            TimelineEvent(x: date.x, label: "Exploration Roadmap edition \(i + 1)\n\(date.label)",
                          color: i % 3 == 0 ? .palette(.blue) : .palette(.orange), isKey: i == 7, compactLabel: date.label, noun: edition)
        }
        let layout = try ChartRenderer.layout(Self.timeline(events, size: size))
        let texts = layout.placedTexts.filter { $0.role == .timelineLabel }.map(\.text) + layout.omittedLabels.map(\.text)
        #expect(layout.markers.count == texts.count, "\(layout.markers.count) markers for labels \(texts)")
        let own = Set(events.flatMap { [$0.label, $0.compactLabel ?? ""] })
        for text in texts where !own.contains(text) { #expect(Self.mergedCount(text) != nil, "'\(text)' is neither an edition's nor a count") }
        #expect(texts.map { Self.mergedCount($0) ?? 1 }.reduce(0, +) == events.count, "\(texts)")
        if size.width < 500 {
            #expect(texts.contains { $0 == "4 editions\n2 Mar 2020 – 23 Mar 2020" || $0 == "4 editions\n2020" }, "\(texts)")
        } else {
            #expect(layout.markers.count == events.count, "\(texts)")
        }
        for (i, a) in layout.markers.enumerated() {
            for b in layout.markers[(i + 1)...] { #expect(!a.rect.intersects(b.rect), "\(a.rect) \(b.rect)") }
        }
    }

    /// How many events a merged marker's label counts ("3 editions, 1 supplement\n…": 4); nil for another label.
    static func mergedCount(_ label: String) -> Int? {
        let parts = (label.split(separator: "\n").first.map(String.init) ?? "").components(separatedBy: ", ")
        let counts = parts.map { part -> Int? in
            let words = part.split(separator: " ")
            guard words.count == 2, ["edition", "editions", "supplement", "supplements", "event", "events"].contains(words[1]) else { return nil }
            return Int(words[0].replacingOccurrences(of: ",", with: ""))
        }
        guard !counts.isEmpty, counts.allSatisfy({ $0 != nil }) else { return nil }
        return counts.compactMap { $0 }.reduce(0, +)
    }
}
