#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Pixel memory for image surfaces (and the PNG encoder's filtered rows), kept after use and handed to the next image.
///
/// A 1920 × 1080 ARGB surface is 8 MB. Allocated fresh for every PNG, its pages were faulted in (and zeroed
/// by the kernel) each time: page faults were about a fifth of a report build. The pool keeps up to
/// ``maximumKept`` buffers (one per rendering thread on the machines this runs on) and clears a reused
/// buffer itself, so a surface starts fully transparent as one from `cairo_image_surface_create` does.
/// Small surfaces (layout probes) are not pooled.
final class PixelBufferPool: Sendable {
    /// One block of pixel memory, 64-byte aligned. Freed when the pool drops it. Sendable: its two fields
    /// never change, and the memory is used only by whoever took the buffer until it is given back.
    final class Buffer: @unchecked Sendable {
        let bytes: UnsafeMutableRawPointer
        let capacity: Int

        /// `nil` when the memory cannot be had (an allocation failure is an error for the caller, not a trap).
        fileprivate init?(capacity: Int) {
            var memory: UnsafeMutableRawPointer?
            guard capacity > 0, posix_memalign(&memory, 64, capacity) == 0, let memory else { return nil }
            self.capacity = capacity
            bytes = memory
        }

        deinit { free(bytes) }
    }

    /// The pool the image surfaces use.
    static let shared = PixelBufferPool(maximumKept: 4)
    /// Surfaces below this size are cheap to allocate and are left to Cairo.
    static let smallestPooled = 256 * 1024

    private let maximumKept: Int
    private let idle = Mutex<[Buffer]>([])

    init(maximumKept: Int) { self.maximumKept = maximumKept }

    /// A buffer of at least `byteCount` bytes, its first `byteCount` bytes zero unless `zeroed` is false
    /// (for memory the caller overwrites whole): a kept one if one is big enough (the smallest such), else a
    /// new one; `nil` if there is no memory for it.
    func take(byteCount: Int, zeroed: Bool = true) -> Buffer? {
        let kept = idle.withLock { buffers -> Buffer? in
            let fitting = buffers.indices.filter { buffers[$0].capacity >= byteCount }
            guard let best = fitting.min(by: { buffers[$0].capacity < buffers[$1].capacity }) else { return nil }
            return buffers.remove(at: best)
        }
        guard let buffer = kept ?? Buffer(capacity: byteCount) else { return nil }
        if zeroed { buffer.bytes.initializeMemory(as: UInt8.self, repeating: 0, count: byteCount) }
        return buffer
    }

    /// Gives a buffer back once nothing reads or writes it any more; the smallest is dropped when full.
    func giveBack(_ buffer: Buffer) {
        idle.withLock { buffers in
            buffers.append(buffer)
            if buffers.count > maximumKept, let smallest = buffers.indices.min(by: { buffers[$0].capacity < buffers[$1].capacity }) {
                buffers.remove(at: smallest)
            }
        }
    }
}
