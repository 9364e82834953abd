import Crypto

/// SHA-256 of a file's bytes, fed chunk by chunk as the file is read (swift-crypto).
struct FileDigest {
    private var hasher = SHA256()

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        hasher.update(bufferPointer: bytes)
    }

    /// The digest as lowercase hex.
    func finalize() -> String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in hasher.finalize() {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The SHA-256 of `bytes` as lowercase hex.
    static func hex(of bytes: some Sequence<UInt8>) -> String {
        var digest = FileDigest()
        let array = Array(bytes)
        array.withUnsafeBytes { digest.update($0) }
        return digest.finalize()
    }
}
