import Foundation

/// Runs the built `isecg-report` binary for end-to-end tests and captures what it printed.
///
/// Shared by every command's end-to-end tests:
/// ```swift
/// let run = try BinaryRunner.run(["validate", "--datasets", dir.path])
/// #expect(run.status == 65)
/// ```
enum BinaryRunner {
    struct Result {
        let stdout: String
        let stderr: String
        let status: Int32
        var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
    }

    /// The executable, built next to this test bundle.
    static var binaryURL: URL {
        Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("isecg-report")
    }

    /// The repository root, from this file's path (Tests/EndToEndTests/BinaryRunner.swift).
    static func repositoryRoot(_ file: String = #filePath) -> URL {
        URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Runs the binary with `arguments` in `directory` (default: a fresh temporary directory).
    /// Output goes through files, so a large output cannot block the child.
    static func run(_ arguments: [String], in directory: URL? = nil,
                    environment: [String: String] = [:]) throws -> Result {
        let scratch = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let stdoutURL = scratch.appendingPathComponent("stdout")
        let stderrURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        let stdout = try FileHandle(forWritingTo: stdoutURL)
        let stderr = try FileHandle(forWritingTo: stderrURL)
        let process = Process()
        process.executableURL = binaryURL
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? scratch
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try stdout.close()
        try stderr.close()
        return Result(stdout: try String(contentsOf: stdoutURL, encoding: .utf8),
                      stderr: try String(contentsOf: stderrURL, encoding: .utf8),
                      status: process.terminationStatus)
    }

    /// A new empty temporary directory; the caller removes it.
    static func makeTemporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("isecg-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A temporary directory holding `files` (name → contents); the caller removes it.
    static func makeDirectory(files: [String: String]) throws -> URL {
        let url = try makeTemporaryDirectory()
        for (name, text) in files {
            try Data(text.utf8).write(to: url.appendingPathComponent(name))
        }
        return url
    }
}

