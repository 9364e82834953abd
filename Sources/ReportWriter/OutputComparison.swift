import Foundation

/// The difference between a freshly generated `OutputFileSet` and an output directory on disk,
/// as `build --check` reports it.
public struct OutputComparison: Sendable, Equatable {
    /// One file that is not as it would be generated.
    public struct Entry: Sendable, Equatable, CustomStringConvertible {
        public enum State: String, Sendable { case stale, missing, extra }
        public let state: State
        /// Path relative to the output directory.
        public let path: String

        public var description: String { "\(state.rawValue): \(path)" }
    }

    /// Every differing file, sorted by path.
    public let entries: [Entry]
    /// How many generated files matched byte for byte.
    public let matching: Int

    /// True when the directory holds exactly the generated files.
    public var isCurrent: Bool { entries.isEmpty }

    /// Compares `expected` with the files under `directory` (hidden files are ignored).
    public init(expected: OutputFileSet, directory: String) {
        let onDisk = Set(Self.listFiles(under: directory))
        var entries: [Entry] = []
        var matching = 0
        for path in expected.sortedPaths {
            guard onDisk.contains(path) else {
                entries.append(Entry(state: .missing, path: path))
                continue
            }
            let actual = FileManager.default.contents(atPath: directory + "/" + path).map { [UInt8]($0) }
            if actual == expected.files[path] { matching += 1 } else { entries.append(Entry(state: .stale, path: path)) }
        }
        for path in onDisk where expected.files[path] == nil {
            entries.append(Entry(state: .extra, path: path))
        }
        self.entries = entries.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        self.matching = matching
    }

    /// Relative paths of the regular files under `directory`, skipping hidden entries.
    static func listFiles(under directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            let name = (path as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory + "/" + path, isDirectory: &isDirectory),
               !isDirectory.boolValue {
                paths.append(path)
            }
        }
        return paths
    }
}
