import Foundation
import SverkaSegment

/// Writes a segmented ``Document`` as JSON:
/// `{"name", "language", "paragraphs": [{"index", "line", "text", "plain", "sentences": [{"index", "line", "text", "plain"}]}]}`.
/// Sentence indices count over the whole document. Keys are sorted, so output is byte-stable.
public enum SegmentationJSONWriter {
    struct SentenceRecord: Encodable {
        let index: Int
        let line: Int
        let text: String
        let plain: String
    }

    struct ParagraphRecord: Encodable {
        let index: Int
        let line: Int
        let text: String
        let plain: String
        let sentences: [SentenceRecord]
    }

    struct DocumentRecord: Encodable {
        let name: String
        let language: String
        let paragraphs: [ParagraphRecord]
    }

    /// The JSON text for `document` (pretty-printed, ending in a newline).
    public static func write(_ document: Document) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(record(document)) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The record of `document`, shared with ``AlignmentJSONWriter`` so both write documents alike.
    static func record(_ document: Document) -> DocumentRecord {
        DocumentRecord(
            name: document.name,
            language: document.language,
            paragraphs: document.paragraphs.map { paragraph in
                ParagraphRecord(
                    index: paragraph.index, line: paragraph.line, text: paragraph.text, plain: paragraph.plain,
                    sentences: document.sentences(ofParagraph: paragraph.index).map {
                        SentenceRecord(index: $0.index, line: $0.line, text: $0.text, plain: $0.plain)
                    }
                )
            }
        )
    }
}
