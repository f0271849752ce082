import SverkaIngest

/// What a reader took out of a document: its paragraphs in reading order, then its notes (foot-
/// and endnotes, each paragraph of a note its own, the first marked with the note's label:
/// `[1] …`), and what a person should know about how it was read.
struct ExtractedText {
    /// The body's paragraphs (headings, list items and table cells among them), white space collapsed.
    var paragraphs: [String] = []
    /// The notes' paragraphs, after the body.
    var notes: [String] = []
    /// The charset the text was read from.
    var encoding = "UTF-8"
    /// Whether `encoding` was detected or declared by the document (true) or named by the caller.
    var encodingWasDetected = true
    /// One line each, naming the file.
    var warnings: [String] = []

    /// The text downstream stages read: one paragraph a line, a blank line between paragraphs,
    /// the notes after the body. Any paragraph convention reads the same paragraphs from it.
    var text: String {
        (paragraphs + notes).joined(separator: "\n\n") + "\n"
    }

    /// The ``DecodedText`` of the file `name`; a document with no text is ``InputError/empty(path:)``.
    func decoded(name: String) throws -> DecodedText {
        if paragraphs.isEmpty && notes.isEmpty { throw InputError.empty(path: name) }
        return DecodedText(name: name, text: text, encoding: encoding, encodingWasDetected: encodingWasDetected, warnings: warnings)
    }
}
