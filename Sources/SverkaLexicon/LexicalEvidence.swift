import Foundation
import SverkaAlign

/// Evidence from a stem lexicon: how many words of a bead's source side have a translation on its
/// target side and the reverse, compared with what unrelated units of the same document share.
///
/// For source units S and target units T: `matched` is the number of T's known stems that some stem
/// of S translates to, plus the number of S's known stems that some stem of T translates back to;
/// `known` is the number of stems of S and T that the lexicon knows at all. The similarity
/// `sim = matched / known` is turned into a z-score against the document's own baseline — the mean
/// and standard deviation of `sim` over unit pairs far from the diagonal, which are almost surely
/// unrelated — and the bonus is
///
///     bonus = weight · clamp(z, −2, 4) · min(1, √(min(known source, known target) / 4))
///
/// so that a pair sharing many translations gains several nats, an unrelated pair of similar length
/// loses a little (which lets real omissions through), and short units, whose similarity is noisy,
/// count less.
public final class LexicalEvidence: BeadEvidence {
    /// Per unit, its own known stem ids (sorted, unique), kept to build wider windows on demand.
    let sourceOwn: [[Int32]]
    let targetOwn: [[Int32]]
    /// Nats per unit of z-score.
    public let weight: Double
    /// Baseline mean similarity of unrelated pairs.
    public let baselineMean: Double
    /// Baseline standard deviation.
    public let baselineDeviation: Double
    /// Own stems of each window of units, per side, index `width − 1`; built by `prepare`.
    private var sourceOwnWindows: [WindowTable] = []
    private var targetOwnWindows: [WindowTable] = []
    /// The views of those tables and their number, read by `counts` without reference counting or
    /// exclusivity checks (replaced only by `prepare`, never while a search runs).
    @exclusivity(unchecked) private var sourceOwnViews: UnsafeMutablePointer<WindowTable.View>?
    @exclusivity(unchecked) private var targetOwnViews: UnsafeMutablePointer<WindowTable.View>?
    @exclusivity(unchecked) private var sourceOwnWidth = 0
    @exclusivity(unchecked) private var targetOwnWidth = 0
    /// Each unit's reach, flat (a table of width 1), for the inner loop.
    private let sourceReach: ReachTable
    private let targetReach: ReachTable
    /// The matches of the unit pairs of the current search, when prepared.
    private var pairs: LexicalPairTable?
    @exclusivity(unchecked) private var pairView: Unmanaged<LexicalPairTable>?

    /// Evidence from per-unit stem ids: `sourceOwn[k]` are source unit k's known source-stem ids,
    /// `sourceReach[k]` the target-stem ids they translate to; likewise for the target side.
    init(sourceOwn: [[Int32]], sourceReach: [[Int32]], targetOwn: [[Int32]], targetReach: [[Int32]], weight: Double) {
        self.sourceOwn = sourceOwn
        self.targetOwn = targetOwn
        self.weight = weight
        self.sourceReach = ReachTable(sourceReach)
        self.targetReach = ReachTable(targetReach)
        let (mean, deviation) = Self.baseline(sourceOwn: sourceOwn, sourceReach: sourceReach,
                                              targetOwn: targetOwn, targetReach: targetReach)
        baselineMean = mean
        baselineDeviation = deviation
    }

    deinit {
        sourceOwnViews?.deallocate()
        targetOwnViews?.deallocate()
    }

    public func bonus(source s: Range<Int>, target t: Range<Int>) -> Double {
        let (matched, knownSource, knownTarget) = counts(source: s, target: t)
        let known = knownSource + knownTarget
        guard known > 0 else { return 0 }
        let sim = Double(matched) / Double(known)
        let z = (sim - baselineMean) / baselineDeviation
        // Reliability grows with the smaller side only: adding unrelated units to one side must
        // not make the evidence look surer.
        return weight * min(max(z, -2), 4) * min(1, (Double(min(knownSource, knownTarget)) / 4).squareRoot())
    }

    /// No lexical evidence between blocks: coarse search only has to find a corridor that holds
    /// the path, which lengths and anchors do well, while the unions of whole blocks' translations
    /// would cost more than the rest of the search together. The fine search inside the corridor
    /// has the full lexicon.
    public func grouped(sourceBlock: Int, targetBlock: Int) -> BeadEvidence? { nil }

