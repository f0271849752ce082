/// Evidence from shared anchors (numbers, transliterated word prefixes, acronyms, list markers,
/// punctuation): each anchor found on both sides adds its weight; each found on one side only
/// subtracts its miss penalty (numbers and markers only: a word prefix without a partner says
/// little, since most words are not cognates).
///
/// Anchors are counted as multisets: two `1952`s on one side match at most two on the other.
/// Short numbers weigh little, so that "Book 1" is not drawn to "Chapter 1" by the number alone.
public final class AnchorEvidence: BeadEvidence {
    let source: UnitFeatures
    let target: UnitFeatures
    let weights: [Double]
    let missPenalties: [Double]
    /// The miss penalties of coarse blocks (see ``AnchorVocabulary/blockMissPenalties``).
    let blockMissPenalties: [Double]
    /// Window tables per side, index `width − 1`, built by `prepare` before the search.
    private var sourceWindows: [WindowTable] = []
    private var targetWindows: [WindowTable] = []

    /// Evidence over the given features, scored with `vocabulary`'s weights.
    package init(source: UnitFeatures, target: UnitFeatures, vocabulary: AnchorVocabulary) {
        self.source = source
        self.target = target
        self.weights = vocabulary.weights
        self.missPenalties = vocabulary.missPenalties
        self.blockMissPenalties = vocabulary.blockMissPenalties
    }

    init(source: UnitFeatures, target: UnitFeatures, weights: [Double], missPenalties: [Double]) {
        self.source = source
        self.target = target
        self.weights = weights
        self.missPenalties = missPenalties
        self.blockMissPenalties = missPenalties
    }

    /// Builds the window tables up to the given widths (once: later calls only add wider ones).
    public func prepare(maxSourceUnits: Int, maxTargetUnits: Int) {
        while sourceWindows.count < maxSourceUnits {
            let features = source
            sourceWindows.append(WindowTable(count: source.count, width: sourceWindows.count + 1) { features.anchors(of: $0) })
        }
        while targetWindows.count < maxTargetUnits {
            let features = target
            targetWindows.append(WindowTable(count: target.count, width: targetWindows.count + 1) { features.anchors(of: $0) })
        }
    }

    public func bonus(source sourceRange: Range<Int>, target targetRange: Range<Int>) -> Double {
        if sourceWindows.count < sourceRange.count || targetWindows.count < targetRange.count {
            prepare(maxSourceUnits: sourceRange.count, maxTargetUnits: targetRange.count) // not prepared: single-threaded use
        }
        let a = sourceWindows[sourceRange.count - 1].window(sourceRange.lowerBound)
        let b = targetWindows[targetRange.count - 1].window(targetRange.lowerBound)
        if a.isEmpty && b.isEmpty { return 0 }
        return weights.withUnsafeBufferPointer { weights in
            missPenalties.withUnsafeBufferPointer { missPenalties in
                var matched = 0.0
                var missed = 0.0
                var i = 0
                var j = 0
                while i < a.count && j < b.count {
                    let x = a[i], y = b[j]
                    if x == y {
                        matched += weights[Int(x)]
                        i += 1
                        j += 1
                    } else if x < y {
                        missed += missPenalties[Int(x)]
                        i += 1
                    } else {
                        missed += missPenalties[Int(y)]
                        j += 1
                    }
                }
                while i < a.count { missed += missPenalties[Int(a[i])]; i += 1 }
                while j < b.count { missed += missPenalties[Int(b[j])]; j += 1 }
                return matched - missed
            }
        }
    }

    /// Blocks carry the union of their units' anchors, thinned when it grows past
    /// ``coarseAnchorBudget`` per block: each level of coarse search then costs about as much as
    /// the fine one instead of four times more per level, and the whole search stays linear.
    public func grouped(sourceBlock: Int, targetBlock: Int) -> BeadEvidence? {
        let groupedSource = source.grouped(by: sourceBlock)
        let groupedTarget = target.grouped(by: targetBlock)
        let blocks = max(groupedSource.count + groupedTarget.count, 1)
        let perBlock = Double(groupedSource.anchorIDs.count + groupedTarget.anchorIDs.count) / Double(blocks)
        guard perBlock > Self.coarseAnchorBudget else {
            return AnchorEvidence(source: groupedSource, target: groupedTarget, weights: weights, missPenalties: blockMissPenalties)
        }
        let sample = AnchorSample(rate: Self.coarseAnchorBudget / perBlock)
        return AnchorEvidence(source: sample.thinned(groupedSource), target: sample.thinned(groupedTarget),
                              weights: sample.scaled(weights), missPenalties: sample.scaled(blockMissPenalties))
    }

    /// Average anchors per block (both sides) above which coarse blocks keep only a sample.
    static let coarseAnchorBudget = 12.0
}
