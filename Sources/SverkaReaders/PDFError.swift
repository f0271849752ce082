/// Why a PDF's text could not be read. Every case names the file, so the CLI prints one line and
/// exits with code 2, as for any other input that cannot be used (``InputError``).
public enum PDFError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is named `.pdf` but does not start like one (`%PDF-` in its first 1024 bytes).
    case notPDF(path: String)
    /// The PDF needs a password to be opened; Sverka does not decrypt.
    case encrypted(path: String)
    /// poppler cannot read the file as a PDF (damaged or truncated); `reason` is poppler's.
    case damaged(path: String, reason: String)
    /// No page has a text layer: a scan (pictures of pages) or a drawing. Sverka does no OCR.
    case noTextLayer(path: String, pages: Int)
    /// The text extracted from the pages is larger than the input limit (a small file can hold a
    /// great deal of compressed text).
    case textTooLarge(path: String, limit: Int)

    /// One line for a person.
    public var description: String {
        switch self {
        case .notPDF(let path):
            return "\(path): not a PDF (it does not begin with %PDF-); if it is text, give it another extension"
        case .encrypted(let path):
            return "\(path): the PDF is encrypted (it needs a password to open); save an unencrypted copy first"
        case let .damaged(path, reason):
            return "\(path): cannot read the PDF (\(reason.isEmpty ? "damaged or truncated" : reason))"
        case let .noTextLayer(path, pages):
            let scope = pages == 1 ? "its one page" : "any of its \(pages) pages"
            return "\(path): the PDF has no text layer (no text on \(scope), only images or drawings, as in a scan); Sverka does no OCR: run an OCR program (e.g. ocrmypdf) on it first"
        case let .textTooLarge(path, limit):
            return "\(path): the PDF's text is larger than the limit of \(limit) bytes (raise it with --max-input-size)"
        }
    }
}
