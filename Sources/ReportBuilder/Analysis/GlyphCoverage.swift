import ChartEngine
import DatasetCore

/// Text from the datasets that no font of the chart engine's stack covers: it would draw as boxes. One
/// warning per script (the first text found in it), with its file and line, so that a roster in a script
/// the machine lacks fonts for says so once instead of silently drawing boxes.
public enum GlyphCoverage {
    /// At most this many distinct non-ASCII texts are checked (one Pango layout each): a million titles
    /// stay fast, and the first text of a missing script is nearly always among them.
    static let checkLimit = 20_000

    /// The warnings for `dataset`'s member acronyms, names and countries and its output titles and leads.
    public static func warnings(_ dataset: Dataset, fonts: FontStack = .standard) throws -> [Diagnostic] {
        var checked = Set<String>()
        var reportedScripts = Set<String>()
        var warnings: [Diagnostic] = []
        // Checks one text (ASCII is always covered); false once `checkLimit` distinct texts were checked.
        func check(_ text: String, _ location: @autoclosure () -> SourceLocation) throws -> Bool {
            guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return true }
            guard checked.count < checkLimit else { return false }
            guard checked.insert(text).inserted, let uncovered = try FontCoverage.uncovered(text, fonts: fonts) else { return true }
            let newScripts = uncovered.scripts.filter { reportedScripts.insert($0).inserted }
            guard !newScripts.isEmpty else { return true }
            let characters = uncovered.characters.prefix(5).map { "U+" + String($0.value, radix: 16, uppercase: true) }
            warnings.append(.warning("no installed font covers \(newScripts.joined(separator: ", ")) text ("
                + characters.joined(separator: " ") + (uncovered.characters.count > 5 ? " …" : "")
                + "): it would be drawn as boxes; install the fonts scripts/install-deps.sh lists",
                at: location()))
            return true
        }
        for member in dataset.members {
            for text in [member.acronym, member.name, member.country] {
                guard try check(text, member.location) else { return warnings }
            }
        }
        let outputs = dataset.outputs
        for index in outputs.indices {
            guard try check(outputs.title(at: index), outputs.location(at: index)) else { return warnings }
            if let lead = outputs.lead(at: index) {
                guard try check(lead, outputs.location(at: index)) else { return warnings }
            }
        }
        return warnings
    }
}
