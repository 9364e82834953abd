internal import CAtomicRename
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes one file (`chart -o FILE`) per PRODUCT.md's output rules:
/// - an existing device, FIFO or socket is written to directly (never renamed over: `-o /dev/null` as root
///   once replaced /dev/null with a PNG);
/// - a symbolic link keeps pointing where it did: its target is replaced;
/// - anything else is written to a hidden temporary beside it (`.NAME.tmp-PID`), flushed, and renamed into
///   place, so the file holds either its old content or the new one. SIGINT, SIGTERM and SIGHUP while it is
///   written remove the temporary before the process ends.
public enum SingleFileWriter {
    /// Writes `bytes` to `path`. Errors: `.cannotCreate` when the place cannot take the file, `.ioError` otherwise.
    public static func write(_ bytes: Data, to path: String) throws(OutputError) {
        try write([UInt8](bytes), to: path, linksFollowed: 0)
    }

    private static func write(_ bytes: [UInt8], to path: String, linksFollowed: Int) throws(OutputError) {
        var info = stat()
        if lstat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFCHR, S_IFBLK, S_IFIFO, S_IFSOCK:
                return try writeDirectly(bytes, to: path)
            case S_IFDIR:
                throw .cannotCreate(path: path, reason: "it is a directory")
            case S_IFLNK:
                guard linksFollowed < 40, let target = OutputPath.linkTarget(path) else {
                    throw .cannotCreate(path: path, reason: "it is a symbolic link that cannot be followed")
                }
                return try write(bytes, to: target, linksFollowed: linksFollowed + 1)
            default:
                break
            }
        }
        let (directory, name) = OutputPath.split(path)
        let temporary = OutputPath.join(directory, ".\(name).tmp-\(getpid())")
        isecg_interrupts_catch()
        defer {
            isecg_interrupts_restore()
            isecg_interrupts_reraise()
        }
        do {
            try ReportDirectoryWriter.writeFile(temporary, bytes)
        } catch {
            let code = errno
            unlink(temporary)
            if case .ioError(_, let reason) = error, [ENOENT, EACCES, EROFS, ENOTDIR, EPERM].contains(code) {
                throw .cannotCreate(path: path, reason: reason)
            }
            throw error
        }
        guard isecg_interrupts_pending() == 0 else {
            unlink(temporary)
            throw .ioError(path: path, reason: "interrupted")
        }
        guard rename(temporary, path) == 0 else {
            let reason = ReportDirectoryWriter.errnoText()
            unlink(temporary)
            throw .cannotCreate(path: path, reason: reason)
        }
        ReportDirectoryWriter.syncDirectory(directory)
    }

    /// Writes into an existing device, FIFO or socket as it is (no temporary, no rename, no truncation).
    private static func writeDirectly(_ bytes: [UInt8], to path: String) throws(OutputError) {
        var descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
        if descriptor < 0 && errno == ENXIO { descriptor = connectedSocket(path) }  // a Unix socket: connect
        guard descriptor >= 0 else { throw .cannotCreate(path: path, reason: ReportDirectoryWriter.errnoText()) }
        defer { close(descriptor) }
        try ReportDirectoryWriter.writeAll(bytes, to: descriptor, path: path)
    }

    /// A stream socket connected to the Unix socket at `path`, or -1 with errno set.
    private static func connectedSocket(_ path: String) -> Int32 {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let pathBytes = Array(path.utf8)
        guard pathBytes.count < MemoryLayout.size(ofValue: address.sun_path) else { errno = ENAMETOOLONG; return -1 }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (offset, byte) in pathBytes.enumerated() { raw[offset] = byte }
        }
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { return -1 }
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard connected == 0 else {
            let code = errno
            close(descriptor)
            errno = code
            return -1
        }
        return descriptor
    }
}

/// Path arithmetic on bytes, without Foundation (whose path calls trapped on a one-character name).
enum OutputPath {
    /// `path` without trailing slashes (but `/` stays `/`).
    static func trimmed(_ path: String) -> String {
        var bytes = Array(path.utf8)
        while bytes.count > 1 && bytes.last == 0x2F { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The directory and the last name of `path`: `a/b` → (`a`, `b`); `b` → (`.`, `b`); `/b` → (`/`, `b`).
    static func split(_ path: String) -> (directory: String, name: String) {
        let bytes = Array(trimmed(path).utf8)
        guard let slash = bytes.lastIndex(of: 0x2F) else { return (".", String(decoding: bytes, as: UTF8.self)) }
        let name = String(decoding: bytes[(slash + 1)...], as: UTF8.self)
        var directory = Array(bytes[..<slash])
        while directory.count > 1 && directory.last == 0x2F { directory.removeLast() }
        return (directory.isEmpty ? "/" : String(decoding: directory, as: UTF8.self), name)
    }

    /// `directory/name`.
    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// Where the symbolic link at `path` points, as a path usable from here (relative targets are taken
    /// from the link's directory); nil when it is not a link.
    static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        let target = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return target.hasPrefix("/") ? target : join(split(path).directory, target)
    }

    /// realpath(3), or nil.
    static func resolved(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The names in directory `path` (without `.` and `..`), or nil when it cannot be read.
    static func entries(_ path: String) -> [String]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) {
                    String(cString: $0)
                }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The kind of `path` without following a final link (`S_IFDIR`, …), or nil when it does not exist.
    static func kind(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    /// Removes `path` and, for a directory, everything in it; links are removed, never followed.
    static func removeTree(_ path: String) {
        if kind(path) == S_IFDIR {
            for name in entries(path) ?? [] { removeTree(join(path, name)) }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}
