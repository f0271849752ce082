import CSverkaPDF
import Foundation
import SverkaIngest

/// Reads the text layer of a PDF through poppler (`libpoppler-glib`), page by page in poppler's
/// reading order, into a ``DecodedText`` the rest of the pipeline reads like any text file: pages
/// separated by form feeds, paragraphs by blank lines where the page shows them
/// (``PDFTextLayout``). Line numbers in messages and reports count the lines of that text (form
/// feeds start no new line), not anything printed on the pages.
///
/// Refused with a ``PDFError`` (one line, naming the file): a file named `.pdf` that is not one,
/// a damaged PDF, an encrypted PDF that needs a password, and a PDF with no text on any page (a
/// scan: Sverka does no OCR). Pages without text among pages with text are read as empty pages,
/// with a warning naming them. The file's size counts against ``maxInputBytes`` as for text
/// files, and so does the size of the text taken out of it.
///
/// A value holding only settings: each call opens its own poppler document.
public struct PDFReader: Sendable {
    /// Larger files (and texts taken out of them) are refused.
    public var maxInputBytes: Int
    /// How lines become text.
    public var layout: PDFTextLayout

    /// A reader with the given size limit (bytes).
    public init(maxInputBytes: Int = InputDecoder.defaultMaxInputBytes, layout: PDFTextLayout = PDFTextLayout()) {
        self.maxInputBytes = maxInputBytes
        self.layout = layout
    }

    /// The signature every PDF starts with, `%PDF-`.
    static let signature = Array("%PDF-".utf8)

    /// Whether the file at `path` is to be read as a PDF: its name ends in `.pdf` (any case), or it
    /// is a regular file that begins with `%PDF-`. Pipes and devices are never read here.
    public static func claims(path: String) -> Bool {
        if path.lowercased().hasSuffix(".pdf") { return true }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return false }
        var head = [UInt8](repeating: 0, count: signature.count)
        let count = head.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
        return count == signature.count && head == signature
    }

    /// Whether `bytes` begin with `%PDF-`.
    public static func startsLikePDF(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: signature)
    }

    /// Reads the PDF at `path` (throws ``InputError`` when the file cannot be read or is too
    /// large, ``PDFError`` when it cannot be used).
    public func read(path: String) throws -> DecodedText {
        try text(of: try InputDecoder(maxInputBytes: maxInputBytes).readBytes(path: path), name: path)
    }

    /// The text of the PDF held in `bytes` (read with the size limit by the caller), named `name`
    /// in messages; more text than ``maxInputBytes`` is refused.
    public func text(of bytes: [UInt8], name: String) throws -> DecodedText {
        if bytes.isEmpty { throw InputError.empty(path: name) }
        // PDF readers accept a little junk before the signature (within 1024 bytes).
        let head = bytes.prefix(1024)
        guard head.indices.contains(where: { head[$0...].starts(with: Self.signature) }) else {
            throw PDFError.notPDF(path: name)
        }
        let limit = min(maxInputBytes, InputDecoder.largestSupportedBytes)
        let pages = try Self.pages(of: bytes, name: name, limit: limit)
        let empty = pages.indices.filter { pages[$0].isEmpty }
        if empty.count == pages.count { throw PDFError.noTextLayer(path: name, pages: pages.count) }
        let text = layout.text(of: pages)
        if text.utf8.count > limit { throw PDFError.textTooLarge(path: name, limit: limit) }
        var warnings: [String] = []
        if !empty.isEmpty {
            let shown = empty.prefix(10).map { String($0 + 1) }.joined(separator: ", ")
            let more = empty.count > 10 ? " and \(empty.count - 10) more" : ""
            warnings.append("\(name): page\(empty.count == 1 ? "" : "s") \(shown)\(more) of \(pages.count) \(empty.count == 1 ? "has" : "have") no text layer (images only?); read as empty pages")
        }
        return DecodedText(name: name, text: text, encoding: "UTF-8", encodingWasDetected: true, warnings: warnings)
    }

    /// The lines of every page of the PDF in `bytes`, through poppler; more than `limit` bytes of
    /// text in all is ``PDFError/textTooLarge(path:limit:)``, found page by page.
    static func pages(of bytes: [UInt8], name: String, limit: Int) throws -> [[PDFLine]] {
        var status = SV_PDF_OK
        var message: UnsafeMutablePointer<CChar>?
        let opened = bytes.withUnsafeBufferPointer { sv_pdf_open($0.baseAddress, $0.count, &status, &message) }
        let reason = message.map { String(cString: $0) } ?? ""
        sv_pdf_free_message(message)
        guard let document = opened else {
            if status == SV_PDF_ENCRYPTED { throw PDFError.encrypted(path: name) }
            throw PDFError.damaged(path: name, reason: reason)
        }
        defer { sv_pdf_close(document) }
        let count = Int(sv_pdf_page_count(document))
        guard count > 0 else { throw PDFError.damaged(path: name, reason: "it has no pages") }
        var pages: [[PDFLine]] = []
        pages.reserveCapacity(count)
        var total = 0
        for index in 0..<count {
            var page = sv_pdf_page()
            guard sv_pdf_page_read(document, Int32(index), &page) == 0 else {
                throw PDFError.damaged(path: name, reason: "page \(index + 1) cannot be read")
            }
            defer { sv_pdf_page_free(&page) }
            let text = page.text.map { String(cString: $0) } ?? ""
            total += text.utf8.count
            if total > limit { throw PDFError.textTooLarge(path: name, limit: limit) }
            let glyphs = (0..<page.box_count).map { k -> PDFLine.Box in
                let box = page.boxes[k]
                return PDFLine.Box(left: box.x1, top: box.y1, right: box.x2, bottom: box.y2)
            }
            pages.append(PDFLine.lines(of: text, glyphs: glyphs))
        }
        return pages
    }
}
