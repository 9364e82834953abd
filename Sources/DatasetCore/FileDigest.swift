internal import CGLib

/// SHA-256 of a file's bytes, fed chunk by chunk as the file is read (GLib's GChecksum, already linked
/// through Pango, so the hash costs no compile time of its own).
///
/// A class because it owns one `GChecksum`, freed with it; `finalize` is called once, at the end.
final class FileDigest {
    private let checksum: OpaquePointer

    init() {
        // g_checksum_new returns NULL only for an unknown checksum type; SHA-256 is always known.
        checksum = g_checksum_new(G_CHECKSUM_SHA256)!
    }

    deinit { g_checksum_free(checksum) }

    func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        // GChecksum takes a gssize length: feed very large buffers in pieces that fit.
        var offset = 0
        while offset < bytes.count {
            let length = min(bytes.count - offset, Int(Int32.max))
            g_checksum_update(checksum, base.advanced(by: offset).assumingMemoryBound(to: UInt8.self), length)
            offset += length
        }
    }

    /// The digest as lowercase hex (GLib formats it so).
    func finalize() -> String {
        String(cString: g_checksum_get_string(checksum))
    }

    /// The SHA-256 of `bytes` as lowercase hex.
    static func hex(of bytes: some Sequence<UInt8>) -> String {
        let digest = FileDigest()
        let array = Array(bytes)
        array.withUnsafeBytes { digest.update($0) }
        return digest.finalize()
    }
}
