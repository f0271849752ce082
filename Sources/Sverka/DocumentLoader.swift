/// Reads texts (plain text, or DOCX, ODT, HTML, EPUB and PDF by their extension) and segments them
/// into documents the way `sverka align` and `sverka batch` do: the decoding (``InputDecoder``: a
/// named encoding — one for both sides, or one for each — or detected; ``DocumentReader`` for the
/// office formats, HTML and EPUB; a PDF's text layer through ``PDFReader``), then paragraphs (by the convention named,
/// or the one detected for each text) and sentences in a language (`auto` guesses it from the
/// script). A text with no paragraph is refused.
/// What a person should know (a UTF-8 file read in another encoding, control characters dropped, a
/// whole text left one paragraph) is in the document's ``Document/warnings``.
///
/// A value holding only settings: each call makes its own ICU objects, so any number of threads
/// may use one loader at once.
public struct DocumentLoader: Sendable {
    /// Why a decoded text cannot be made into a document.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// ICU cannot segment this language: a fault inside Sverka (or ICU missing data).
        case unsegmentable(language: String, reason: String)
        /// The text has no paragraph with text in it: a fault of the input.
        case nothingToAlign(name: String)

        /// One line for a person.
        public var description: String {
            switch self {
            case let .unsegmentable(language, reason): return "ICU cannot segment language '\(language)': \(reason)"
            case .nothingToAlign(let name): return "\(name): nothing to align (no paragraph with text in it)"
            }
        }
    }

    /// Which text of a pair a file holds, for the encoding named for that side.
    public enum Side: Sendable {
        /// The original: read in ``sourceEncoding``, else ``encoding``.
        case source
        /// The translation: read in ``targetEncoding``, else ``encoding``.
        case target
    }

    /// The encoding of input files (an ICU charset name); nil: detected.
    public var encoding: String?
    /// The encoding of the original of a pair, over ``encoding``; nil: that one.
    public var sourceEncoding: String?
    /// The encoding of the translation of a pair, over ``encoding``; nil: that one.
    public var targetEncoding: String?
    /// Whether the input is one sentence per line, a blank line between paragraphs.
    public var presegmented: Bool
    /// How paragraphs are marked; nil: detected for each text (pre-segmented input: blank lines).
    public var paragraphs: ParagraphConvention?
    /// Larger inputs are refused before any work.
    public var maxInputBytes: Int

    /// A loader with these settings (the defaults are those of `sverka align`).
    public init(encoding: String? = nil, sourceEncoding: String? = nil, targetEncoding: String? = nil,
                presegmented: Bool = false, paragraphs: ParagraphConvention? = nil,
                maxInputBytes: Int = InputDecoder.defaultMaxInputBytes) {
        self.encoding = encoding
        self.sourceEncoding = sourceEncoding
        self.targetEncoding = targetEncoding
        self.presegmented = presegmented
        self.paragraphs = paragraphs
        self.maxInputBytes = maxInputBytes
    }

    /// Reads and decodes the file at `path` in ``encoding`` (throws ``InputError``). A DOCX, ODT,
    /// HTML or EPUB file (by its extension, ``DocumentFormat``) is read by ``DocumentReader`` into
    /// the same kind of text, one paragraph a line with blank lines between them; a PDF
    /// (``PDFReader/claims(path:)``) is read for its text layer (throws ``PDFError`` too).
    public func decode(path: String) throws -> DecodedText {
        try decode(path: path, encoding: encoding)
    }

    /// Reads standard input to its end and decodes it, named "standard input" in messages (throws
    /// ``InputError``; the size limit is counted while reading); a PDF (`%PDF-` first) is read for
    /// its text layer (throws ``PDFError`` too).
    public func decodeStandardInput(side: Side? = nil) throws -> DecodedText {
        let decoder = InputDecoder(maxInputBytes: maxInputBytes)
        let bytes = try decoder.readStream(descriptor: 0, name: "standard input")
        if PDFReader.startsLikePDF(bytes) {
            return try PDFReader(maxInputBytes: maxInputBytes).text(of: bytes, name: "standard input")
        }
        return try decoder.decode(bytes, name: "standard input", encoding: side.map(encoding(of:)) ?? encoding)
    }

    /// Reads and decodes the file at `path`, the `side` of a pair, in that side's encoding (a PDF:
    /// its text layer).
    public func decode(path: String, side: Side) throws -> DecodedText {
        try decode(path: path, encoding: self.encoding(of: side))
    }

    /// The file at `path` as plain text in `encoding`, or read by its format's reader.
    private func decode(path: String, encoding: String?) throws -> DecodedText {
        if PDFReader.claims(path: path) { return try PDFReader(maxInputBytes: maxInputBytes).read(path: path) }
        if let format = DocumentFormat(path: path) {
            return try DocumentReader(maxInputBytes: maxInputBytes).read(path: path, format: format, encoding: encoding)
        }
        return try InputDecoder(maxInputBytes: maxInputBytes).load(path: path, encoding: encoding)
    }

    /// The encoding named for `side` (its own, else the shared one); nil: detected.
    public func encoding(of side: Side) -> String? {
        switch side {
        case .source: return sourceEncoding ?? encoding
        case .target: return targetEncoding ?? encoding
        }
    }

    /// Decodes `text`, given inline, named `name` in messages (throws ``InputError``, too large).
    public func decode(text: String, name: String) throws -> DecodedText {
        try InputDecoder(maxInputBytes: maxInputBytes).decode(Array(text.utf8), name: name, encoding: "UTF-8")
    }

    /// Segments `decoded` as `language` ("auto" guesses from the script); throws ``Failure``.
    public func segment(_ decoded: DecodedText, language: String) throws -> Document {
        let resolved = language == "auto" ? LanguageGuesser.guess(decoded.text) : language
        let document: Document
        do {
            let segmenter = try DocumentSegmenter(language: resolved, mode: presegmented ? .presegmented : .running,
                                                  paragraphs: paragraphs)
            document = segmenter.segment(decoded)
        } catch {
            throw Failure.unsegmentable(language: resolved, reason: "\(error)")
        }
        if document.paragraphs.isEmpty { throw Failure.nothingToAlign(name: decoded.name) }
        return document
    }

    /// Decodes and segments `text`, given inline and named `name` in messages, as `language`.
    public func load(text: String, name: String, language: String) throws -> Document {
        try segment(try decode(text: text, name: name), language: language)
    }

    /// Reads and segments the file at `path` as `language`.
    public func load(path: String, language: String) throws -> Document {
        try segment(try decode(path: path), language: language)
    }

    /// Reads and segments the file at `path`, the `side` of a pair, as `language`.
    public func load(path: String, language: String, side: Side) throws -> Document {
        try segment(try decode(path: path, side: side), language: language)
    }
}
