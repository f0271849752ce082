import SverkaSegment

/// What one side of a document pair offers the aligner: its content paragraphs and sentences,
/// each a list of the document's own indices with the text to score, and the paragraphs set aside
/// as page furniture.
///
/// Built straight from a ``Document`` every paragraph and sentence is a unit of its own. The
/// archival clean-up builds richer sides: furniture kept out, and a paragraph broken across a page
/// rejoined into one unit of two parts.
///
/// Invariants: content, furniture and omission-marker paragraphs together hold every paragraph
/// index of the document exactly once; likewise the sentences; `paragraphSentences` tiles
/// `sentences` in order.
public struct AlignmentSide: Sendable {
    /// A unit to align: the document indices it is made of, and its scoring text.
    public struct Unit: Equatable, Sendable {
        /// Document indices (paragraphs or sentences), ascending.
        public let parts: [Int]
        /// The text the cost model reads.
        public let text: String

        /// Creates a unit.
        public init(parts: [Int], text: String) {
            self.parts = parts
            self.text = text
        }
    }

    /// The document.
    public let document: Document
    /// Content paragraphs, in order.
    public let paragraphs: [Unit]
    /// Content sentences, in order.
    public let sentences: [Unit]
    /// For each content paragraph, its content sentences (a range of `sentences`).
    public let paragraphSentences: [Range<Int>]
    /// Paragraph indices set aside as furniture, ascending.
    public let furnitureParagraphs: [Int]
    /// Sentence indices of the furniture paragraphs, ascending.
    public let furnitureSentences: [Int]
    /// Paragraph indices that are markers of omission (`[...]`), kept out of the search, ascending.
    public let omissionParagraphs: [Int]
    /// Sentence indices of the omission-marker paragraphs, ascending.
    public let omissionSentences: [Int]

    /// A side with the given parts (see the invariants).
    public init(document: Document, paragraphs: [Unit], sentences: [Unit], paragraphSentences: [Range<Int>],
                furnitureParagraphs: [Int], furnitureSentences: [Int],
                omissionParagraphs: [Int] = [], omissionSentences: [Int] = []) {
        self.document = document
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.paragraphSentences = paragraphSentences
        self.furnitureParagraphs = furnitureParagraphs
        self.furnitureSentences = furnitureSentences
        self.omissionParagraphs = omissionParagraphs
        self.omissionSentences = omissionSentences
    }

    /// Every paragraph and sentence of `document` as a unit of its own; no furniture.
    public init(document: Document) {
        self.document = document
        self.paragraphs = document.paragraphs.map { Unit(parts: [$0.index], text: $0.plain) }
        self.sentences = document.sentences.map { Unit(parts: [$0.index], text: $0.plain) }
        self.paragraphSentences = document.paragraphs.map(\.sentenceRange)
        self.furnitureParagraphs = []
        self.furnitureSentences = []
        self.omissionParagraphs = []
        self.omissionSentences = []
    }

    /// The units at `level`.
    public func units(at level: AlignmentLevel) -> [Unit] {
        level == .paragraph ? paragraphs : sentences
    }

    /// The furniture indices at `level`.
    public func furniture(at level: AlignmentLevel) -> [Int] {
        level == .paragraph ? furnitureParagraphs : furnitureSentences
    }

    /// The omission-marker indices at `level`.
    public func omissionMarkers(at level: AlignmentLevel) -> [Int] {
        level == .paragraph ? omissionParagraphs : omissionSentences
    }
}
