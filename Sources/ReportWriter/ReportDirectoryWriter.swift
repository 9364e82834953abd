internal import CAtomicRename

#if canImport(Glibc)
import Glibc
#endif

/// Replaces an output directory with a new set of files as one unit.
///
/// The new set is written into a hidden temporary sibling (`.Reports.tmp-PID`), every file flushed with
/// `fsync` (writeback of all started as each is written, then waited for file by file), and then swapped with the old directory in one `renameat2(RENAME_EXCHANGE)`. Where the file
/// system cannot exchange, two renames are used (`Reports` → `.Reports.old-PID`, temporary → `Reports`) and
/// the next run repairs the short window between them. So after a crash at any moment the directory holds
/// exactly the old set or exactly the new one; leftovers of an interrupted run are removed by the next run,
/// and SIGINT, SIGTERM or SIGHUP during the write remove the temporary before the process ends.
///
/// What may be replaced: a directory holding nothing but what the tool writes (`annual-summary-*.pdf`,
/// `charts/*.png|svg`, `stats.json`, `summary.md`, its own hidden temporaries); else 73 naming up to five
/// other entries. A symbolic link keeps pointing where it did: the set is swapped in at its target. `.`,
/// `..`, `/` and the datasets directory itself are refused.
public struct ReportDirectoryWriter {
    /// The directory to replace, e.g. `Reports`.
    public let destination: String
    /// A file that every report directory holds (kept for callers; the check is now by every entry).
    public let markerFile: String
    /// The datasets directory, which is never replaced (set by the command line).
    public var datasetsDirectory: String?
    /// Test hook for fault injection: runs before each file is written; throwing aborts the write midway.
    var beforeWritingFile: (String) throws -> Void = { _ in }
    /// Test hook: disables `renameat2` so the two-rename fallback is exercised.
    var useExchange = true

