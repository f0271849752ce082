/// Evidence over a window of a larger problem: ranges are shifted by fixed offsets before they
/// reach the underlying evidence. Lets the sentence search inside one paragraph bead reuse the
/// features computed once for the whole document.
struct OffsetEvidence: BeadEvidence {
    let base: BeadEvidence
    let sourceOffset: Int
    let targetOffset: Int

    func bonus(source: Range<Int>, target: Range<Int>) -> Double {
        base.bonus(source: (source.lowerBound + sourceOffset)..<(source.upperBound + sourceOffset),
                   target: (target.lowerBound + targetOffset)..<(target.upperBound + targetOffset))
    }

    func grouped(sourceBlock: Int, targetBlock: Int) -> BeadEvidence? { nil }
}
