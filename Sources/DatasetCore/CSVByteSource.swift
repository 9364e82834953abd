#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the reader could not read at all (as opposed to a problem in the data).
enum CSVReaderFailure: Error, Equatable {
    case cannotOpen(reason: String)
    case libcsvInit
}

/// Where the reader's bytes come from: a file, or memory in tests.
protocol CSVByteSource {
    /// Fills up to `buffer.count` bytes; 0 at the end. Throws the reason when reading fails.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVReadFailure) -> Int
    /// The bytes there are to read, when known (for a percentage in the progress line).
    var byteCount: Int? { get }
}

extension CSVByteSource {
    var byteCount: Int? { nil }
}

/// A read(2) failure, with strerror's words.
struct CSVReadFailure: Error {
    let reason: String
}

/// A file read with read(2): no buffering beyond the reader's own chunk.
final class FileByteSource: CSVByteSource {
    private let descriptor: Int32

    /// Opens `path` for reading.
    init(path: String) throws(CSVReaderFailure) {
        // O_NONBLOCK: opening a FIFO with no writer, or a device, must not wait; the descriptor is then
        // checked to be a regular file, for which O_NONBLOCK changes nothing.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { throw .cannotOpen(reason: errnoDescription()) }
        if let refusal = InputFileCheck.refusal(ofDescriptor: descriptor) {
            close(descriptor)
            throw .cannotOpen(reason: refusal)
        }
        self.descriptor = descriptor
        var info = stat()
        byteCount = fstat(descriptor, &info) == 0 && info.st_size > 0 ? Int(info.st_size) : nil
    }

    deinit { close(descriptor) }

    let byteCount: Int?

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVReadFailure) -> Int {
        while true {
            #if canImport(Glibc)
            let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            #else
            let count = Darwin.read(descriptor, buffer.baseAddress, buffer.count)
            #endif
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw CSVReadFailure(reason: errnoDescription())
        }
    }
}

/// Bytes in memory, for tests.
struct MemoryByteSource: CSVByteSource {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVReadFailure) -> Int {
        let count = min(buffer.count, bytes.count - position)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBytes { source in
            guard let target = buffer.baseAddress, let start = source.baseAddress else { return }
            target.copyMemory(from: start + position, byteCount: count)
        }
        position += count
        return count
    }
}

/// strerror(errno).
func errnoDescription() -> String {
    String(cString: strerror(errno)).lowercased()
}
