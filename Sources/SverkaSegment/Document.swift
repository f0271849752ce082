/// A text split into paragraphs and sentences: the output of segmentation and the input of
/// alignment.
///
/// Invariants (checked by ``DocumentInvariants``):
/// - paragraphs are in file order, `paragraphs[i].index == i`; sentences likewise;
/// - each paragraph owns a contiguous, non-empty run of sentences, and the runs tile `sentences`;
/// - each sentence's `range` lies inside its paragraph's, and the ranges tile the paragraph's
///   range exactly, so the original text is recoverable to the character.
public struct Document: Equatable, Sendable {
    /// Where the text came from (file path or caller-given name).
    public let name: String
    /// The language it was segmented as (a BCP 47 / ICU locale id such as `"ru"`).
    public let language: String
    /// The whole text as decoded and normalised (see ``DecodedText``).
    public let text: String
    /// The paragraphs, in order.
    public let paragraphs: [Paragraph]
    /// The sentences, in order, indexed over the whole document.
    public let sentences: [Sentence]
    /// How the text's paragraphs were found: separated by blank lines, one per line, or hard-wrapped
    /// lines joined (detected for the file unless named).
    public let paragraphConvention: ParagraphConvention
    /// What a person should know about how the text was read and segmented, one line each, naming
    /// the file: the decoding's warnings (``DecodedText/warnings``), then segmentation's (a whole
    /// text that stayed one paragraph).
    public let warnings: [String]

    /// Assembles a document; callers normally use ``DocumentSegmenter`` instead.
    public init(name: String, language: String, text: String, paragraphs: [Paragraph], sentences: [Sentence],
                paragraphConvention: ParagraphConvention = .blankLines, warnings: [String] = []) {
        self.name = name
        self.language = language
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.paragraphConvention = paragraphConvention
        self.warnings = warnings
    }

    /// The sentences of paragraph `index`.
    public func sentences(ofParagraph index: Int) -> ArraySlice<Sentence> {
        sentences[paragraphs[index].sentenceRange]
    }
}

/// A paragraph: a block of non-blank lines between blank lines, one line, or hard-wrapped lines
/// joined, as the document's ``ParagraphConvention`` says.
public struct Paragraph: Equatable, Sendable {
    /// 0-based position among the document's paragraphs.
    public let index: Int
    /// 1-based line of the file where it starts.
    public let line: Int
    /// Its text as in the file (line breaks kept, markup kept).
    public let text: String
    /// Its text for scoring: light Markdown removed, white space collapsed to single spaces.
    public let plain: String
    /// UTF-16 offsets of `text` in the document's text.
    public let range: Range<Int>
    /// Indices of its sentences in ``Document/sentences``.
    public let sentenceRange: Range<Int>

    /// Creates a paragraph.
    public init(index: Int, line: Int, text: String, plain: String, range: Range<Int>, sentenceRange: Range<Int>) {
        self.index = index
        self.line = line
        self.text = text
        self.plain = plain
        self.range = range
        self.sentenceRange = sentenceRange
    }
}

/// A sentence (or, for pre-segmented input, one line).
public struct Sentence: Equatable, Sendable {
    /// 0-based position among all sentences of the document.
    public let index: Int
    /// Index of the paragraph that holds it.
    public let paragraph: Int
    /// 1-based line of the file where its text starts.
    public let line: Int
    /// Its text as in the file, without surrounding white space.
    public let text: String
    /// Its text for scoring: light Markdown removed, white space collapsed.
    public let plain: String
    /// UTF-16 offsets in the document's text of its whole span, including the white space that
    /// follows it up to the next sentence (so that sentence ranges tile their paragraph).
    public let range: Range<Int>

    /// Creates a sentence.
    public init(index: Int, paragraph: Int, line: Int, text: String, plain: String, range: Range<Int>) {
        self.index = index
        self.paragraph = paragraph
        self.line = line
        self.text = text
        self.plain = plain
        self.range = range
    }
}
