import XCTest
@testable import DatasetCore

/// SHA-256 through GLib's GChecksum against the FIPS 180-2 / NIST example vectors.
final class FileDigestTests: XCTestCase {
    func testEmptyInputGivesTheKnownDigest() {
        XCTAssertEqual(FileDigest.hex(of: []),
                       "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    func testAbcGivesTheFIPSVector() {
        XCTAssertEqual(FileDigest.hex(of: Array("abc".utf8)),
                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    func testTwoBlockMessageGivesTheFIPSVector() {
        let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        XCTAssertEqual(FileDigest.hex(of: Array(message.utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    func testChunkedUpdatesEqualOneUpdate() {
        // A million 'a's in uneven chunks: the FIPS 180-2 long-message vector.
        let digest = FileDigest()
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        var offset = 0
        var step = 1
        while offset < bytes.count {
            let end = min(bytes.count, offset + step)
            bytes[offset..<end].withUnsafeBytes { digest.update($0) }
            offset = end
            step = step * 3 + 7
        }
        XCTAssertEqual(digest.finalize(), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
