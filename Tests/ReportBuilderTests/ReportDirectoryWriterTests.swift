import Foundation
@testable import ReportWriter
import Testing

private func makeTemporaryDirectory() -> String {
    let path = NSTemporaryDirectory() + "writer-test-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

private func fileSet(_ version: String) -> OutputFileSet {
    var set = OutputFileSet()
    set.add("stats.json", text: "{\"version\": \"\(version)\"}\n")
    set.add("summary.md", text: "# Summary \(version)\n")
    set.add("charts/a.png", Array(repeating: 0x42, count: 1000))
    set.add("charts/b.svg", text: "<svg>\(version)</svg>")
    return set
}

private func read(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).flatMap { String(decoding: $0, as: UTF8.self) }
}

@Test func writesANewDirectoryAndReplacesItAsAWhole() throws {
    let root = makeTemporaryDirectory()
    let writer = ReportDirectoryWriter(destination: root + "/Reports")
    try writer.replace(with: fileSet("1"))
    #expect(read(root + "/Reports/summary.md") == "# Summary 1\n")
    try writer.replace(with: fileSet("2"))
    #expect(read(root + "/Reports/summary.md") == "# Summary 2\n")
    #expect(read(root + "/Reports/charts/b.svg") == "<svg>2</svg>")
    // Nothing but the report directory is left beside it.
    #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["Reports"])
}

@Test func theTwoRenameFallbackAlsoReplacesAndCleansUp() throws {
    let root = makeTemporaryDirectory()
    var writer = ReportDirectoryWriter(destination: root + "/Reports")
    writer.useExchange = false
    try writer.replace(with: fileSet("1"))
    try writer.replace(with: fileSet("2"))
    #expect(read(root + "/Reports/stats.json") == "{\"version\": \"2\"}\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["Reports"])
}

@Test func aWriteFailingMidwayLeavesThePreviousSetIntact() throws {
    let root = makeTemporaryDirectory()
    var writer = ReportDirectoryWriter(destination: root + "/Reports")
    try writer.replace(with: fileSet("1"))
    struct DiskFull: Error {}
    writer.beforeWritingFile = { path in if path == "stats.json" { throw DiskFull() } }
    #expect(throws: OutputError.self) { try writer.replace(with: fileSet("2")) }
    #expect(read(root + "/Reports/summary.md") == "# Summary 1\n")
    #expect(read(root + "/Reports/stats.json") == "{\"version\": \"1\"}\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["Reports"])
}

@Test func anOutputDirectoryThatCannotBeCreatedIsError73Material() throws {
    let root = makeTemporaryDirectory()
    // A regular file where the parent directory should be: not even root can create inside it.
    _ = FileManager.default.createFile(atPath: root + "/blocker", contents: Data("x".utf8))
    let writer = ReportDirectoryWriter(destination: root + "/blocker/Reports")
    do {
        try writer.replace(with: fileSet("1"))
        Issue.record("expected an error")
    } catch {
        #expect(error.isCannotCreate)
    }
}

@Test func refusesToReplaceADirectoryThatIsNotAReport() throws {
    let root = makeTemporaryDirectory()
    try FileManager.default.createDirectory(atPath: root + "/Documents", withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: root + "/Documents/thesis.tex", contents: Data("precious".utf8))
    let writer = ReportDirectoryWriter(destination: root + "/Documents")
    #expect(throws: OutputError.foreignEntries(path: root + "/Documents", entries: ["thesis.tex"], count: 1)) {
        try writer.replace(with: fileSet("1"))
    }
    #expect(read(root + "/Documents/thesis.tex") == "precious")
}

@Test func leftoversOfACrashedRunAreRemovedOrRestored() throws {
    let root = makeTemporaryDirectory()
    let writer = ReportDirectoryWriter(destination: root + "/Reports")
    try writer.replace(with: fileSet("1"))
    // A crash between the fallback's two renames: the old set sits under .Reports.old-PID, no Reports.
    let deadPID = "999999"
    try FileManager.default.moveItem(atPath: root + "/Reports", toPath: root + "/.Reports.old-" + deadPID)
    try FileManager.default.createDirectory(atPath: root + "/.Reports.tmp-" + deadPID, withIntermediateDirectories: true)
    try writer.recoverLeftovers()
    #expect(read(root + "/Reports/summary.md") == "# Summary 1\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["Reports"])
}

@Test func comparisonNamesStaleMissingAndExtraFiles() throws {
    let root = makeTemporaryDirectory()
    let writer = ReportDirectoryWriter(destination: root + "/Reports")
    try writer.replace(with: fileSet("1"))
    #expect(OutputComparison(expected: fileSet("1"), directory: root + "/Reports").isCurrent)
    var changed = fileSet("2")
    changed.add("charts/new.png", [1, 2, 3])
    _ = FileManager.default.createFile(atPath: root + "/Reports/notes.txt", contents: Data())
    let comparison = OutputComparison(expected: changed, directory: root + "/Reports")
    #expect(comparison.entries.map(\.description) == [
        "stale: charts/b.svg", "missing: charts/new.png", "extra: notes.txt", "stale: stats.json", "stale: summary.md",
    ])
    #expect(comparison.matching == 1)
}
