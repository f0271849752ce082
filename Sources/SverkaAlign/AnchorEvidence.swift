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
    /// Working space and window unions, built as the search asks for them (the search is
    /// single-threaded per aligner).
    private var spare: [Int32] = []
    private var sourceWindows: [Int: [[Int32]]] = [:]
    private var targetWindows: [Int: [[Int32]]] = [:]

    /// Evidence over the given features, scored with `vocabulary`'s weights.
    public init(source: UnitFeatures, target: UnitFeatures, vocabulary: AnchorVocabulary) {
        self.source = source
        self.target = target
        self.weights = vocabulary.weights
        self.missPenalties = vocabulary.missPenalties
    }

    init(source: UnitFeatures, target: UnitFeatures, weights: [Double], missPenalties: [Double]) {
        self.source = source
        self.target = target
        self.weights = weights
        self.missPenalties = missPenalties
    }

    public func bonus(source sourceRange: Range<Int>, target targetRange: Range<Int>) -> Double {
        let a = gather(sourceSide: true, sourceRange)
        let b = gather(sourceSide: false, targetRange)
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

    /// The sorted anchors of the units in `range`: a slice of the features for one unit, else the
    /// precomputed union for that window width (built once per width and side: the search asks
    /// for the same windows again for every cell of a row or column).
    private func gather(sourceSide: Bool, _ range: Range<Int>) -> ArraySlice<Int32> {
        let features = sourceSide ? source : target
        if range.count == 1 { return features.anchors(of: range.lowerBound) }
        let width = range.count
        if sourceSide {
            let built = sourceWindows[width] ?? windows(of: features, width: width)
            if sourceWindows[width] == nil { sourceWindows[width] = built }
            return built[range.lowerBound][...]
        }
        let built = targetWindows[width] ?? windows(of: features, width: width)
        if targetWindows[width] == nil { targetWindows[width] = built }
        return built[range.lowerBound][...]
    }

    /// For each start k, the merged anchors of units k..<k+width (clipped at the end).
    private func windows(of features: UnitFeatures, width: Int) -> [[Int32]] {
        var result: [[Int32]] = []
        result.reserveCapacity(features.count)
        var merged: [Int32] = []
        for start in 0..<features.count {
            merged.removeAll(keepingCapacity: true)
            for k in start..<min(start + width, features.count) {
                SortedMerge.merge(features.anchors(of: k), into: &merged, spare: &spare)
            }
            result.append(merged)
        }
        return result
    }
}
