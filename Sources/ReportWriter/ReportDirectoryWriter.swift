import Foundation
internal import CAtomicRename

#if canImport(Glibc)
import Glibc
#endif

/// Replaces an output directory with a new set of files as one unit.
///
/// The new set is written into a temporary sibling (`.Reports.tmp-PID`), every file flushed with `fsync`,
/// and then swapped with the old directory in one `renameat2(RENAME_EXCHANGE)`. Where the file system cannot
/// exchange, two renames are used (`Reports` → `.Reports.old-PID`, temporary → `Reports`) and the next run
/// repairs the short window between them. So after a crash at any moment the directory holds exactly the old
/// set or exactly the new one; leftovers of an interrupted run are removed by the next run.
public struct ReportDirectoryWriter {
    /// The directory to replace, e.g. `Reports`.
    public let destination: String
    /// A file that every report directory holds; a non-empty destination without it is never replaced.
    public let markerFile: String
    /// Test hook for fault injection: runs before each file is written; throwing aborts the write midway.
    var beforeWritingFile: (String) throws -> Void = { _ in }
    /// Test hook: disables `renameat2` so the two-rename fallback is exercised.
    var useExchange = true

    /// Creates a writer for `destination`, guarded by `markerFile` (default `stats.json`).
    public init(destination: String, markerFile: String = "stats.json") {
        var trimmed = destination
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.destination = trimmed
        self.markerFile = markerFile
        #if DEBUG
        if getenv("ISECG_DEBUG_NO_EXCHANGE") != nil { useExchange = false }
        #endif
    }

    /// Debug builds only, for the fault-injection tests that kill a real `build`: sleeps
    /// `ISECG_DEBUG_WRITE_DELAY_MS` milliseconds before each file and between the fallback's two renames, so
    /// that a kill can land mid-write. (`ISECG_DEBUG_NO_EXCHANGE` forces the fallback.) No-op in release.
    private static func debugPause() {
        #if DEBUG
        if let text = getenv("ISECG_DEBUG_WRITE_DELAY_MS"), let milliseconds = UInt32(String(cString: text)) {
            usleep(milliseconds * 1000)
        }
        #endif
    }

    private var parentDirectory: String {
        let parent = (destination as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }

    private var baseName: String { (destination as NSString).lastPathComponent }
    private var temporaryPrefix: String { ".\(baseName).tmp-" }
    private var oldPrefix: String { ".\(baseName).old-" }

    /// Writes `files` as the new content of the destination directory, replacing the old content as a whole.
    public func replace(with files: OutputFileSet) throws(OutputError) {
        guard baseName != "." && baseName != ".." && baseName != "/" else {
            throw .cannotCreate(path: destination, reason: "the output directory must be named, not '.' or '/'")
        }
        try recoverLeftovers()
        try checkDestinationIsReplaceable()
        let temporary = parentDirectory + "/" + temporaryPrefix + String(getpid())
        guard mkdir(temporary, 0o755) == 0 else {
            throw .cannotCreate(path: parentDirectory, reason: Self.errnoText())
        }
        do {
            try writeAll(files, into: temporary)
            try swapIntoPlace(temporary)
        } catch {
            removeTree(temporary)
            throw error
        }
    }

    /// Removes what an interrupted run left behind, restoring the old directory if a crash fell between the
    /// two renames of the fallback path. Leftovers of a run that is still alive are left alone.
    public func recoverLeftovers() throws(OutputError) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parentDirectory) else { return }
        for entry in entries.sorted() {
            let isTemporary = entry.hasPrefix(temporaryPrefix)
            let isOld = entry.hasPrefix(oldPrefix)
            guard isTemporary || isOld else { continue }
            let pidText = entry.dropFirst(isTemporary ? temporaryPrefix.count : oldPrefix.count)
            if let pid = Int32(pidText), pid != getpid(), kill(pid, 0) == 0 { continue }
            let path = parentDirectory + "/" + entry
            if isOld && !FileManager.default.fileExists(atPath: destination) {
                guard rename(path, destination) == 0 else {
                    throw .ioError(path: path, reason: "cannot restore the previous output: \(Self.errnoText())")
                }
                continue
            }
            removeTree(path)
        }
    }

    private func checkDestinationIsReplaceable() throws(OutputError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: destination, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw .cannotCreate(path: destination, reason: "it exists and is not a directory")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: destination)) ?? []
        if !entries.isEmpty && !entries.contains(markerFile) {
            throw .notAReportDirectory(path: destination, marker: markerFile)
        }
    }

    private func writeAll(_ files: OutputFileSet, into directory: String) throws(OutputError) {
        var createdDirectories: Set<String> = [directory]
        for relativePath in files.sortedPaths {
            let path = directory + "/" + relativePath
            let folder = (path as NSString).deletingLastPathComponent
            if !createdDirectories.contains(folder) {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw .ioError(path: folder, reason: "\(error.localizedDescription)")
                }
                createdDirectories.insert(folder)
            }
            Self.debugPause()
            do { try beforeWritingFile(relativePath) } catch {
                throw .ioError(path: path, reason: "\(error)")
            }
            try Self.writeFile(path, files.files[relativePath]!)
        }
        for folder in createdDirectories { Self.syncDirectory(folder) }
    }

    private func swapIntoPlace(_ temporary: String) throws(OutputError) {
        guard FileManager.default.fileExists(atPath: destination) else {
            guard rename(temporary, destination) == 0 else {
                throw .cannotCreate(path: destination, reason: Self.errnoText())
            }
            Self.syncDirectory(parentDirectory)
            return
        }
        if useExchange && isecg_exchange_paths(temporary, destination) == 0 {
            Self.syncDirectory(parentDirectory)
            removeTree(temporary)  // now holds the previous set
            return
        }
        let old = parentDirectory + "/" + oldPrefix + String(getpid())
        guard rename(destination, old) == 0 else {
            throw .cannotCreate(path: destination, reason: Self.errnoText())
        }
        Self.debugPause()
        guard rename(temporary, destination) == 0 else {
            let reason = Self.errnoText()
            _ = rename(old, destination)
            throw .cannotCreate(path: destination, reason: reason)
        }
        Self.syncDirectory(parentDirectory)
        removeTree(old)
    }

    private func removeTree(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    static func writeFile(_ path: String, _ bytes: [UInt8]) throws(OutputError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .ioError(path: path, reason: errnoText()) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw .ioError(path: path, reason: errnoText())
            }
            offset += written
        }
        guard fsync(descriptor) == 0 else { throw .ioError(path: path, reason: errnoText()) }
    }

    static func syncDirectory(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}
