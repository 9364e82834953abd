import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes one file atomically: to a temporary name in the same directory, flushed, then renamed into place,
/// so the destination holds either its old content or the new one.
public enum SingleFileWriter {
    /// Writes `bytes` to `path`. Errors: `.cannotCreate` when the directory cannot take the file, `.ioError` otherwise.
    public static func write(_ bytes: Data, to path: String) throws(OutputError) {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (directory.isEmpty ? "" : directory + "/") + ".\(name).tmp-\(getpid())"
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .cannotCreate(path: path, reason: "it is a directory")
        }
        do {
            try ReportDirectoryWriter.writeFile(temporary, [UInt8](bytes))
        } catch {
            unlink(temporary)
            if case .ioError(_, let reason) = error, errno == ENOENT || errno == EACCES || errno == EROFS || errno == ENOTDIR {
                throw .cannotCreate(path: path, reason: reason)
            }
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = ReportDirectoryWriter.errnoText()
            unlink(temporary)
            throw .cannotCreate(path: path, reason: reason)
        }
    }
}
