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
    /// Scratch buffers reused across calls (the search is single-threaded per aligner).
    private var sourceScratch: [Int32] = []
    private var targetScratch: [Int32] = []
    private var spare: [Int32] = []

    /// Evidence over the given features, scored with `vocabulary`'s weights.
    public init(source: UnitFeatures, target: UnitFeatures, vocabulary: AnchorVocabulary) {
        self.source = source
        self.target = target
        self.weights = vocabulary.weights
        self.missPenalties = vocabulary.missPenalties
        sourceScratch.reserveCapacity(256)
        targetScratch.reserveCapacity(256)
    }

    init(source: UnitFeatures, target: UnitFeatures, weights: [Double], missPenalties: [Double]) {
        self.source = source
        self.target = target
        self.weights = weights
        self.missPenalties = missPenalties
    }

    public func bonus(source sourceRange: Range<Int>, target targetRange: Range<Int>) -> Double {
        let a = gather(source, sourceRange, into: &sourceScratch)
        let b = gather(target, targetRange, into: &targetScratch)
        if a.isEmpty && b.isEmpty { return 0 }
        var matched = 0.0
        var missed = 0.0
        var i = a.startIndex
        var j = b.startIndex
        while i < a.endIndex && j < b.endIndex {
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
        while i < a.endIndex { missed += missPenalties[Int(a[i])]; i += 1 }
        while j < b.endIndex { missed += missPenalties[Int(b[j])]; j += 1 }
        return matched - missed
    }

    public func grouped(sourceBlock: Int, targetBlock: Int) -> BeadEvidence? {
        AnchorEvidence(source: source.grouped(by: sourceBlock), target: target.grouped(by: targetBlock),
                       weights: weights, missPenalties: missPenalties)
    }

    /// The sorted anchors of the units in `range`: a slice of the features for one unit, else
    /// merged into `scratch`.
    private func gather(_ features: UnitFeatures, _ range: Range<Int>, into scratch: inout [Int32]) -> ArraySlice<Int32> {
        if range.count == 1 { return features.anchors(of: range.lowerBound) }
        scratch.removeAll(keepingCapacity: true)
        for k in range { SortedMerge.merge(features.anchors(of: k), into: &scratch, spare: &spare) }
        return scratch[...]
    }
}
