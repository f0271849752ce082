import SverkaSegment

/// The result of aligning two documents: the documents themselves, and the alignment at the
/// paragraph level (when paragraphs were aligned) and at the sentence level.
public struct DocumentAlignment: Sendable {
    /// The original.
    public let source: Document
    /// The translation.
    public let target: Document
    /// Paragraph beads; nil when only sentences were aligned (flat sentence search).
    public let paragraphs: Alignment?
    /// Sentence beads: inside the paragraph beads when paragraphs were aligned, else over the
    /// whole text.
    public let sentences: Alignment
    /// The length ratio used (target characters per source character).
    public let lengthRatio: Double

    /// Creates a result.
    public init(source: Document, target: Document, paragraphs: Alignment?, sentences: Alignment, lengthRatio: Double) {
        self.source = source
        self.target = target
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.lengthRatio = lengthRatio
    }

    /// The alignment at `level`: sentences always exist; paragraphs only after a two-level run.
    public func alignment(at level: AlignmentLevel) -> Alignment? {
        level == .paragraph ? paragraphs : sentences
    }
}
