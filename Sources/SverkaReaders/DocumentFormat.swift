/// A document format Sverka reads besides plain text, chosen by a file's extension (and then
/// checked against its content: a `.docx` that is not a zip archive is refused in one line).
public enum DocumentFormat: String, Sendable, CaseIterable {
    /// Office Open XML word processing (Word, LibreOffice): `word/document.xml` in a zip archive.
    case docx
    /// OpenDocument text (LibreOffice): `content.xml` in a zip archive.
    case odt
    /// HTML or XHTML, read by libxml2's HTML parser.
    case html
    /// EPUB: the spine's (X)HTML documents in a zip archive, in reading order.
    case epub

    /// The format of a file named `path`, by its extension (any case): `.docx`, `.odt`, `.html`,
    /// `.htm`, `.xhtml`, `.xht`, `.epub`; nil for any other file (read as plain text).
    public init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "docx": self = .docx
        case "odt": self = .odt
        case "html", "htm", "xhtml", "xht": self = .html
        case "epub": self = .epub
        default: return nil
        }
    }

    /// The format's usual name, for messages: "DOCX", "ODT", "HTML", "EPUB".
    public var displayName: String { rawValue.uppercased() }

    /// Whether the format is a zip archive.
    var isZipArchive: Bool { self != .html }
}
