import ChartEngine
import Foundation

/// What an earlier report set in the output directory says, for summary.md's "Changes since the previous
/// build" section: its stats.json, its summary.md, and its chart PNGs' bytes.
public struct PreviousBuild: Sendable {
    /// How the section is made.
    public enum Mode: Sendable {
        /// A real build: compare the earlier set with the new one (when nothing changed, the earlier set's
        /// section, or its absence, is kept, so that a rebuild of unchanged data writes the same bytes).
        case compare
        /// `build --check`: the committed summary.md's own changes section is kept as it is (it described the
        /// build before it, which a check cannot see again), so only the rest of summary.md is compared.
        case keepCommittedSection
    }

    public var statsJSON: Data?
    public var summary: String?
    /// The earlier set's chart PNGs by their path in the set (`charts/NAME.png`).
    public var chartFiles: [String: [UInt8]]
    public var mode: Mode

    public init(statsJSON: Data?, summary: String?, chartFiles: [String: [UInt8]], mode: Mode) {
        self.statsJSON = statsJSON; self.summary = summary; self.chartFiles = chartFiles; self.mode = mode
    }

    /// Marks the section in summary.md, so that `--check` can find and keep it.
    static let sectionStart = "<!-- changes since the previous build -->"
    static let sectionEnd = "<!-- end of changes -->"

    /// The committed summary.md's changes section (markers included), or nil.
    var committedSection: [String]? {
        guard let summary else { return nil }
        let lines = summary.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: Self.sectionStart),
              let end = lines[start...].firstIndex(of: Self.sectionEnd) else { return nil }
        return Array(lines[start...end])
    }
}

extension Publication {
    /// summary.md's changes section for `previous` and the new set's `files`, markers included; empty when
    /// there was no earlier set.
    func changesSection(previous: PreviousBuild?, charts: [StandardChart], files: [String: [UInt8]]) -> [String] {
        guard let previous else { return [] }
        switch previous.mode {
        case .keepCommittedSection:
            return previous.committedSection ?? []
        case .compare:
            guard let json = previous.statsJSON, let old = try? ReportSnapshot(statsJSON: json),
                  let new = try? ReportSnapshot(analysis: analysis) else { return [] }
            // On both cores: a changed chart's two PNGs are inflated to be compared.
            let names = charts.map(\.name)
            let pictureChanged = (try? ConcurrentJobs.run(names.map { name in { @Sendable in
                Self.pictureChanged(from: previous.chartFiles["charts/\(name).png"], to: files["charts/\(name).png"])
            } })) ?? names.map { _ in true }
            let changed = zip(names, pictureChanged).filter(\.1).map(\.0)
            let changes = ReportChanges(old: old, new: new, changedCharts: changed)
            // Nothing moved: keep the section the set already has (or none), so that rebuilding unchanged data
            // gives the same bytes (a CI refresh commits nothing) and the section keeps naming the last change.
            if changes.isEmpty { return previous.committedSection ?? [] }
            return [PreviousBuild.sectionStart] + changes.markdownLines() + [PreviousBuild.sectionEnd]
        }
    }

    /// Whether a chart's picture changed: its PNG is new, gone or decodes to other pixels. The same pixels in
    /// other bytes (a newer encoder, other metadata) are the same chart; the SVG draws what the PNG does.
    static func pictureChanged(from old: [UInt8]?, to new: [UInt8]?) -> Bool {
        guard let old, let new else { return old != nil || new != nil }
        guard old != new else { return false }
        return !((try? ImageDiff.samePixels(Data(old), Data(new))) ?? false)
    }
}
