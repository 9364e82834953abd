internal import CCairo
import Foundation

/// A date for PDF metadata, always injected by the caller (Cairo would otherwise stamp the current time).
public struct PDFDate: Sendable, Hashable {
    /// Calendar year.
    public var year: Int
    /// Month 1...12.
    public var month: Int
    /// Day 1...31.
    public var day: Int
    /// Hour 0...23 (UTC).
    public var hour: Int
    /// Minute 0...59.
    public var minute: Int
    /// Second 0...59.
    public var second: Int

    /// Creates a UTC date-time.
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.year = year; self.month = month; self.day = day; self.hour = hour; self.minute = minute; self.second = second
    }

    /// ISO 8601 form handed to Cairo, e.g. `2024-12-31T00:00:00Z`.
    public var iso8601: String {
        String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day, hour, minute, second)
    }
}

/// Document information written into a PDF.
public struct PDFMetadata: Sendable, Hashable {
    /// Document title.
    public var title: String
    /// Author.
    public var author: String?
    /// Subject (for a chart: its alt text).
    public var subject: String?
    /// Keywords, comma-separated in the file.
    public var keywords: [String]
    /// Creating application.
    public var creator: String?
    /// Creation date; required so output never depends on the clock.
    public var createDate: PDFDate
    /// Modification date, if any.
    public var modDate: PDFDate?

    /// Creates metadata.
    public init(title: String, author: String? = nil, subject: String? = nil, keywords: [String] = [],
                creator: String? = nil, createDate: PDFDate, modDate: PDFDate? = nil) {
        self.title = title; self.author = author; self.subject = subject; self.keywords = keywords
        self.creator = creator; self.createDate = createDate; self.modDate = modDate
    }
}

/// An item in the PDF outline (bookmarks); pass it as `parent` to nest items.
public struct PDFOutlineItem: Sendable, Hashable {
    let id: Int32
    /// The outline root: items added under it are top-level.
    public static let root = PDFOutlineItem(id: 0)
}

/// A multi-page PDF drawn through ``Canvas``: metadata, page labels, named destinations, links and outline.
///
/// ```swift
/// let doc = try PDFDocument(metadata: PDFMetadata(title: "Report", createDate: PDFDate(year: 2024, month: 12, day: 31)))
/// try doc.page(size: Size(595.28, 841.89), label: "1") { canvas in
///     canvas.destination("intro", at: Point(56, 56))
///     canvas.draw(canvas.layoutText("Hello", style: TextStyle(size: 18)), at: Point(56, 56))
/// }
/// doc.addOutline(title: "Introduction", destination: "intro")
/// let bytes = try doc.finish()
/// ```
public final class PDFDocument {
    private let metadata: PDFMetadata
    private var surface: CairoSurface?
    private var canvas: Canvas?
    private let textSystem: PangoTextSystem
    private var finished = false
    /// Number of pages drawn so far.
    public private(set) var pageCount = 0

    /// Starts a document drawing text with the families of `fonts` only. Fails with
    /// ``ChartEngineError/fontNotFound(family:hint:)`` if the stack's first family is missing.
    public init(metadata: PDFMetadata, fonts: FontStack = .standard) throws {
        self.metadata = metadata
        self.textSystem = try PangoTextSystem.forCurrentThread(fonts: fonts)
    }

    /// Draws one page of `size` points; `label` is the page label viewers show (e.g. "i", "1").
    public func page(size: Size, label: String? = nil, _ draw: (Canvas) throws -> Void) throws {
        precondition(!finished, "document already finished")
        let surface: CairoSurface
        if let existing = self.surface {
            surface = existing
            cairo_pdf_surface_set_size(surface.surface, size.width, size.height)
        } else {
            surface = try CairoSurface.pdf(size: size)
            PDFDocument.apply(metadata, to: surface.surface)
            self.surface = surface
        }
        let canvas = self.canvas ?? Canvas(surface: surface, textSystem: textSystem)
        self.canvas = canvas
        canvas.size = size
        if let label { cairo_pdf_surface_set_page_label(surface.surface, label) }
        cairo_save(surface.cr)
        try draw(canvas)
        cairo_restore(surface.cr)
        cairo_show_page(surface.cr)
        try CairoSurface.check(cairo_status(surface.cr), "drawing page \(pageCount + 1)")
        pageCount += 1
    }

    /// Adds an outline (bookmark) entry pointing at a named destination; returns it for nesting.
    @discardableResult
    public func addOutline(title: String, destination: String, parent: PDFOutlineItem = .root,
                           open: Bool = false, bold: Bool = false) -> PDFOutlineItem {
        guard let surface else {
            preconditionFailure("add outline items after drawing the first page")
        }
        var flags: UInt32 = 0
        if open { flags |= CAIRO_PDF_OUTLINE_FLAG_OPEN.rawValue }
        if bold { flags |= CAIRO_PDF_OUTLINE_FLAG_BOLD.rawValue }
        let attrs = "dest='" + destination.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
        let id = cairo_pdf_surface_add_outline(surface.surface, parent.id, title, attrs,
                                               cairo_pdf_outline_flags_t(rawValue: flags))
        return PDFOutlineItem(id: id)
    }

    /// Finishes the document and returns its bytes. Call once.
    public func finish() throws -> Data {
        precondition(!finished, "document already finished")
        finished = true
        guard let surface else { throw ChartEngineError.invalidArgument("a PDF needs at least one page") }
        return Data(try surface.finish())
    }

    static func apply(_ m: PDFMetadata, to surface: OpaquePointer) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, m.title)
        if let a = m.author { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, a) }
        if let s = m.subject { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, s) }
        if !m.keywords.isEmpty {
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, m.keywords.joined(separator: ", "))
        }
        if let c = m.creator { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, c) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, m.createDate.iso8601)
        if let d = m.modDate { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, d.iso8601) }
    }
}
