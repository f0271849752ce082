import SverkaSegment

/// Paragraph-level evidence that a paragraph was broken off mid-sentence (by a page, or a
/// transcriber's blank line) and goes on in the next one (``HyphenationRepair/continues(_:with:)``):
/// a bead side holding both parts gets `bonus` for each such break inside it, so a paragraph broken
/// on one side only meets its one counterpart in a 1-2 or 2-1 bead instead of dragging the beads
/// after it. Whether the break is joined stays the alignment's decision: the bonus only lowers the
/// price of the merge.
public final class ContinuationEvidence: BeadEvidence {
    /// Whether each source unit continues the one before it.
    let source: [Bool]
    /// Whether each target unit continues the one before it.
    let target: [Bool]
    /// Nats for each continuation inside a bead side.
    let bonus: Double

    /// Evidence over units with these texts; nil when neither side has a continuation.
    public init?(source sourceTexts: [String], target targetTexts: [String], bonus: Double) {
        func flags(_ texts: [String]) -> [Bool] {
            texts.indices.map { $0 > 0 && HyphenationRepair.continues(texts[$0 - 1], with: texts[$0]) }
        }
        let source = flags(sourceTexts)
        let target = flags(targetTexts)
        guard source.contains(true) || target.contains(true) else { return nil }
        self.source = source
        self.target = target
        self.bonus = bonus
    }

    public func bonus(source s: Range<Int>, target t: Range<Int>) -> Double {
        var total = 0.0
        for k in (s.lowerBound + 1)..<s.upperBound where source[k] { total += bonus }
        for k in (t.lowerBound + 1)..<t.upperBound where target[k] { total += bonus }
        return total
    }

    public func grouped(sourceBlock: Int, targetBlock: Int) -> BeadEvidence? { nil }
}
