/// Evidence over a window of a larger problem: ranges are shifted by fixed offsets before they
/// reach the underlying evidence. Lets the sentence search inside one paragraph bead reuse the
/// features computed once for the whole document.
final class OffsetEvidence: BeadEvidence {
    let base: BeadEvidence
    let sourceOffset: Int
    let targetOffset: Int

    init(base: BeadEvidence, sourceOffset: Int, targetOffset: Int) {
        self.base = base
        self.sourceOffset = sourceOffset
        self.targetOffset = targetOffset
    }

    func prepare(maxSourceUnits: Int, maxTargetUnits: Int) {
        base.prepare(maxSourceUnits: maxSourceUnits, maxTargetUnits: maxTargetUnits)
    }

    func prepare(pairs: UnitPairBand, threads: Int) {
        base.prepare(pairs: pairs.shifted(source: sourceOffset, target: targetOffset), threads: threads)
    }

    func bonus(source: Range<Int>, target: Range<Int>) -> Double {
        base.bonus(source: (source.lowerBound + sourceOffset)..<(source.upperBound + sourceOffset),
                   target: (target.lowerBound + targetOffset)..<(target.upperBound + targetOffset))
    }

    func grouped(sourceBlock: Int, targetBlock: Int) -> BeadEvidence? { nil }
}
