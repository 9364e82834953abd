// The yaml and build targets' oracles (see FuzzDatasets.swift).

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@_spi(Fuzzing) import DatasetCore
import ReportBuilder
import ReportWriter

/// The most characters report.yml's text values may have (Datasets/README.md).
func configLimits(_ config: ReportConfig) -> [(String, String?, Int)] {
    [("group", config.group, 200), ("title", config.title, 200), ("short", config.short, 40),
     ("author", config.author, 200), ("subject", config.subject, 500), ("member_noun", config.memberNoun, 40),
     ("source_note", config.sourceNote, 200)]
}

/// report.yml: validating and loading agree, take under a second each, and what is accepted keeps the
/// limits: no text value over its length, none with a control character, at most 50 keywords and charts.
func checkConfig(_ files: [String: [UInt8]]) {
    let directory = DatasetDirectory(path: "D", files: files)
    let start = DispatchTime.now().uptimeNanoseconds
    guard let validation = try? directory.validate() else { fatalError("fuzz check failed: validate threw") }
    let validated = DispatchTime.now().uptimeNanoseconds
    expect(validated - start < 1_000_000_000, "validate took \((validated - start) / 1_000_000) ms")
    let dataset: Dataset
    do {
        dataset = try directory.load()
    } catch DatasetError.invalid(let diagnostics) {
        expect(validation.hasErrors, "load() failed but validate() found no error")
        expect(diagnostics.map(\.description) == validation.diagnostics.map(\.description), "load() and validate() disagree")
        return
    } catch {
        fatalError("fuzz check failed: load() threw \(error)")
    }
    expect(!validation.hasErrors, "load() succeeded although validate() found errors")
    let config = dataset.config
    for (key, value, limit) in configLimits(config) {
        guard let text = value else { continue }
        expect(text.unicodeScalars.count <= limit, "\(key) of \(text.unicodeScalars.count) characters accepted")
        expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) },
               "\(key) with a control character accepted")
    }
    expect(config.keywords.count <= 50 && (config.charts?.count ?? 0) <= 50, "a list over 50 items accepted")
    for description in validation.diagnostics.map(\.description) {
        expect(!description.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "a raw control character in \(description)")
    }
}

/// The whole report set in memory: no crash, and every SVG well-formed XML.
func checkBuild(_ files: [String: [UInt8]]) {
    let directory = DatasetDirectory(path: "D", files: files)
    guard let analysis = try? DatasetAnalysis.load(directory, year: nil) else { return }
    let built = Result { try Publication(analysis: analysis).reportFiles(paper: nil, sourceDateEpoch: "0") }
    let set: OutputFileSet
    switch built {
    case .success(let files): set = files
    case .failure(is ReportError): return
    case .failure(let error): fatalError("fuzz check failed: building the report threw \(error)")
    }
    for path in set.sortedPaths where path.hasSuffix(".svg") {
        let parser = XMLParser(data: Data(set.files[path] ?? []))
        parser.shouldResolveExternalEntities = false
        expect(parser.parse(), "\(path) is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")")
    }
}
