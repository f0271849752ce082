import Sverka

/// A segmented document as the project file keeps it: everything a ``Document`` holds, so that
/// reopening needs no segmentation (and gives the same units whatever Sverka's version).
struct StoredDocument: Codable, Equatable, Sendable {
    struct StoredParagraph: Codable, Equatable, Sendable {
        var line: Int
        var text: String
        /// The scoring text when it differs from `text`.
        var plain: String?
        var range: [Int]
        var sentences: [Int]
    }
    struct StoredSentence: Codable, Equatable, Sendable {
        var paragraph: Int
        var line: Int
        var text: String
        var plain: String?
        var range: [Int]
    }

    var name: String
    var language: String
    var text: String
    var paragraphConvention: String
    var warnings: [String]
    var paragraphs: [StoredParagraph]
    var sentences: [StoredSentence]

    init(_ document: Document) {
        name = document.name
        language = document.language
        text = document.text
        paragraphConvention = document.paragraphConvention.rawValue
        warnings = document.warnings
        paragraphs = document.paragraphs.map {
            StoredParagraph(line: $0.line, text: $0.text, plain: $0.plain == $0.text ? nil : $0.plain,
                            range: [$0.range.lowerBound, $0.range.upperBound],
                            sentences: [$0.sentenceRange.lowerBound, $0.sentenceRange.upperBound])
        }
        sentences = document.sentences.map {
            StoredSentence(paragraph: $0.paragraph, line: $0.line, text: $0.text, plain: $0.plain == $0.text ? nil : $0.plain,
                           range: [$0.range.lowerBound, $0.range.upperBound])
        }
    }

    /// The document again; nil when the record is damaged.
    var document: Document? {
        guard let convention = ParagraphConvention(rawValue: paragraphConvention),
              paragraphs.allSatisfy({ $0.range.count == 2 && $0.sentences.count == 2 && $0.range[0] <= $0.range[1] && $0.sentences[0] <= $0.sentences[1] }),
              sentences.allSatisfy({ $0.range.count == 2 && $0.range[0] <= $0.range[1] }) else { return nil }
        let document = Document(
            name: name, language: language, text: text,
            paragraphs: paragraphs.enumerated().map { k, p in
                Paragraph(index: k, line: p.line, text: p.text, plain: p.plain ?? p.text,
                          range: p.range[0]..<p.range[1], sentenceRange: p.sentences[0]..<p.sentences[1])
            },
            sentences: sentences.enumerated().map { k, s in
                Sentence(index: k, paragraph: s.paragraph, line: s.line, text: s.text, plain: s.plain ?? s.text,
                         range: s.range[0]..<s.range[1])
            },
            paragraphConvention: convention, warnings: warnings)
        return DocumentInvariants.violation(in: document) == nil ? document : nil
    }
}
