/// Evidence from shared anchors (numbers, transliterated word prefixes, acronyms, list markers,
/// punctuation): each anchor found on both sides adds its weight; each found on one side only
/// subtracts its miss penalty (numbers and markers only: a word prefix without a partner says
/// little, since most words are not cognates).
///
/// Anchors are counted as multisets: two `1952`s on one side match at most two on the other.
/// Short numbers weigh little, so that "Book 1" is not drawn to "Chapter 1" by the number alone.
///
/// With counts `cS`, `cT` of an anchor on the two sides, its term `w·min(cS, cT) − p·|cS − cT|`
/// equals `(w + 2p)·min(cS, cT) − p·cS − p·cT`. For an anchor held by one unit on each side,
/// `min(cS, cT)` is the minimum within that unit pair, so a bead's bonus is the sum of its unit
/// pairs' shared scores less its units' penalties, corrected for the few anchors that two units
/// of one side hold: a search computes the unit pairs once (``prepare(pairs:threads:)``) and adds
/// them up for each bead instead of merging its anchor lists. A one-to-one bead keeps the merged
/// sum itself.
public final class AnchorEvidence: BeadEvidence {
    let source: UnitFeatures
    let target: UnitFeatures
    let weights: [Double]
    let missPenalties: [Double]
    /// The miss penalties of coarse blocks (see ``AnchorVocabulary/blockMissPenalties``).
    let blockMissPenalties: [Double]
    /// Each unit's anchors, stored flat, and the view `bonus` reads them through without
    /// reference counting (the tables keep the storage alive).
    private let sourceTable: WindowTable
    private let targetTable: WindowTable
    private let sourceUnits: WindowTable.View
    private let targetUnits: WindowTable.View
    /// Weight, miss penalty and shared score (weight + 2 × penalty) of each anchor id, side by side.
    private let scores: UnsafeMutablePointer<(weight: Double, miss: Double, shared: Double)>
    /// Per unit of each side, the sum of its anchors' penalties (in id order).
    private let sourceMisses: UnsafeMutablePointer<Double>
    private let targetMisses: UnsafeMutablePointer<Double>
    /// Per unit of each side, a 64-bit mask with the bit of each of its anchors (``maskBit(_:)``):
    /// a unit whose mask lacks an anchor's bit does not hold it.
    private let sourceMasks: UnsafeMutablePointer<UInt64>
    private let targetMasks: UnsafeMutablePointer<UInt64>
    /// Per side and window width (index `width − 1`; width 1 empty), the anchors that two units
    /// of each window hold, sorted; built by `prepare` before the search (replaced only there,
    /// never while a search runs), read through the views.
    private var sourceRepeats: [RepeatTable] = []
    private var targetRepeats: [RepeatTable] = []
    @exclusivity(unchecked) private var sourceRepeatViews: UnsafeMutablePointer<RepeatTable.View>?
    @exclusivity(unchecked) private var targetRepeatViews: UnsafeMutablePointer<RepeatTable.View>?
    /// The window widths the repeat tables serve (their counts, read by `bonus` without the
    /// exclusivity checks that reading the arrays would cost).
    @exclusivity(unchecked) private var sourceRepeatWidth = 0
    @exclusivity(unchecked) private var targetRepeatWidth = 0
    /// The merged bonus and the shared score of every unit pair of the current search, when
    /// prepared; `pairView` reads it without reference counting.
    private var pairs: UnitPairValues<(merged: Double, shared: Double)>?
    @exclusivity(unchecked) private var pairView: UnitPairValues<(merged: Double, shared: Double)>.View?

    /// Evidence over the given features, scored with `vocabulary`'s weights.
    package init(source: UnitFeatures, target: UnitFeatures, vocabulary: AnchorVocabulary) {
        self.source = source
        self.target = target
        self.weights = vocabulary.weights
        self.missPenalties = vocabulary.missPenalties
        self.blockMissPenalties = vocabulary.blockMissPenalties
        self.scores = Self.interleaved(weights, missPenalties)
        self.sourceMisses = Self.missSums(source, scores)
        self.targetMisses = Self.missSums(target, scores)
        (sourceMasks, targetMasks) = (Self.masks(source), Self.masks(target))
        (sourceTable, targetTable) = (Self.unitTable(source), Self.unitTable(target))
        (sourceUnits, targetUnits) = (sourceTable.view, targetTable.view)
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
        (sourceMasks, targetMasks) = (Self.masks(source), Self.masks(target))
        (sourceTable, targetTable) = (Self.unitTable(source), Self.unitTable(target))
        (sourceUnits, targetUnits) = (sourceTable.view, targetTable.view)
    }

