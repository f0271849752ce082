import SverkaSegment
import SverkaTestSupport

/// Segmentation shortcuts for the tests.
enum Segment {
    /// The sentence texts of `text` segmented as `language`.
    static func sentences(_ text: String, language: String, mode: DocumentSegmenter.Mode = .running) throws -> [String] {
        try TestDocuments.document(text, language: language, mode: mode).sentences.map(\.text)
    }

    /// The paragraph of `document` that starts at file line `line`.
    static func paragraph(startingAt line: Int, in document: Document) throws -> Paragraph {
        guard let paragraph = document.paragraphs.first(where: { $0.line == line }) else {
            throw LookupError(message: "no paragraph starts at line \(line)")
        }
        return paragraph
    }

    /// A paragraph that was looked for and not found.
    struct LookupError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