    /// Builds the own-stem tables of windows up to the given widths.
    public func prepare(maxSourceUnits: Int, maxTargetUnits: Int) {
        guard sourceOwnWidth < maxSourceUnits || targetOwnWidth < maxTargetUnits else { return }
        while sourceOwnWindows.count < maxSourceUnits {
            let own = sourceOwn
            sourceOwnWindows.append(WindowTable(count: own.count, width: sourceOwnWindows.count + 1, unique: true) { own[$0][...] })
        }
        while targetOwnWindows.count < maxTargetUnits {
            let own = targetOwn
            targetOwnWindows.append(WindowTable(count: own.count, width: targetOwnWindows.count + 1, unique: true) { own[$0][...] })
        }
        sourceOwnViews?.deallocate()
        targetOwnViews?.deallocate()
        sourceOwnViews = Self.views(sourceOwnWindows)
        targetOwnViews = Self.views(targetOwnWindows)
        sourceOwnWidth = sourceOwnWindows.count
        targetOwnWidth = targetOwnWindows.count
    }

    /// The views of `tables`, in a buffer of their own.
    private static func views(_ tables: [WindowTable]) -> UnsafeMutablePointer<WindowTable.View> {
        let views = UnsafeMutablePointer<WindowTable.View>.allocate(capacity: max(tables.count, 1))
        for (k, table) in tables.enumerated() { (views + k).initialize(to: table.view) }
        return views
    }

    /// Computes the matches of the unit pairs of `pairs` once (see ``LexicalPairTable``), for
    /// beads as wide as the windows prepared so far.
    public func prepare(pairs: UnitPairBand, threads: Int) {
        if let built = self.pairs, built.band == pairs { return }
        pairView = nil
        self.pairs = nil // the previous search's table is freed before the next is built
        let built = LexicalPairTable(band: pairs, sourceOwn: sourceOwn, targetOwn: targetOwn,
                                     sourceReach: sourceReach, targetReach: targetReach,
                                     sourceWidth: sourceOwnWindows.count, targetWidth: targetOwnWindows.count, threads: threads)
        self.pairs = built
        pairView = Unmanaged.passUnretained(built)
    }

    /// (matched, known source stems, known target stems) for units `s` against units `t`.
    /// Reads only (once prepared): safe from several threads at once.
    func counts(source s: Range<Int>, target t: Range<Int>) -> (Int, Int, Int) {
        if sourceOwnWidth < s.count || targetOwnWidth < t.count {
            prepare(maxSourceUnits: s.count, maxTargetUnits: t.count) // not prepared: single-threaded use
        }
        guard let sourceOwnViews, let targetOwnViews else { return (0, 0, 0) }
        let sourceOwn = sourceOwnViews[s.count - 1].window(s.lowerBound)
        let targetOwn = targetOwnViews[t.count - 1].window(t.lowerBound)
        if let matched = pairView?._withUnsafeGuaranteedRef({ $0.matched(source: s, target: t) }) {
            return (matched, sourceOwn.count, targetOwn.count)
        }
        let matched = sourceReach.reachedCount(targetOwn, units: s) + targetReach.reachedCount(sourceOwn, units: t)
        return (matched, sourceOwn.count, targetOwn.count)
    }

    /// The distinct values of `values`, sorted.
    static func sortedUnique<S: Sequence>(_ values: S) -> [Int32] where S.Element == Int32 {
        var result = values.sorted()
        var write = 0
        for read in result.indices where read == 0 || result[read] != result[read - 1] {
            result[write] = result[read]
            write += 1
        }
        result.removeLast(result.count - write)
        return result
    }

    static func intersectionCount<A: RandomAccessCollection, B: RandomAccessCollection>(_ a: A, _ b: B) -> Int
    where A.Element == Int32, B.Element == Int32, A.Index == Int, B.Index == Int {
        var i = a.startIndex, j = b.startIndex, count = 0
        while i < a.endIndex && j < b.endIndex {
            if a[i] == b[j] { count += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return count
    }

    /// Mean and deviation of the similarity of unit pairs far from the diagonal (deterministic
    /// sample of up to 400 pairs); defaults when the document is too small to tell.
    static func baseline(sourceOwn: [[Int32]], sourceReach: [[Int32]],
                         targetOwn: [[Int32]], targetReach: [[Int32]]) -> (Double, Double) {
        let n = sourceOwn.count
        let m = targetOwn.count
        guard n >= 4, m >= 4 else { return (0.05, 0.1) }
        let sims = BackgroundSample.scores(sourceCount: n, targetCount: m) { i, j in
            let known = sourceOwn[i].count + targetOwn[j].count
            guard known > 0 else { return nil }
            let matched = intersectionCount(sourceReach[i][...], targetOwn[j][...])
                + intersectionCount(targetReach[j][...], sourceOwn[i][...])
            return Double(matched) / Double(known)
        }
        guard sims.count >= 20 else { return (0.05, 0.1) }
        let mean = sims.reduce(0, +) / Double(sims.count)
        let variance = sims.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(sims.count)
        return (mean, max(variance.squareRoot(), 0.03))
    }
}
