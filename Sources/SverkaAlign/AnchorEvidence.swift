/// Evidence from shared anchors (numbers, transliterated word prefixes, acronyms, list markers,
/// punctuation): each anchor found on both sides adds its weight; each found on one side only
/// subtracts its miss penalty (numbers and markers only: a word prefix without a partner says
/// little, since most words are not cognates).
///
/// Anchors are counted as multisets: two `1952`s on one side match at most two on the other.
/// Short numbers weigh little, so that "Book 1" is not drawn to "Chapter 1" by the number alone.
///
/// With counts `cS`, `cT` of an anchor on the two sides, its term `w·min(cS, cT) − p·|cS − cT|`
/// equals `(w + 2p)·min(cS, cT) − p·cS − p·cT`. When no anchor is shared by two units of the
/// same side of a bead, `min(cS, cT)` is the sum over the bead's unit pairs of the same minimum
/// within the pair, so the bonus is the sum of the pairs' shared scores less each unit's
/// penalties: a search computes the unit pairs once (``prepare(pairs:threads:)``) and adds them up
/// for each bead instead of merging its anchor lists. A one-to-one bead keeps the merged sum
/// itself, and beads with an anchor in two units of one side are merged as before.
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
    /// The same tables' storage, read by `bonus` without reference counting (the tables above
    /// keep it alive); replaced only by `prepare`, never while a search runs.
    @exclusivity(unchecked) private var sourceViews: UnsafeMutablePointer<WindowTable.View>?
    @exclusivity(unchecked) private var targetViews: UnsafeMutablePointer<WindowTable.View>?
    /// Weight, miss penalty and shared score (weight + 2 × penalty) of each anchor id, side by side.
    private let scores: UnsafeMutablePointer<(weight: Double, miss: Double, shared: Double)>
    /// Per unit of each side, the sum of its anchors' penalties (in id order).
    private let sourceMisses: UnsafeMutablePointer<Double>
    private let targetMisses: UnsafeMutablePointer<Double>
    /// Per unit of each side, how many units back the nearest unit sharing an anchor with it lies,
    /// within the widest window prepared (0: none); built by `prepare`.
    @exclusivity(unchecked) private var sourceOverlaps: UnsafeMutablePointer<UInt8>?
    @exclusivity(unchecked) private var targetOverlaps: UnsafeMutablePointer<UInt8>?
    /// The merged bonus and the shared score of every unit pair of the current search, when
    /// prepared; `pairView` reads it without reference counting.
    private var pairs: UnitPairValues<(merged: Double, shared: Double)>?
    @exclusivity(unchecked) private var pairView: Unmanaged<UnitPairValues<(merged: Double, shared: Double)>>?

    /// Evidence over the given features, scored with `vocabulary`'s weights.
    public init(source: UnitFeatures, target: UnitFeatures, vocabulary: AnchorVocabulary) {
        self.source = source
        self.target = target
        self.weights = vocabulary.weights
        self.missPenalties = vocabulary.missPenalties
        self.blockMissPenalties = vocabulary.blockMissPenalties
        self.scores = Self.interleaved(weights, missPenalties)
        self.sourceMisses = Self.missSums(source, scores)
        self.targetMisses = Self.missSums(target, scores)
    }

    init(source: UnitFeatures, target: UnitFeatures, weights: [Double], missPenalties: [Double]) {
        self.source = source
        self.target = target
        self.weights = weights
        self.missPenalties = missPenalties
        self.blockMissPenalties = missPenalties
        self.scores = Self.interleaved(weights, missPenalties)
        self.sourceMisses = Self.missSums(source, scores)
        self.targetMisses = Self.missSums(target, scores)
    }

    deinit {
        for pointer in [sourceMisses, targetMisses] { pointer.deallocate() }
        scores.deallocate()
        sourceViews?.deallocate()
        targetViews?.deallocate()
        sourceOverlaps?.deallocate()
        targetOverlaps?.deallocate()
    }

    private static func interleaved(_ weights: [Double], _ missPenalties: [Double])
    -> UnsafeMutablePointer<(weight: Double, miss: Double, shared: Double)> {
        let scores = UnsafeMutablePointer<(weight: Double, miss: Double, shared: Double)>.allocate(capacity: max(weights.count, 1))
        for id in weights.indices {
            (scores + id).initialize(to: (weights[id], missPenalties[id], weights[id] + 2 * missPenalties[id]))
        }
        return scores
    }

    /// Each unit's sum of penalties, anchor after anchor in id order.
    private static func missSums(_ features: UnitFeatures, _ scores: UnsafeMutablePointer<(weight: Double, miss: Double, shared: Double)>)
    -> UnsafeMutablePointer<Double> {
        let sums = UnsafeMutablePointer<Double>.allocate(capacity: max(features.count, 1))
        for k in 0..<features.count {
            var sum = 0.0
            for id in features.anchors(of: k) { sum += scores[Int(id)].miss }
            (sums + k).initialize(to: sum)
        }
        return sums
    }

    /// Per unit, the distance back (1 ..< `width`) to the nearest unit sharing an anchor with it, 0 if none.
    private static func overlaps(_ features: UnitFeatures, width: Int) -> UnsafeMutablePointer<UInt8> {
        let overlaps = UnsafeMutablePointer<UInt8>.allocate(capacity: max(features.count, 1))
        for k in 0..<features.count {
            var found: UInt8 = 0
            for d in 1..<max(width, 1) where k - d >= 0 && sharesAnchor(features.anchors(of: k), features.anchors(of: k - d)) {
                found = UInt8(d)
                break
            }
            (overlaps + k).initialize(to: found)
        }
        return overlaps
    }

    /// Whether two sorted lists have an id in common.
    private static func sharesAnchor(_ a: ArraySlice<Int32>, _ b: ArraySlice<Int32>) -> Bool {
        var i = a.startIndex, j = b.startIndex
        while i < a.endIndex && j < b.endIndex {
            if a[i] == b[j] { return true }
            if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return false
    }

    /// Whether no anchor of the `range` window is in two of its units.
    @inline(__always)
    private static func unitsShareNothing(_ range: Range<Int>, _ overlaps: UnsafeMutablePointer<UInt8>) -> Bool {
        var u = range.lowerBound + 1
        while u < range.upperBound {
            let d = Int(overlaps[u])
            if d != 0 && d <= u - range.lowerBound { return false }
            u += 1
        }
        return true
    }

    /// The views of `tables`, in a buffer of their own.
    private static func views(_ tables: [WindowTable]) -> UnsafeMutablePointer<WindowTable.View> {
        let views = UnsafeMutablePointer<WindowTable.View>.allocate(capacity: max(tables.count, 1))
        for (k, table) in tables.enumerated() { (views + k).initialize(to: table.view) }
        return views
    }

    /// Builds the window tables up to the given widths (once: later calls only add wider ones).
    public func prepare(maxSourceUnits: Int, maxTargetUnits: Int) {
        guard sourceWindows.count < maxSourceUnits || targetWindows.count < maxTargetUnits else { return }
        while sourceWindows.count < maxSourceUnits {
            let features = source
            sourceWindows.append(WindowTable(count: source.count, width: sourceWindows.count + 1) { features.anchors(of: $0) })
        }
        while targetWindows.count < maxTargetUnits {
            let features = target
            targetWindows.append(WindowTable(count: target.count, width: targetWindows.count + 1) { features.anchors(of: $0) })
        }
        sourceViews?.deallocate()
        targetViews?.deallocate()
        sourceViews = Self.views(sourceWindows)
        targetViews = Self.views(targetWindows)
        sourceOverlaps?.deallocate()
        targetOverlaps?.deallocate()
        sourceOverlaps = Self.overlaps(source, width: sourceWindows.count)
        targetOverlaps = Self.overlaps(target, width: targetWindows.count)
    }

    /// Computes the merged bonus and the shared score of every unit pair of `pairs` once.
    public func prepare(pairs: UnitPairBand, threads: Int) {
        if let built = self.pairs, built.band == pairs { return }
        prepare(maxSourceUnits: 1, maxTargetUnits: 1)
        pairView = nil
        self.pairs = nil // the previous search's table is freed before the next is built
        guard let sourceViews, let targetViews else { return }
        let (sourceUnits, targetUnits) = (sourceViews[0], targetViews[0])
        let built = UnitPairValues(band: pairs, threads: threads) { [unowned self] i, j in
            scored(sourceUnits.window(i), targetUnits.window(j))
        }
        self.pairs = built
        pairView = Unmanaged.passUnretained(built)
    }

    public func bonus(source sourceRange: Range<Int>, target targetRange: Range<Int>) -> Double {
        if sourceWindows.count < sourceRange.count || targetWindows.count < targetRange.count {
            prepare(maxSourceUnits: sourceRange.count, maxTargetUnits: targetRange.count) // not prepared: single-threaded use
        }
        guard let sourceViews, let targetViews, let sourceOverlaps, let targetOverlaps else { return 0 }
        if sourceRange.count == 1 && targetRange.count == 1 {
            if let known = pairView?._withUnsafeGuaranteedRef({ $0.value(sourceRange.lowerBound, targetRange.lowerBound) }) {
                return known.merged
            }
        } else if Self.unitsShareNothing(sourceRange, sourceOverlaps) && Self.unitsShareNothing(targetRange, targetOverlaps) {
            var shared = 0.0
            for i in sourceRange {
                for j in targetRange {
                    shared += pairView?._withUnsafeGuaranteedRef({ $0.value(i, j) })?.shared
                        ?? scored(sourceViews[0].window(i), targetViews[0].window(j)).shared
                }
            }
            var sourceMissed = 0.0
            for i in sourceRange { sourceMissed += sourceMisses[i] }
            var targetMissed = 0.0
            for j in targetRange { targetMissed += targetMisses[j] }
            return shared - sourceMissed - targetMissed
        }
        return scored(sourceViews[sourceRange.count - 1].window(sourceRange.lowerBound),
                      targetViews[targetRange.count - 1].window(targetRange.lowerBound)).merged
    }

    /// The merge of two sorted anchor lists: `merged`, the weights of the shared anchors less the
    /// penalties of the others, summed in merge order; `shared`, the shared scores of the shared
    /// anchors.
    @inline(__always)
    private func scored(_ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>) -> (merged: Double, shared: Double) {
        if a.isEmpty && b.isEmpty { return (0, 0) }
        let scores = self.scores
        var matched = 0.0
        var missed = 0.0
        var shared = 0.0
        var i = 0
        var j = 0
        while i < a.count && j < b.count {
            let x = a[i], y = b[j]
            if x == y {
                matched += scores[Int(x)].weight
                shared += scores[Int(x)].shared
                i += 1
                j += 1
            } else if x < y {
                missed += scores[Int(x)].miss
                i += 1
            } else {
                missed += scores[Int(y)].miss
                j += 1
            }
        }
        while i < a.count { missed += scores[Int(a[i])].miss; i += 1 }
        while j < b.count { missed += scores[Int(b[j])].miss; j += 1 }
        return (matched - missed, shared)
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
