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

extension DocumentAlignment {
    /// Which document of the pair.
    public enum Side: Sendable {
        case source, target
    }

    /// The document on `side`.
    public func document(_ side: Side) -> Document {
        side == .source ? source : target
    }

    /// The text of units `indices` of `side` at `level`, joined with hyphenation repaired (a
    /// paragraph broken across a page reads as one); "" for no indices.
    public func text(_ indices: [Int], side: Side, level: AlignmentLevel) -> String {
        let document = document(side)
        switch level {
        case .paragraph: return HyphenationRepair.join(indices.map { document.paragraphs[$0].text })
        case .sentence: return HyphenationRepair.join(indices.map { document.sentences[$0].text })
        }
    }

    /// The scoring text (markup removed) of units `indices` of `side` at `level`, joined likewise.
    public func plainText(_ indices: [Int], side: Side, level: AlignmentLevel) -> String {
        let document = document(side)
        switch level {
        case .paragraph: return HyphenationRepair.join(indices.map { document.paragraphs[$0].plain })
        case .sentence: return HyphenationRepair.join(indices.map { document.sentences[$0].plain })
        }
    }

    /// The 1-based line of the first of `indices` on `side` at `level`; nil for no indices.
    public func line(_ indices: [Int], side: Side, level: AlignmentLevel) -> Int? {
        guard let first = indices.first else { return nil }
        let document = document(side)
        return level == .paragraph ? document.paragraphs[first].line : document.sentences[first].line
    }
}
