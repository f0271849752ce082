import SverkaICU
import SverkaIngest

/// Turns a decoded text into a ``Document``: paragraphs by the text's ``ParagraphConvention``
/// (detected unless named), then sentences by ICU and the abbreviation lists, or one sentence per
/// line for pre-segmented input (whose paragraphs are separated by blank lines unless named).
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
    /// How paragraphs are marked; nil: detected for each text (running text), blank lines
    /// (pre-segmented input).
    public let paragraphs: ParagraphConvention?
    private let sentenceSegmenter: SentenceSegmenter

    /// A whole text of at least this many lines that stays one paragraph (detected as separated
    /// by blank lines, and has none) gets a warning.
    static let oneParagraphWarningLines = 10

    /// A segmenter for `language`; throws if ICU has no sentence iterator for it.
    public init(language: String, mode: Mode = .running, paragraphs: ParagraphConvention? = nil) throws {
        self.language = language
        self.mode = mode
        self.paragraphs = paragraphs
        self.sentenceSegmenter = try SentenceSegmenter(language: language)
    }

    /// Segments `input`. A text of blank lines only gives a document with no paragraphs.
    public func segment(_ input: DecodedText) -> Document {
        let units = [UInt16](utf16Of: input.text)
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        let requested = self.paragraphs ?? (mode == .presegmented ? .blankLines : nil)
        let (blocks, convention) = ParagraphSplitter.split(units, firstLine: input.firstLine, convention: requested)
        var warnings = input.warnings
        if requested == nil, blocks.count == 1, blocks[0].lineStarts.count >= Self.oneParagraphWarningLines {
            warnings.append("\(input.name): the whole text is one paragraph of \(blocks[0].lineStarts.count) lines (no blank line "
                + "between paragraphs, and its lines do not read as paragraphs); if each line is one, name it with --paragraphs lines")
        }
        for block in blocks {
            let masked = MarkupMask.mask(units[block.range])
            let base = block.range.lowerBound
            let spans: [Range<Int>]
            switch mode {
            case .running:
                spans = Self.givingMarkupToNextSentence(sentenceSegmenter.split(masked), units: units[block.range], masked: masked)
                    .map { ($0.lowerBound + base)..<($0.upperBound + base) }
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
                let text = String(utf16Units: units[start..<end])
                sentences.append(Sentence(
                    index: sentences.count,
                    paragraph: paragraphs.count,
                    line: line,
                    text: text,
                    plain: Self.plain(masked[relative], base: base, kept: start..<end, units: units, text: text),
                    range: span
                ))
            }
            let text = String(utf16Units: units[block.range])
            paragraphs.append(Paragraph(
                index: paragraphs.count,
                line: block.line,
                text: text,
                plain: Self.plain(masked[...], base: base, kept: block.range, units: units, text: text),
                range: block.range,
                sentenceRange: firstSentence..<sentences.count
            ))
        }
        return Document(name: input.name, language: language, text: input.text, paragraphs: paragraphs, sentences: sentences,
                        paragraphConvention: convention, warnings: warnings)
    }

    /// The plain text of a span: its masked units (`masked`, whose index + `base` is the index in
    /// `units`) with white space collapsed. When that is exactly the original units of `kept`
    /// (no markup masked, only single spaces inside, white space only around), `text` — the
    /// string of `kept` — is returned, sharing its storage.
    static func plain(_ masked: ArraySlice<UInt16>, base: Int, kept: Range<Int>, units: [UInt16], text: String) -> String {
        let collapsed = { MarkupMask.collapseWhitespace(masked) }
        guard let first = kept.first, let last = kept.last,
              !MarkupMask.isWhitespace(units[first]), !MarkupMask.isWhitespace(units[last]) else { return collapsed() }
        var previousSpace = false
        for index in masked.indices {
            let absolute = index + base
            let unit = masked[index]
            guard kept.contains(absolute) else {
                if !MarkupMask.isWhitespace(unit) { return collapsed() }
                continue
            }
            if unit != units[absolute] { return collapsed() } // markup masked
            if unit == 0x20 {
                if previousSpace { return collapsed() }
                previousSpace = true
            } else if MarkupMask.isWhitespace(unit) {
                return collapsed()
            } else {
                previousSpace = false
            }
        }
        return text
    }

    /// `spans` (tiling `masked`, the masked copy of `units`) with each boundary moved back before
    /// markup that opens the next sentence: ICU sees the masked text, where `Да. **Нет**` reads
    /// `Да.   Нет  `, and would end the first sentence after the `**` (`Да. **` + `Нет**`). In the
    /// white space before a boundary, the first markup character that follows white space of the
    /// file starts the next sentence (`**`, `# `, `\_`); markup right after the text (`Да.** Нет`)
    /// stays where it is.
    static func givingMarkupToNextSentence(_ spans: [Range<Int>], units: ArraySlice<UInt16>, masked: [UInt16]) -> [Range<Int>] {
        guard spans.count > 1 else { return spans }
        var result = spans
        let base = units.startIndex
        for k in 1..<result.count {
            let boundary = result[k].lowerBound
            var runStart = boundary
            while runStart > result[k - 1].lowerBound && MarkupMask.isWhitespace(masked[runStart - 1]) { runStart -= 1 }
            guard let firstMarkup = (runStart..<boundary).first(where: { !MarkupMask.isWhitespace(units[base + $0]) }),
                  firstMarkup > runStart, runStart > result[k - 1].lowerBound else { continue }
            result[k - 1] = result[k - 1].lowerBound..<firstMarkup
            result[k] = firstMarkup..<result[k].upperBound
        }
        return result
    }
}
