import DataText
/// "Changes since the previous build": what differs between the previous report set and the new one, as
/// summary.md's first section for a reviewer of a figure refresh.
///
/// ```swift
/// let changes = ReportChanges(old: try ReportSnapshot(statsJSON: previousStatsJSON),
///                             new: try ReportSnapshot(analysis: analysis), changedCharts: ["NAME"])
/// markdown += changes.markdownLines().joined(separator: "\n")
/// ```
public struct ReportChanges: Sendable, Equatable {
    /// A member whose dates differ.
    public struct Redated: Sendable, Equatable {
        public var acronym: String
        public var old: ReportSnapshot.MemberEntry
        public var new: ReportSnapshot.MemberEntry
        public init(acronym: String, old: ReportSnapshot.MemberEntry, new: ReportSnapshot.MemberEntry) {
            self.acronym = acronym; self.old = old; self.new = new
        }
    }

    /// A key figure that moved.
    public struct Moved: Sendable, Equatable {
        public var name: String
        public var old: String
        public var new: String
        public init(name: String, old: String, new: String) { self.name = name; self.old = old; self.new = new }
    }

    public var membersAdded: [ReportSnapshot.MemberEntry] = []
    public var membersRemoved: [ReportSnapshot.MemberEntry] = []
    public var membersRedated: [Redated] = []
    public var outputsAdded: [ReportSnapshot.OutputEntry] = []
    public var outputsRemoved: [ReportSnapshot.OutputEntry] = []
    public var figuresMoved: [Moved] = []
    /// Charts whose pictures changed, by name, as the caller found them.
    public var changedCharts: [String]
    /// Whether either build lacked the roster (so members could not be compared).
    public var rosterUnknown = false
    /// Whether either build lacked the output list (so outputs could not be compared).
    public var outputListUnknown = false

    /// True when nothing in the data or the charts changed.
    public var isEmpty: Bool {
        membersAdded.isEmpty && membersRemoved.isEmpty && membersRedated.isEmpty && outputsAdded.isEmpty
            && outputsRemoved.isEmpty && figuresMoved.isEmpty && changedCharts.isEmpty
    }

    /// Compares `old` with `new`. Members match by acronym; outputs by date and title (as a multiset, so
    /// a duplicated output added once shows once); figures by name.
    public init(old: ReportSnapshot, new: ReportSnapshot, changedCharts: [String] = []) {
        self.changedCharts = changedCharts
        if let before = old.members, let after = new.members {
            let beforeByAcronym = Dictionary(before.map { ($0.acronym, $0) }) { first, _ in first }
            let afterAcronyms = Set(after.map(\.acronym))
            var seen = Set<String>()
            for member in after where seen.insert(member.acronym).inserted {
                guard let previous = beforeByAcronym[member.acronym] else { membersAdded.append(member); continue }
                if previous.joined != member.joined || previous.left != member.left {
                    membersRedated.append(Redated(acronym: member.acronym, old: previous, new: member))
                }
            }
            membersRemoved = before.filter { !afterAcronyms.contains($0.acronym) }
        } else {
            rosterUnknown = true
        }
        if let before = old.outputs, let after = new.outputs {
            outputsAdded = Self.subtracting(before, from: after)
            outputsRemoved = Self.subtracting(after, from: before)
        } else {
            outputListUnknown = true
        }
        let oldFigures = Dictionary(old.keyFigures.map { ($0.name, $0.value) }) { first, _ in first }
        figuresMoved = new.keyFigures.compactMap { figure in
            guard let previous = oldFigures[figure.name], previous != figure.value else { return nil }
            return Moved(name: figure.name, old: previous, new: figure.value)
        }
    }

    /// `items` minus `removed`, counting duplicates, in `items`' order.
    static func subtracting(_ removed: [ReportSnapshot.OutputEntry], from items: [ReportSnapshot.OutputEntry]) -> [ReportSnapshot.OutputEntry] {
        var remaining = Dictionary(removed.map { ($0, 1) }, uniquingKeysWith: +)
        return items.filter { item in
            if let count = remaining[item], count > 0 { remaining[item] = count - 1; return false }
            return true
        }
    }

    /// What could not be compared, as named in the section ("members", "outputs").
    var unknownLists: [String] { (rosterUnknown ? ["members"] : []) + (outputListUnknown ? ["outputs"] : []) }

    /// The section as Markdown lines: a heading, then one bullet per change (data text escaped), or
    /// "No changes in the data". Lists longer than `limit` are cut with "… and N more".
    public func markdownLines(limit: Int = 20) -> [String] {
        var lines = ["## Changes since the previous build", ""]
        guard !isEmpty else {
            lines.append(unknownLists.isEmpty ? "No changes in the data."
                : "No changes in the key figures or charts (\(unknownLists.joined(separator: " and ")) not compared).")
            return lines
        }
        let dataUnchanged = membersAdded.isEmpty && membersRemoved.isEmpty && membersRedated.isEmpty
            && outputsAdded.isEmpty && outputsRemoved.isEmpty && figuresMoved.isEmpty && unknownLists.isEmpty
        if dataUnchanged { lines += ["No changes in the data; the drawing of some charts changed.", ""] }
        func bullets<T>(_ heading: String, _ items: [T], _ text: (T) -> String) {
            guard !items.isEmpty else { return }
            lines.append("- \(heading):")
            lines += items.prefix(limit).map { "  - " + text($0) }
            if items.count > limit { lines.append("  - … and \(items.count - limit) more") }
        }
        let e = MarkdownText.cell
        func dates(_ m: ReportSnapshot.MemberEntry) -> String {
            "joined \(e(m.joined))" + (m.left.map { ", left \(e($0))" } ?? "")
        }
        bullets("Members added", membersAdded) { "\(e($0.acronym)) (\(dates($0)))" }
        bullets("Members removed", membersRemoved) { "\(e($0.acronym)) (\(dates($0)))" }
        bullets("Members re-dated", membersRedated) { "\(e($0.acronym)): \(dates($0.old)) → \(dates($0.new))" }
        bullets("Outputs added", outputsAdded) { "\(e($0.date)): \(e($0.title))" }
        bullets("Outputs removed", outputsRemoved) { "\(e($0.date)): \(e($0.title))" }
        bullets("Key figures", figuresMoved) { "\(e($0.name)): \(e($0.old)) → \(e($0.new))" }
        bullets("Charts whose pictures changed", changedCharts) { e($0) }
        if rosterUnknown { lines.append("- Members: not compared (a build did not record its roster).") }
        if outputListUnknown {
            lines.append("- Outputs: not compared (a build did not record its output list: it was made by an earlier "
                + "version, or has more than \(HouseStyle.integer(StatsDocument.outputListLimit)) outputs).")
        }
        return lines
    }
}
