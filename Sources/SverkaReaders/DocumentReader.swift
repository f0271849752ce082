import SverkaIngest

/// Reads a DOCX, ODT, HTML or EPUB file into the same ``DecodedText`` a plain text file gives:
/// one paragraph a line with a blank line between paragraphs (so that segmentation, clean-up,
/// alignment and the writers read it as any text, and any paragraph convention reads the same
/// paragraphs), the notes after the body. Line numbers in reports count lines of this text:
/// the paragraph of index N (0-based) is on line 2N + 1.
///
/// The size limit is the one of plain text (`--max-input-size`): the file itself, and for zip
/// archives all that is inflated out of it, counted while inflating (a zip bomb is refused
/// before it is inflated past the limit). Every failure is an ``InputError``, one line naming
/// the file.
public struct DocumentReader: Sendable {
    /// The largest input accepted, in bytes: the file, and all that is inflated out of it.
    public var maxInputBytes: Int

    /// A reader with the given size limit (bytes).
    public init(maxInputBytes: Int = InputDecoder.defaultMaxInputBytes) {
        self.maxInputBytes = maxInputBytes
    }

    /// The limit applied: no more than ``InputDecoder/largestSupportedBytes``.
    var limit: Int { min(maxInputBytes, InputDecoder.largestSupportedBytes) }

    /// Reads the file at `path` as `format`. `encoding` (an ICU charset name) overrides the charset
    /// of HTML; the other formats declare theirs in their XML.
    public func read(path: String, format: DocumentFormat, encoding: String? = nil) throws -> DecodedText {
        try read(try InputDecoder(maxInputBytes: maxInputBytes).readBytes(path: path), name: path, format: format, encoding: encoding)
    }

    /// Reads `bytes`, the file `name`, as `format`.
    public func read(_ bytes: [UInt8], name: String, format: DocumentFormat, encoding: String? = nil) throws -> DecodedText {
        if bytes.count > limit { throw InputError.tooLarge(path: name, bytes: bytes.count, limit: limit) }
        if bytes.isEmpty { throw InputError.empty(path: name) }
        let extracted: ExtractedText
        switch format {
        case .html:
            extracted = try HTMLReader(limit: limit).read(bytes, name: name, encoding: encoding)
        case .docx:
            extracted = try WordprocessingReader().read(try ZipPackage(bytes: bytes, path: name, format: format, limit: limit))
        case .odt:
            extracted = try OpenDocumentReader().read(try ZipPackage(bytes: bytes, path: name, format: format, limit: limit))
        case .epub:
            extracted = try EPUBReader(limit: limit).read(try ZipPackage(bytes: bytes, path: name, format: format, limit: limit))
        }
        return try extracted.decoded(name: name)
    }
}
