/// A complete set of generated files, keyed by path relative to the output directory
/// (`"stats.json"`, `"charts/NAME.png"`).
///
/// The set is built entirely in memory, then either written as a whole (`ReportDirectoryWriter`)
/// or compared with what is on disk (`OutputComparison`).
public struct OutputFileSet: Sendable, Equatable {
    /// File contents by relative path. Paths use `/` and never start with `/` or contain `..`.
    public private(set) var files: [String: [UInt8]] = [:]

    public init() {}

    /// Adds or replaces one file.
    public mutating func add(_ relativePath: String, _ bytes: [UInt8]) {
        precondition(!relativePath.hasPrefix("/") && !relativePath.split(separator: "/").contains(".."),
                     "output paths are relative and stay inside the output directory")
        files[relativePath] = bytes
    }

    /// Adds a UTF-8 text file.
    public mutating func add(_ relativePath: String, text: String) {
        add(relativePath, Array(text.utf8))
    }

    /// The relative paths in a stable (byte-wise sorted) order.
    public var sortedPaths: [String] { files.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }
}
