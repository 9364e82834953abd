import Foundation

/// Runs a command-line tool (xmllint, pdftotext, pdfinfo, qpdf …) and returns its exit status and standard
/// output; standard error is discarded, or appended to the output when `mergingStandardError`.
public func runTool(_ executable: String, _ arguments: [String],
                    mergingStandardError: Bool = false) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = mergingStandardError ? out : FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Writes `data` to a fresh temporary file ending in `suffix` and returns its path.
public func temporaryFile(_ data: Data, suffix: String) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("isecg-test-\(UUID().uuidString)\(suffix)")
    try data.write(to: url)
    return url.path
}
