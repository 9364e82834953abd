internal import CQPDF
import Foundation

/// Adds what Cairo 1.16 cannot write to a tagged PDF: the document language (`/Lang` on the catalog) and an
/// alternative text (`/Alt`) on each `/Figure` structure element.
///
/// A post-pass over the finished bytes through qpdf's C API (Debian libqpdf-dev). Streams are copied as they
/// are (no decoding or recompression) and the file identifier is derived from the content, so the same input
/// gives the same bytes; the result passes `qpdf --check`.
///
/// ```swift
/// let tagged = try PDFAccessibility.tag(pdf, language: "en", figureAltTexts: ["Members per year …"])
/// ```
public enum PDFAccessibility {
    /// Returns `pdf` with `/Lang (language)` on the catalog and `/Alt` on its `/Figure` structure elements:
    /// the n-th alt text on the n-th figure in document order (a depth-first walk of the structure tree from
    /// `/StructTreeRoot`). Throws ``PDFTaggingError/figureCountMismatch(figures:altTexts:)`` unless there are
    /// exactly as many alt texts as figures, and ``PDFTaggingError/unreadable(_:)`` for bytes qpdf cannot read.
    public static func tag(_ pdf: Data, language: String, figureAltTexts: [String]) throws -> Data {
        let session = try QPDFSession(pdf)
        let root = qpdf_get_root(session.handle)
        guard qpdf_oh_is_dictionary(session.handle, root) != 0 else { throw PDFTaggingError.unreadable("the file has no catalog") }
        qpdf_oh_replace_key(session.handle, root, "/Lang", qpdf_oh_new_unicode_string(session.handle, language))
        let figures = StructureTree(session: session).figures(under: qpdf_oh_get_key(session.handle, root, "/StructTreeRoot"))
        guard figures.count == figureAltTexts.count else {
            throw PDFTaggingError.figureCountMismatch(figures: figures.count, altTexts: figureAltTexts.count)
        }
        for (figure, alt) in zip(figures, figureAltTexts) {
            qpdf_oh_replace_key(session.handle, figure, "/Alt", qpdf_oh_new_unicode_string(session.handle, alt))
        }
        try session.check("setting /Lang and /Alt")
        return try session.write()
    }

    /// The `/Lang` of the catalog and the `/Alt` of each `/Figure` in document order (`nil` where a figure has
    /// none), as qpdf reads them back: for tests and checks.
    public static func read(_ pdf: Data) throws -> (language: String?, figureAltTexts: [String?]) {
        let session = try QPDFSession(pdf)
        let q = session.handle
        let root = qpdf_get_root(q)
        let figures = StructureTree(session: session).figures(under: qpdf_oh_get_key(q, root, "/StructTreeRoot"))
        let text = { (object: qpdf_oh, key: String) -> String? in
            guard qpdf_oh_has_key(q, object, key) != 0 else { return nil }
            return String(cString: qpdf_oh_get_utf8_value(q, qpdf_oh_get_key(q, object, key)))
        }
        return (text(root, "/Lang"), figures.map { text($0, "/Alt") })
    }
}

/// Why the post-pass failed.
public enum PDFTaggingError: Error, Equatable, CustomStringConvertible {
    /// qpdf could not read or write the bytes.
    case unreadable(String)
    /// The document's `/Figure` elements and the alt texts given do not pair up.
    case figureCountMismatch(figures: Int, altTexts: Int)

    /// One clear message.
    public var description: String {
        switch self {
        case .unreadable(let m): return "PDF post-pass: \(m)"
        case .figureCountMismatch(let f, let a): return "PDF post-pass: the document has \(f) figures but \(a) alt texts were given"
        }
    }
}

/// One qpdf document read from memory; owns the qpdf handle and the bytes qpdf reads from.
final class QPDFSession {
    let handle: qpdf_data
    private let input: UnsafeMutableRawBufferPointer

    init(_ pdf: Data) throws {
        handle = qpdf_init()
        // qpdf reads from the caller's buffer for as long as the document lives, so it gets its own copy.
        input = UnsafeMutableRawBufferPointer.allocate(byteCount: max(pdf.count, 1), alignment: 1)
        pdf.copyBytes(to: input.bindMemory(to: UInt8.self))
        qpdf_silence_errors(handle)
        qpdf_set_suppress_warnings(handle, 1)
        let status = qpdf_read_memory(handle, "PDF", input.baseAddress!.assumingMemoryBound(to: CChar.self),
                                      UInt64(pdf.count), nil)
        if status & Int32(QPDF_ERRORS) != 0 { try check("reading") }
    }

    deinit {
        var h: qpdf_data? = handle
        qpdf_cleanup(&h)
        input.deallocate()
    }

    /// Throws the pending qpdf error, if any.
    func check(_ what: String) throws {
        guard qpdf_has_error(handle) != 0 else { return }
        let error = qpdf_get_error(handle)
        throw PDFTaggingError.unreadable("\(what): " + String(cString: qpdf_get_error_full_text(handle, error)))
    }

    /// Writes the document into memory, deterministically, copying streams as they are.
    func write() throws -> Data {
        guard qpdf_init_write_memory(handle) & Int32(QPDF_ERRORS) == 0 else { try check("writing"); return Data() }
        qpdf_set_deterministic_ID(handle, 1)
        qpdf_set_decode_level(handle, qpdf_dl_none)
        qpdf_set_stream_data_mode(handle, qpdf_s_preserve)
        qpdf_set_object_stream_mode(handle, qpdf_o_preserve)
        let status = qpdf_write(handle)
        if status & Int32(QPDF_ERRORS) != 0 { try check("writing") }
        let length = Int(qpdf_get_buffer_length(handle))
        guard let bytes = qpdf_get_buffer(handle) else { throw PDFTaggingError.unreadable("writing: no output") }
        return Data(bytes: bytes, count: length)
    }
}

/// A walk over a tagged PDF's structure tree.
struct StructureTree {
    let session: QPDFSession

    /// The `/Figure` elements under `node` in document order, each once.
    func figures(under node: qpdf_oh) -> [qpdf_oh] {
        var found: [qpdf_oh] = []
        var visited = Set<Int32>()
        walk(node, &found, &visited, depth: 0)
        return found
    }

    /// One object of the tree: arrays and dictionaries are followed (each indirect object once), anything else
    /// (the integers of marked content, references to content) is passed at a single call. The handles of
    /// objects that are not figures are released as the walk leaves them: qpdf keeps every handle until then,
    /// and a table-heavy report has thousands.
    private func walk(_ node: qpdf_oh, _ found: inout [qpdf_oh], _ visited: inout Set<Int32>, depth: Int) {
        let q = session.handle
        var isFigure = false
        defer { if !isFigure { qpdf_oh_release(q, node) } }
        let type = qpdf_oh_get_type_code(q, node)
        guard depth < 256, type == ot_array || type == ot_dictionary else { return }
        if qpdf_oh_is_indirect(q, node) != 0, !visited.insert(qpdf_oh_get_object_id(q, node)).inserted { return }
        if type == ot_array {
            for i in 0..<qpdf_oh_get_array_n_items(q, node) { walk(qpdf_oh_get_array_item(q, node, i), &found, &visited, depth: depth + 1) }
            return
        }
        let structureType = qpdf_oh_get_key(q, node, "/S")
        isFigure = qpdf_oh_is_name_and_equals(q, structureType, "/Figure") != 0
        qpdf_oh_release(q, structureType)
        if isFigure { found.append(node) }
        // A missing /K is the null object: the walk passes it.
        walk(qpdf_oh_get_key(q, node, "/K"), &found, &visited, depth: depth + 1)
    }
}
