import Foundation
import SverkaIngest
import SverkaReaders
import SverkaTestSupport

/// What the reader tests share: reading a file as the command does, and its paragraphs.
enum ReaderTestSupport {
    /// The paragraphs of a reader's text (one a line, a blank line between them).
    static func paragraphs(_ decoded: DecodedText) -> [String] {
        decoded.text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }.filter { !$0.isEmpty }
    }

    /// Reads the file at `path` by its extension's reader.
    static func read(_ path: String, maxInputBytes: Int = InputDecoder.defaultMaxInputBytes, encoding: String? = nil) throws -> DecodedText {
        guard let format = DocumentFormat(path: path) else { throw DocumentTools.Failure(description: "\(path): no reader for it") }
        return try DocumentReader(maxInputBytes: maxInputBytes).read(path: path, format: format, encoding: encoding)
    }

    /// The paragraphs of the file at `path`.
    static func paragraphs(of path: String) throws -> [String] {
        paragraphs(try read(path))
    }

    /// A short document of my own with the structures the word-processing readers must take
    /// apart: a heading, a footnote inside a paragraph, tracked changes (pandoc writes the
    /// `insertion` and `deletion` spans as DOCX revisions), a hard line break, a list, a table,
    /// and a note of two paragraphs.
    static let structuredMarkdown = """
    # The harbour report

    The ferry left the north pier at dawn[^pier] and reached the island before the wind turned.

    The harbour master wrote [that the crossing was calm]{.insertion author="Editor" date="2024-05-01T10:00:00Z"}[that nobody saw the ferry leave]{.deletion author="Editor" date="2024-05-01T10:00:00Z"} in his log.

    First line of the address\\
    second line of the address

    - Nets were mended.
    - Boats were painted.

    | Cargo | Weight |
    |-------|--------|
    | Salt  | Ten tons |

    The report ends here.[^end]

    [^pier]: The north pier was rebuilt after the storm.

    [^end]: Written by the harbour master.

        Copied by the clerk.
    """

    /// The paragraphs every reader should find in ``structuredMarkdown``, body then notes.
    static let structuredParagraphs = [
        "The harbour report",
        "The ferry left the north pier at dawn and reached the island before the wind turned.",
        "The harbour master wrote that the crossing was calm in his log.",
        "First line of the address second line of the address",
        "Nets were mended.",
        "Boats were painted.",
        "Cargo", "Weight", "Salt", "Ten tons",
        "The report ends here.",
        "[1] The north pier was rebuilt after the storm.",
        "[2] Written by the harbour master.",
        "Copied by the clerk.",
    ]

    /// Writes ``structuredMarkdown`` into `scratch` and returns its name.
    static func writeStructured(in scratch: TemporaryDirectory) throws -> String {
        try scratch.file("harbour.md", text: structuredMarkdown)
        return "harbour.md"
    }
}
