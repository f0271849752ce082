import SverkaICU
import SverkaIngest

/// Turns a decoded text into a ``Document``: paragraphs by blank lines, then sentences by ICU and
/// the abbreviation lists, or one sentence per line for pre-segmented input.
///
/// Not thread-safe (it owns ICU iterators): one per thread.
public struct DocumentSegmenter {
    /// How the input is laid out.
    public enum Mode: Sendable {
        /// Running text: paragraphs are split into sentences.
        case running
        /// One sentence per line, blank line = paragraph break (hunalign and Vecalign input).
        case presegmented
    }

    /// The language the text is in.
    public let language: String
    /// How the input is laid out.
    public let mode: Mode
    private let sentenceSegmenter: SentenceSegmenter

    /// A segmenter for `language`; throws if ICU has no sentence iterator for it.
    public init(language: String, mode: Mode = .running) throws {
        self.language = language
        self.mode = mode
        self.sentenceSegmenter = try SentenceSegmenter(language: language)
    }

    /// Segments `input`. A text of blank lines only gives a document with no paragraphs.
    public func segment(_ input: DecodedText) -> Document {
        let units = Array(input.text.utf16)
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        for block in ParagraphSplitter.blocks(in: units, firstLine: input.firstLine) {
            let masked = MarkupMask.mask(units[block.range])
            let base = block.range.lowerBound
            let spans: [Range<Int>]
            switch mode {
            case .running:
                spans = sentenceSegmenter.split(masked).map { ($0.lowerBound + base)..<($0.upperBound + base) }
            case .presegmented:
                spans = zip(block.lineStarts, block.lineStarts.dropFirst().map { $0 } + [block.range.upperBound])
                    .map { $0.0..<$0.1 }
            }
            let firstSentence = sentences.count
            var line = block.line
            var cursor = base
            for span in spans {
                let start = span.firstIndex(where: { !MarkupMask.isWhitespace(units[$0]) }) ?? span.lowerBound
                let end = (span.lastIndex(where: { !MarkupMask.isWhitespace(units[$0]) }).map { $0 + 1 }) ?? start
                line += units[cursor..<start].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                cursor = start
                let relative = (span.lowerBound - base)..<(span.upperBound - base)
                sentences.append(Sentence(
                    index: sentences.count,
                    paragraph: paragraphs.count,
                    line: line,
                    text: String(decoding: units[start..<end], as: UTF16.self),
                    plain: MarkupMask.collapseWhitespace(masked[relative]),
                    range: span
                ))
            }
            paragraphs.append(Paragraph(
                index: paragraphs.count,
                line: block.line,
                text: String(decoding: units[block.range], as: UTF16.self),
                plain: MarkupMask.collapseWhitespace(masked[...]),
                range: block.range,
                sentenceRange: firstSentence..<sentences.count
            ))
        }
        return Document(name: input.name, language: language, text: input.text, paragraphs: paragraphs, sentences: sentences)
    }
}
