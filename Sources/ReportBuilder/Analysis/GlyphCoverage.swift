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
        var texts: [(String, SourceLocation)] = []
        for member in dataset.members {
            for text in [member.acronym, member.name, member.country] { texts.append((text, member.location)) }
        }
        for output in dataset.outputs {
            texts.append((output.title, output.location))
            if let lead = output.lead { texts.append((lead, output.location)) }
        }
        var checked = Set<String>()
        var reportedScripts = Set<String>()
        var warnings: [Diagnostic] = []
        for (text, location) in texts where !text.unicodeScalars.allSatisfy(\.isASCII) {
            guard checked.count < checkLimit else { break }
            guard checked.insert(text).inserted, let uncovered = try FontCoverage.uncovered(text, fonts: fonts) else { continue }
            let newScripts = uncovered.scripts.filter { reportedScripts.insert($0).inserted }
            guard !newScripts.isEmpty else { continue }
            let characters = uncovered.characters.prefix(5).map { "U+" + String($0.value, radix: 16, uppercase: true) }
            warnings.append(.warning("no installed font covers \(newScripts.joined(separator: ", ")) text ("
                + characters.joined(separator: " ") + (uncovered.characters.count > 5 ? " …" : "")
                + "): it would be drawn as boxes; install the fonts scripts/install-deps.sh lists",
                at: location))
        }
        return warnings
    }
}
