import SverkaAlign
import SverkaSegment

/// The text and position of the units a bead names, for writers: paragraphs or sentences by the
/// level written. A unit repaired from parts (a paragraph broken across a page) reads as one text.
public struct AlignedUnits {
    /// The alignment result.
    public let result: DocumentAlignment
    /// The level written.
    public let level: AlignmentLevel

    /// A view of `result` at `level`.
    public init(result: DocumentAlignment, level: AlignmentLevel) {
        self.result = result
        self.level = level
    }

    /// The alignment at the level written (nil when that level was not aligned).
    public var alignment: Alignment? { result.alignment(at: level) }

    /// The source text of `bead` (its units joined; "" for an empty side).
    public func sourceText(_ bead: Bead) -> String { text(bead.source, in: result.source) }

    /// The target text of `bead`.
    public func targetText(_ bead: Bead) -> String { text(bead.target, in: result.target) }

    /// The 1-based line where the bead's source side starts (nil for an empty side).
    public func sourceLine(_ bead: Bead) -> Int? { line(bead.source, in: result.source) }

    /// The 1-based line where the bead's target side starts (nil for an empty side).
    public func targetLine(_ bead: Bead) -> Int? { line(bead.target, in: result.target) }

    /// The texts of `indices` in `document` at the level written, joined with hyphenation repaired.
    public func text(_ indices: [Int], in document: Document) -> String {
        switch level {
        case .paragraph: return HyphenationRepair.join(indices.map { document.paragraphs[$0].text })
        case .sentence: return HyphenationRepair.join(indices.map { document.sentences[$0].text })
        }
    }

    /// The 1-based line of the first of `indices` (nil when empty).
    public func line(_ indices: [Int], in document: Document) -> Int? {
        guard let first = indices.first else { return nil }
        return level == .paragraph ? document.paragraphs[first].line : document.sentences[first].line
    }
}
