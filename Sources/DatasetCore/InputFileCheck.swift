import DataText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decides, without reading or blocking, whether a dataset file may be read: only a regular file is; a
/// symbolic link only when it resolves to a regular file inside the datasets directory. A FIFO, a device, a
/// socket, a directory or a file of /proc or /sys is refused with the reason (exit 66 upstream).
///
/// `FileByteSource` checks the opened descriptor again (`fstat`), so a file swapped between this check and
/// the open is still refused.
enum InputFileCheck {
    /// Whether `path` (the file `name` in `directory`) is present, missing or must not be read.
    static func state(_ path: String, directory: String) -> DatasetRun.FileState {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            return errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(errnoDescription())
        }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            guard let target = realPath(path) else {
                return errno == ENOENT ? .unreadable("is a symbolic link to nothing (broken)")
                    : .unreadable("is a symbolic link that cannot be followed: \(errnoDescription())")
            }
            guard let base = realPath(directory.isEmpty ? "." : directory),
                  target.hasPrefix(base == "/" ? "/" : base + "/") else {
                return .unreadable("is a symbolic link to \(TerminalText.quoted(target)), outside the datasets directory; "
                                   + "only links to regular files inside it are followed")
            }
            guard stat(target, &info) == 0 else { return .unreadable(errnoDescription()) }
            if let kind = notRegular(info.st_mode) {
                return .unreadable("is a symbolic link to \(kind), not to a regular file")
            }
        } else if (info.st_mode & S_IFMT) == S_IFDIR {
            return .unreadable("is a directory")
        } else if let kind = notRegular(info.st_mode) {
            return .unreadable("is \(kind), not a regular file")
        }
        guard access(path, R_OK) == 0 else { return .unreadable(errnoDescription()) }
        return .present
    }

    /// What kind of file `mode` is when it is not a regular file ("a FIFO (named pipe)"), else nil.
    static func notRegular(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a directory"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a symbolic link"
        default: "not a regular file"
        }
    }

    /// Why the open descriptor must not be read (not a regular file, or a file of a kernel pseudo file
    /// system such as /proc, whose "regular" files are generated on reading), else nil.
    static func refusal(ofDescriptor descriptor: Int32) -> String? {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return errnoDescription() }
        if let kind = notRegular(info.st_mode) { return "is \(kind), not a regular file" }
        // /proc and /sys files are "regular" but generated on reading (an environment, an endless stream):
        // refused by their file system, found as the device of the mount points.
        // (Only where they are mounted: an unmounted /proc is a directory of the root file system.)
        var rootInfo = stat()
        guard stat("/", &rootInfo) == 0 else { return nil }
        for root in ["/proc", "/sys"] {
            var mount = stat()
            if stat(root, &mount) == 0, mount.st_dev != rootInfo.st_dev, mount.st_dev == info.st_dev {
                return "is a file of \(root), not a regular file of a datasets directory"
            }
        }
        return nil
    }

    /// realpath(3), or nil with errno set.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