    /// Creates a writer for `destination`; `datasetsDirectory`, when given, is refused as a destination.
    public init(destination: String, markerFile: String = "stats.json", datasetsDirectory: String? = nil) {
        self.destination = OutputPath.trimmed(destination)
        self.markerFile = markerFile
        self.datasetsDirectory = datasetsDirectory
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

    /// The directory actually replaced: the destination, or where it links to.
    private var target: String {
        guard OutputPath.kind(destination) == S_IFLNK else { return destination }
        return OutputPath.resolved(destination) ?? OutputPath.linkTarget(destination) ?? destination
    }

    /// Writes `files` as the new content of the destination directory, replacing the old content as a whole.
    public func replace(with files: OutputFileSet) throws(OutputError) {
        let target = self.target
        let (parent, baseName) = OutputPath.split(target)
        guard baseName != "." && baseName != ".." && baseName != "/" && !baseName.isEmpty && target != "/" else {
            throw .cannotCreate(path: destination, reason: "the output directory must be named, not '.', '..' or '/'")
        }
        if let datasets = datasetsDirectory, let here = OutputPath.resolved(target),
           OutputPath.resolved(datasets) == here {
            throw .cannotCreate(path: destination, reason: "it is the datasets directory; choose another --out")
        }
        try recoverLeftovers(in: parent, baseName: baseName, target: target)
        try checkReplaceable(target)
        let temporary = OutputPath.join(parent, ".\(baseName).tmp-\(getpid())")
        isecg_interrupts_catch()
        defer {
            isecg_interrupts_restore()
            isecg_interrupts_reraise()
        }
        guard mkdir(temporary, 0o755) == 0 else {
            throw .cannotCreate(path: parent, reason: Self.errnoText())
        }
        do {
            try writeAll(files, into: temporary)
            try swapIntoPlace(temporary, target: target, parent: parent, baseName: baseName)
        } catch {
            OutputPath.removeTree(temporary)
            throw error
        }
    }

    /// Removes what an interrupted run left behind, restoring the old directory if a crash fell between the
    /// two renames of the fallback path. Leftovers of a run that is still alive are left alone.
    public func recoverLeftovers() throws(OutputError) {
        let target = self.target
        let (parent, baseName) = OutputPath.split(target)
        try recoverLeftovers(in: parent, baseName: baseName, target: target)
    }

    private func recoverLeftovers(in parent: String, baseName: String, target: String) throws(OutputError) {
        let temporaryPrefix = ".\(baseName).tmp-", oldPrefix = ".\(baseName).old-"
        guard let entries = OutputPath.entries(parent) else { return }
        for entry in entries.sorted() {
            let isTemporary = entry.hasPrefix(temporaryPrefix)
            let isOld = entry.hasPrefix(oldPrefix)
            guard isTemporary || isOld else { continue }
            let pidText = entry.dropFirst(isTemporary ? temporaryPrefix.count : oldPrefix.count)
            if let pid = Int32(pidText), pid != getpid(), kill(pid, 0) == 0 { continue }
            let path = OutputPath.join(parent, entry)
            if isOld && OutputPath.kind(target) == nil {
                guard rename(path, target) == 0 else {
                    throw .ioError(path: path, reason: "cannot restore the previous output: \(Self.errnoText())")
                }
                continue
            }
            OutputPath.removeTree(path)
        }
    }

    /// Throws unless `target` is absent or a directory of nothing but what the tool writes.
    private func checkReplaceable(_ target: String) throws(OutputError) {
        guard let kind = OutputPath.kind(target) else { return }
        guard kind == S_IFDIR else {
            throw .cannotCreate(path: destination, reason: "it exists and is not a directory")
        }
        let foreign = Self.foreignEntries(in: target)
        if !foreign.isEmpty {
            throw .foreignEntries(path: destination, entries: Array(foreign.prefix(5)), count: foreign.count)
        }
    }

    /// The entries of `directory` that the tool does not write, sorted (`charts/` entries as `charts/NAME`).
    static func foreignEntries(in directory: String) -> [String] {
        var foreign: [String] = []
        func isOwnTemporary(_ name: String) -> Bool { name.hasPrefix(".") && name.contains(".tmp-") }
        for name in OutputPath.entries(directory) ?? [] {
            let path = OutputPath.join(directory, name)
            let kind = OutputPath.kind(path)
            if name == "charts" && kind == S_IFDIR {
                for chart in OutputPath.entries(path) ?? [] {
                    let isChart = (chart.hasSuffix(".png") || chart.hasSuffix(".svg"))
                        && OutputPath.kind(OutputPath.join(path, chart)) == S_IFREG
                    if !isChart && !isOwnTemporary(chart) { foreign.append("charts/" + chart) }
                }
                continue
            }
            let isReport = name == "stats.json" || name == "summary.md"
                || (name.hasPrefix("annual-summary-") && name.hasSuffix(".pdf"))
            if (isReport && kind == S_IFREG) || isOwnTemporary(name) { continue }
            foreign.append(kind == S_IFDIR ? name + "/" : name)
        }
        return foreign.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    private func writeAll(_ files: OutputFileSet, into directory: String) throws(OutputError) {
        var createdDirectories: Set<String> = [directory]
        var written: [(path: String, descriptor: Int32)] = []
        defer { for file in written { close(file.descriptor) } }
        for relativePath in files.sortedPaths {
            let path = OutputPath.join(directory, relativePath)
            let folder = OutputPath.split(path).directory
            if !createdDirectories.contains(folder) {
                guard mkdir(folder, 0o755) == 0 || errno == EEXIST else {
                    throw .ioError(path: folder, reason: Self.errnoText())
                }
                createdDirectories.insert(folder)
            }
            Self.debugPause()
            if isecg_interrupts_pending() != 0 { throw .ioError(path: directory, reason: "interrupted") }
            do { try beforeWritingFile(relativePath) } catch {
                throw .ioError(path: path, reason: "\(error)")
            }
            written.append(try Self.writeUnsynced(path, files.files[relativePath] ?? []))
        }
        // Every file's writeback was started as it was written; now wait for each (the I/O overlaps instead of
        // one fsync after another). Only then are the directories synced and the set swapped in.
        while let file = written.popLast() {
            defer { close(file.descriptor) }
            guard fsync(file.descriptor) == 0 else { throw .ioError(path: file.path, reason: Self.errnoText()) }
        }
        for folder in createdDirectories { Self.syncDirectory(folder) }
        if isecg_interrupts_pending() != 0 { throw .ioError(path: directory, reason: "interrupted") }
    }

    private func swapIntoPlace(_ temporary: String, target: String, parent: String, baseName: String) throws(OutputError) {
        guard OutputPath.kind(target) != nil else {
            guard rename(temporary, target) == 0 else {
                throw .cannotCreate(path: destination, reason: Self.errnoText())
            }
            Self.syncDirectory(parent)
            return
        }
        if useExchange && isecg_exchange_paths(temporary, target) == 0 {
            Self.syncDirectory(parent)
            OutputPath.removeTree(temporary)  // now holds the previous set
            return
        }
        let old = OutputPath.join(parent, ".\(baseName).old-\(getpid())")
        guard rename(target, old) == 0 else {
            throw .cannotCreate(path: destination, reason: Self.errnoText())
        }
        Self.debugPause()
        guard rename(temporary, target) == 0 else {
            let reason = Self.errnoText()
            _ = rename(old, target)
            throw .cannotCreate(path: destination, reason: reason)
        }
        Self.syncDirectory(parent)
        OutputPath.removeTree(old)
    }

    /// Creates `path` (it must not exist), writes `bytes` and flushes them.
    static func writeFile(_ path: String, _ bytes: [UInt8]) throws(OutputError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .ioError(path: path, reason: errnoText()) }
        defer { close(descriptor) }
        try writeAll(bytes, to: descriptor, path: path)
        guard fsync(descriptor) == 0 else { throw .ioError(path: path, reason: errnoText()) }
    }

    /// Creates `path` (it must not exist), writes `bytes` and starts their writeback without waiting for it;
    /// returns the open descriptor, which the caller fsyncs and closes.
    static func writeUnsynced(_ path: String, _ bytes: [UInt8]) throws(OutputError) -> (path: String, descriptor: Int32) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .ioError(path: path, reason: errnoText()) }
        do { try writeAll(bytes, to: descriptor, path: path) } catch { close(descriptor); throw error }
        _ = isecg_start_writeback(descriptor)
        return (path, descriptor)
    }

    /// Writes all of `bytes` to `descriptor`, retrying after EINTR and short writes.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(OutputError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw .ioError(path: path, reason: errnoText())
            }
            offset += written
        }
    }

    static func syncDirectory(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}