    deinit {
        for pointer in [sourceMisses, targetMisses] { pointer.deallocate() }
        for pointer in [sourceMasks, targetMasks] { pointer.deallocate() }
        scores.deallocate()
        sourceRepeatViews?.deallocate()
        targetRepeatViews?.deallocate()
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

    /// The bit of anchor `id` in a unit's mask.
    @inline(__always)
    private static func maskBit(_ id: Int32) -> UInt64 {
        1 << UInt64((UInt32(bitPattern: id) &* 2_654_435_769) >> 26)
    }

    /// Each unit's mask of anchor bits.
    private static func masks(_ features: UnitFeatures) -> UnsafeMutablePointer<UInt64> {
        let masks = UnsafeMutablePointer<UInt64>.allocate(capacity: max(features.count, 1))
        for k in 0..<features.count {
            var mask: UInt64 = 0
            for id in features.anchors(of: k) { mask |= maskBit(id) }
            (masks + k).initialize(to: mask)
        }
        return masks
    }

    /// How many times unit `k`'s sorted anchors hold `id`.
    @inline(__always)
    private static func count(of id: Int32, in units: WindowTable.View, _ k: Int) -> Int {
        var n = 0
        for x in units.window(k) {
            if x == id { n += 1 } else if x > id { break }
        }
        return n
    }

    /// How many times each unit of `range` holds `id`, packed as in ``RepeatTable`` (16 bits per
    /// unit, the first lowest), or ``RepeatTable/unpacked`` when the range is too wide or a count
    /// too large. Units whose masks lack the anchor's bit hold none; unless `all`, the anchor is
    /// known to repeat in no two units of the range, so the first unit holding it is the only one.
    @inline(__always)
    private static func held(_ id: Int32, in range: Range<Int>, _ units: WindowTable.View, _ masks: UnsafeMutablePointer<UInt64>,
                             all: Bool = false) -> UInt64 {
        guard range.count <= RepeatTable.maxPackedWidth else { return RepeatTable.unpacked }
        let bit = maskBit(id)
        var packed: UInt64 = 0
        for (n, k) in range.enumerated() where masks[k] & bit != 0 {
            let held = count(of: id, in: units, k)
            guard held > 0 else { continue }
            guard held <= 0xFFFF else { return RepeatTable.unpacked }
            packed |= UInt64(held) << UInt64(16 * n)
            if !all { break }
        }
        return packed
    }

    /// The excess of the unit pairs' count of `id` over the bead's, counted in the units
    /// themselves: for beads whose counts cannot be packed.
    private static func excess(of id: Int32, _ sourceRange: Range<Int>, _ targetRange: Range<Int>,
                               _ sourceUnits: WindowTable.View, _ targetUnits: WindowTable.View) -> Int {
        var onSource = 0
        var onTarget = 0
        var counted = 0
        for i in sourceRange {
            let held = count(of: id, in: sourceUnits, i)
            onSource += held
            guard held > 0 else { continue }
            for j in targetRange { counted += min(held, count(of: id, in: targetUnits, j)) }
        }
        for j in targetRange { onTarget += count(of: id, in: targetUnits, j) }
        return counted - min(onSource, onTarget)
    }

    /// The anchors of each unit of `features`, stored flat.
    private static func unitTable(_ features: UnitFeatures) -> WindowTable {
        WindowTable(count: features.count, width: 1) { features.anchors(of: $0) }
    }

    /// The views of `tables`, in a buffer of their own.
    private static func views(_ tables: [RepeatTable]) -> UnsafeMutablePointer<RepeatTable.View> {
        let views = UnsafeMutablePointer<RepeatTable.View>.allocate(capacity: max(tables.count, 1))
        for (k, table) in tables.enumerated() { (views + k).initialize(to: table.view) }
        return views
    }

    /// Builds the tables of anchors repeated within windows up to the given widths (once: later
    /// calls only add wider ones).
    public func prepare(maxSourceUnits: Int, maxTargetUnits: Int) {
        guard sourceRepeats.count < maxSourceUnits || targetRepeats.count < maxTargetUnits else { return }
        while sourceRepeats.count < maxSourceUnits { sourceRepeats.append(RepeatTable(source, width: sourceRepeats.count + 1)) }
        while targetRepeats.count < maxTargetUnits { targetRepeats.append(RepeatTable(target, width: targetRepeats.count + 1)) }
        sourceRepeatViews?.deallocate()
        targetRepeatViews?.deallocate()
        sourceRepeatViews = Self.views(sourceRepeats)
        targetRepeatViews = Self.views(targetRepeats)
        sourceRepeatWidth = sourceRepeats.count
        targetRepeatWidth = targetRepeats.count
    }

    /// Computes the merged bonus and the shared score of every unit pair of `pairs` once.
    public func prepare(pairs: UnitPairBand, threads: Int) {
        if let built = self.pairs, built.band == pairs { return }
        pairView = nil
        self.pairs = nil // the previous search's table is freed before the next is built
        let (sourceUnits, targetUnits) = (self.sourceUnits, self.targetUnits)
        let built = UnitPairValues(band: pairs, threads: threads) { [unowned self] i, j in
            scored(sourceUnits.window(i), targetUnits.window(j))
        }
        self.pairs = built
        pairView = built.view
    }

    public func bonus(source sourceRange: Range<Int>, target targetRange: Range<Int>) -> Double {
        if sourceRepeatWidth < sourceRange.count || targetRepeatWidth < targetRange.count {
            prepare(maxSourceUnits: sourceRange.count, maxTargetUnits: targetRange.count) // not prepared: single-threaded use
        }
        guard let sourceRepeatViews, let targetRepeatViews else { return 0 }
        let (sourceUnits, targetUnits) = (self.sourceUnits, self.targetUnits)
        let pairView = self.pairView
        if sourceRange.count == 1 && targetRange.count == 1 {
            return pairView?.value(sourceRange.lowerBound, targetRange.lowerBound)?.merged
                ?? scored(sourceUnits.window(sourceRange.lowerBound), targetUnits.window(targetRange.lowerBound)).merged
        }
        var shared = 0.0
        for i in sourceRange {
            for j in targetRange {
                shared += pairView?.value(i, j)?.shared ?? scored(sourceUnits.window(i), targetUnits.window(j)).shared
            }
        }
        // An anchor that two units of one side hold was counted once per unit pair: count it as
        // the whole bead's minimum instead.
        let sourceRepeated = sourceRepeatViews[sourceRange.count - 1].window(sourceRange.lowerBound)
        let targetRepeated = targetRepeatViews[targetRange.count - 1].window(targetRange.lowerBound)
        var a = 0
        var b = 0
        while a < sourceRepeated.ids.count || b < targetRepeated.ids.count {
            // The next anchor repeated on either side, with its counts in the bead's units on
            // both: from the tables where it repeats, else found in the other side's units.
            let id: Int32
            var sourceHeld: UInt64
            var targetHeld: UInt64
            if b == targetRepeated.ids.count || (a < sourceRepeated.ids.count && sourceRepeated.ids[a] < targetRepeated.ids[b]) {
                id = sourceRepeated.ids[a]
                sourceHeld = sourceRepeated.held[a]
                targetHeld = Self.held(id, in: targetRange, targetUnits, targetMasks)
                a += 1
            } else {
                id = targetRepeated.ids[b]
                targetHeld = targetRepeated.held[b]
                if a < sourceRepeated.ids.count && sourceRepeated.ids[a] == id {
                    sourceHeld = sourceRepeated.held[a]
                    a += 1
                } else {
                    sourceHeld = Self.held(id, in: sourceRange, sourceUnits, sourceMasks)
                }
                b += 1
            }
            if sourceHeld == RepeatTable.unpacked || targetHeld == RepeatTable.unpacked {
                sourceHeld = Self.held(id, in: sourceRange, sourceUnits, sourceMasks, all: true)
                targetHeld = Self.held(id, in: targetRange, targetUnits, targetMasks, all: true)
                if sourceHeld == RepeatTable.unpacked || targetHeld == RepeatTable.unpacked {
                    let excess = Self.excess(of: id, sourceRange, targetRange, sourceUnits, targetUnits)
                    if excess != 0 { shared -= Double(excess) * scores[Int(id)].shared }
                    continue
                }
            }
            // An anchor missing from either side was not counted at all.
            guard sourceHeld != 0 && targetHeld != 0 else { continue }
            var onSource = 0
            var onTarget = 0
            var counted = 0
            for n in 0..<targetRange.count { onTarget += Int(truncatingIfNeeded: (targetHeld >> UInt64(16 * n)) & 0xFFFF) }
            for m in 0..<sourceRange.count {
                let held = Int(truncatingIfNeeded: (sourceHeld >> UInt64(16 * m)) & 0xFFFF)
                guard held > 0 else { continue }
                onSource += held
                for n in 0..<targetRange.count { counted += min(held, Int(truncatingIfNeeded: (targetHeld >> UInt64(16 * n)) & 0xFFFF)) }
            }
            let excess = counted - min(onSource, onTarget)
            if excess != 0 { shared -= Double(excess) * scores[Int(id)].shared }
        }
        var sourceMissed = 0.0
        for i in sourceRange { sourceMissed += sourceMisses[i] }
        var targetMissed = 0.0
        for j in targetRange { targetMissed += targetMisses[j] }
        return shared - sourceMissed - targetMissed
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
