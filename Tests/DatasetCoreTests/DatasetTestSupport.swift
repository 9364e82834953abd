import Foundation
@testable import DatasetCore

/// A temporary datasets directory, removed when the value is dropped by the test.
final class TemporaryDatasets {
    let url: URL
    var path: String { url.path }

    init(files: [String: String]) {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("datasets-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { write(name, Data(text.utf8)) }
    }

    func write(_ name: String, _ data: Data) {
        try! data.write(to: url.appendingPathComponent(name))
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

let memberHeader = "acronym,name,country,region,joined,left,notes,source_url\n"
let validMembers = memberHeader
    + "ESA,European Space Agency,Europe,Europe,2007-11-06,,,https://example.org\n"
    + "NASA,National Aeronautics and Space Administration,United States,North America,2007-11-06,,,\n"

/// Validates a temporary directory and returns the diagnostics with the directory replaced by `D`.
func diagnostics(_ files: [String: String], chunkSize: Int = 64 * 1024) throws -> [String] {
    let directory = TemporaryDatasets(files: files)
    var datasets = DatasetDirectory(path: directory.path)
    datasets.chunkSize = chunkSize
    let result = try datasets.validate()
    return result.diagnostics.map { $0.description.replacingOccurrences(of: directory.path, with: "D") }
}
