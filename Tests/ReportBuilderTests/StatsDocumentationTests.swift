import Foundation
@testable import ReportBuilder
import Testing

/// docs/stats-json.md's key table is generated from ``StatsCatalog`` (the test fails until it is regenerated),
/// and checked against the JSON itself, in both directions: every key the document writes is documented, and
/// every documented key is written.
@Suite struct StatsDocumentationTests {
    /// The repository root, from this file's path (Tests/ReportBuilderTests/StatsDocumentationTests.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The documented paths (`a.b[].c`, with `, .d` shorthand expanded to siblings) and each one's meaning.
    static func documented() throws -> [String: String] {
        let text = try String(contentsOf: root.appendingPathComponent("docs/stats-json.md"), encoding: .utf8)
        // The key table: the section "## JSON keys", up to the next section.
        let keys = text.components(separatedBy: "\n## JSON keys\n").dropFirst().first?.components(separatedBy: "\n## ").first ?? ""
        var paths: [String: String] = [:]
        for line in keys.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 4 else { continue }
            let names = cells[1].split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " `")) }
            guard let first = names.first else { continue }
            let parent = first.contains(".") ? String(first[..<first.lastIndex(of: ".")!]) : ""
            for name in names {
                paths[name.hasPrefix(".") ? parent + name : name] = cells[3]
            }
        }
        return paths
    }

    /// Every path of `json`, arrays written `[]` (all elements walked), objects and arrays included.
    static func paths(_ json: Any, prefix: String = "") -> Set<String> {
        var result: Set<String> = []
        if let object = json as? [String: Any] {
            for (key, value) in object {
                let path = prefix.isEmpty ? key : prefix + "." + key
                result.insert(path)
                result.formUnion(paths(value, prefix: path))
            }
        } else if let array = json as? [Any] {
            let path = prefix + "[]"
            for element in array where element is [String: Any] || element is [Any] {
                result.insert(path)
                result.formUnion(paths(element, prefix: path))
            }
        }
        return result
    }

    static func json() throws -> Any {
        try JSONSerialization.jsonObject(with: Data(StatsFixture.goldenDocument().jsonText().utf8))
    }

    /// The key table of docs/stats-json.md is the catalog's; `ISECG_WRITE_DOCS=1` writes it there.
    @Test func theKeyTableIsGeneratedFromTheCatalog() throws {
        let url = Self.root.appendingPathComponent("docs/stats-json.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "| path | type | meaning |"), "no key table in docs/stats-json.md")
        let end = lines[start...].firstIndex { !$0.hasPrefix("|") } ?? lines.endIndex
        let table = lines[start..<end].joined(separator: "\n") + "\n"
        let expected = StatsCatalog.documentationTable
        if ProcessInfo.processInfo.environment["ISECG_WRITE_DOCS"] == "1", table != expected {
            lines.replaceSubrange(start..<end, with: expected.dropLast().components(separatedBy: "\n"))
            try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let hint = "docs/stats-json.md's key table is not StatsCatalog's: regenerate it with "
            + "ISECG_WRITE_DOCS=1 swift test --filter theKeyTableIsGeneratedFromTheCatalog"
        #expect(table == expected, Comment(rawValue: hint))
    }

    /// No two fields of the catalog share a path: the JSON would keep one of them and lose the other silently.
    @Test func everyCatalogPathIsDescribedOnce() {
        let paths = StatsCatalog.groups.flatMap(\.documentation).map { $0[0] }
        let repeated = Dictionary(grouping: paths, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "described more than once: \(repeated)")
        #expect(paths.count > 80)
    }

    @Test func everyKeyOfTheJSONIsDocumented() throws {
        let documented = try Self.documented()
        let json = try Self.json()
        let types = Set(StatsFixture.value(json, "outputs.types") as? [String] ?? [])
        #expect(!types.isEmpty)
        for path in Self.paths(json).sorted() where documented[path] == nil {
            // A container is documented by its documented members (`membership` by `membership.cagrPercent`).
            if documented.keys.contains(where: { $0.hasPrefix(path + ".") || $0.hasPrefix(path + "[") }) { continue }
            // A key inside a documented object or array entry: its meaning names it (`file`, `yearEndMembers`),
            // or it is one of the data's output types (`outputs.years[].byType`).
            let cut = path.lastIndex(of: ".")
            let parent = cut.map { String(path[..<$0]) } ?? ""
            let key = cut.map { String(path[path.index(after: $0)...]) } ?? path
            if parent == "outputs.years[].byType", types.contains(key) { continue }
            let meaning = documented[parent] ?? documented[parent.hasSuffix("[]") ? parent : parent + "[]"]
            #expect(meaning?.contains("`\(key)`") == true, "stats.json writes \(path), which docs/stats-json.md does not document")
        }
    }

    @Test func everyDocumentedKeyIsWritten() throws {
        let written = Self.paths(try Self.json())
        let documented = try Self.documented()
        #expect(documented.count > 50, "the key table of docs/stats-json.md was not found")
        for path in documented.keys.sorted() {
            let isWritten = written.contains(path)
            #expect(isWritten, "docs/stats-json.md documents \(path), which stats.json does not write")
        }
    }
}
