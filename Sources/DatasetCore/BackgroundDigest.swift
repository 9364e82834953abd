import Dispatch

/// A `FileDigest` computed on another thread, while the reader parses: SHA-256 was a tenth of `validate`
/// on one core, and the machine has two.
///
/// The reader reads into alternating buffers (`ChunkBuffers`); each buffer is hashed on a serial queue
/// while the reader parses it and reads the next one, and the reader waits for a buffer's hash before
/// reading into it again. The queue is serial and chunks are queued in file order, so the digest is
/// the same as hashing on one thread.
final class BackgroundDigest: @unchecked Sendable {
    // Touched only on `queue` (and read once more by `finalize`, which waits for the queue).
    private let digest = FileDigest()
    private let queue = DispatchQueue(label: "isecg-report.sha256")

    /// Hashes `bytes` now, after every chunk queued before (for bytes that will not stay put).
    func update(_ bytes: UnsafeRawBufferPointer) {
        let borrowed = Borrowed(bytes: bytes)
        queue.sync { digest.update(borrowed.bytes) }
    }

    /// Queues `bytes` for hashing; `group` is left when they are hashed. The caller keeps the bytes
    /// unchanged until then.
    func update(_ bytes: UnsafeRawBufferPointer, leaving group: DispatchGroup) {
        let borrowed = Borrowed(bytes: bytes)
        queue.async(group: group) { self.digest.update(borrowed.bytes) }
    }

    /// The digest of everything queued, as lowercase hex.
    func finalize() -> String {
        queue.sync { digest.finalize() }
    }

    /// Bytes lent to the queue; the owner keeps them alive and unchanged until the hash is done.
    private struct Borrowed: @unchecked Sendable {
        let bytes: UnsafeRawBufferPointer
    }
}

/// Two read buffers that take turns: one is hashed (and parsed) while the other is filled.
struct ChunkBuffers {
    private let buffers: [UnsafeMutableRawBufferPointer]
    private let hashed = [DispatchGroup(), DispatchGroup()]
    private var current = 0

    init(byteCount: Int) {
        buffers = (0..<2).map { _ in .allocate(byteCount: byteCount, alignment: 16) }
    }

    /// The next buffer to read into, once the hash of what it held before is done.
    mutating func next() -> (buffer: UnsafeMutableRawBufferPointer, hashed: DispatchGroup) {
        current ^= 1
        hashed[current].wait()
        return (buffers[current], hashed[current])
    }

    /// Waits for every queued hash, then frees the buffers.
    func deallocate() {
        for group in hashed { group.wait() }
        for buffer in buffers { buffer.deallocate() }
    }
}
