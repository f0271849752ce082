import SverkaAlign
import SverkaSegment

/// The text of the units a bead joins, for writers: paragraphs or sentences by the alignment's level.
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

    /// The source units' texts of `bead`, joined by a space.
    public func sourceText(_ bead: Bead) -> String { text(bead.source, in: result.source) }

    /// The target units' texts of `bead`, joined by a space.
    public func targetText(_ bead: Bead) -> String { text(bead.target, in: result.target) }

    /// The 1-based line where the bead's source side starts (nil for an empty side).
    public func sourceLine(_ bead: Bead) -> Int? { line(bead.source, in: result.source) }

    /// The 1-based line where the bead's target side starts (nil for an empty side).
    public func targetLine(_ bead: Bead) -> Int? { line(bead.target, in: result.target) }

    private func text(_ range: Range<Int>, in document: Document) -> String {
        switch level {
        case .paragraph: return range.map { document.paragraphs[$0].text }.joined(separator: " ")
        case .sentence: return range.map { document.sentences[$0].text }.joined(separator: " ")
        }
    }

    private func line(_ range: Range<Int>, in document: Document) -> Int? {
        guard let first = range.first else { return nil }
        return level == .paragraph ? document.paragraphs[first].line : document.sentences[first].line
    }
}
