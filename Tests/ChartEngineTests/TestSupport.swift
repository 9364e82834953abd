import Foundation
@testable import ChartEngine

/// Runs a command-line tool and returns (exit status, stdout).
func runTool(_ executable: String, _ arguments: [String]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = Pipe()
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Writes data to a fresh temporary file and returns its path.
func temporaryFile(_ data: Data, suffix: String) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("chartengine-\(UUID().uuidString)\(suffix)")
    try data.write(to: url)
    return url.path
}

let fixedDate = PDFDate(year: 2024, month: 12, day: 31, hour: 12)
