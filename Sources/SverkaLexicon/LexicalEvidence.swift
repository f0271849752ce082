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
    /// Per unit, the stem ids of the lexicon's other side reachable from it (sorted, unique), and
    /// its own known stem ids (sorted, unique).
    struct Bags {
        var reach: [[Int32]]
        var own: [[Int32]]
    }

    let source: Bags
    let target: Bags
    /// Nats per unit of z-score.
    public let weight: Double
    /// Baseline mean similarity of unrelated pairs.
    public let baselineMean: Double
    /// Baseline standard deviation.
    public let baselineDeviation: Double
    private var scratch: [[Int32]] = [[], [], [], []]
    private var spare: [Int32] = []

    /// Evidence from per-unit stem ids: `sourceOwn[k]` are source unit k's known source-stem ids,
    /// `sourceReach[k]` the target-stem ids they translate to; likewise for the target side.
    init(sourceOwn: [[Int32]], sourceReach: [[Int32]], targetOwn: [[Int32]], targetReach: [[Int32]], weight: Double) {
        source = Bags(reach: sourceReach, own: sourceOwn)
        target = Bags(reach: targetReach, own: targetOwn)
        self.weight = weight
        let (mean, deviation) = Self.baseline(source: source, target: target)
        baselineMean = mean
        baselineDeviation = deviation
    }

    private init(source: Bags, target: Bags, weight: Double, mean: Double, deviation: Double) {
        self.source = source
        self.target = target
        self.weight = weight
        baselineMean = mean
        baselineDeviation = deviation
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

    public func grouped(sourceBlock: Int, targetBlock: Int) -> BeadEvidence? {
        func group(_ bags: Bags, _ size: Int) -> Bags {
            var reach: [[Int32]] = []
            var own: [[Int32]] = []
            var k = 0
            while k < bags.own.count {
                let end = min(k + size, bags.own.count)
                reach.append(Array(Set(bags.reach[k..<end].joined())).sorted())
                own.append(Array(Set(bags.own[k..<end].joined())).sorted())
                k = end
            }
            return Bags(reach: reach, own: own)
        }
        return LexicalEvidence(source: group(source, sourceBlock), target: group(target, targetBlock), weight: weight,
                               mean: baselineMean, deviation: baselineDeviation)
    }

    /// (matched, known source stems, known target stems) for units `s` against units `t`.
    func counts(source s: Range<Int>, target t: Range<Int>) -> (Int, Int, Int) {
        let sourceReach = gather(source.reach, s, slot: 0)
        let sourceOwn = gather(source.own, s, slot: 1)
        let targetReach = gather(target.reach, t, slot: 2)
        let targetOwn = gather(target.own, t, slot: 3)
        let matched = Self.intersectionCount(sourceReach, targetOwn) + Self.intersectionCount(targetReach, sourceOwn)
        return (matched, sourceOwn.count, targetOwn.count)
    }

    private func gather(_ bags: [[Int32]], _ range: Range<Int>, slot: Int) -> ArraySlice<Int32> {
        if range.count == 1 { return bags[range.lowerBound][...] }
        scratch[slot].removeAll(keepingCapacity: true)
        for k in range { SortedMerge.merge(bags[k][...], into: &scratch[slot], spare: &spare) }
        // unique in place
        var write = 0
        for read in scratch[slot].indices where read == 0 || scratch[slot][read] != scratch[slot][read - 1] {
            scratch[slot][write] = scratch[slot][read]
            write += 1
        }
        scratch[slot].removeLast(scratch[slot].count - write)
        return scratch[slot][...]
    }

    static func intersectionCount(_ a: ArraySlice<Int32>, _ b: ArraySlice<Int32>) -> Int {
        var i = a.startIndex, j = b.startIndex, count = 0
        while i < a.endIndex && j < b.endIndex {
            if a[i] == b[j] { count += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return count
    }

    /// Mean and deviation of the similarity of unit pairs far from the diagonal (deterministic
    /// sample of up to 400 pairs); defaults when the document is too small to tell.
    static func baseline(source: Bags, target: Bags) -> (Double, Double) {
        let n = source.own.count
        let m = target.own.count
        guard n >= 4, m >= 4 else { return (0.05, 0.1) }
        var sims: [Double] = []
        var state: UInt64 = 0x2545F4914F6CDD1D
        for _ in 0..<1200 where sims.count < 400 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let i = Int((state >> 33) % UInt64(n))
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let j = Int((state >> 33) % UInt64(m))
            let diagonal = Double(i) * Double(m) / Double(n)
            guard abs(Double(j) - diagonal) > max(3, 0.1 * Double(m)) else { continue }
            let known = source.own[i].count + target.own[j].count
            guard known > 0 else { continue }
            let matched = intersectionCount(source.reach[i][...], target.own[j][...])
                + intersectionCount(target.reach[j][...], source.own[i][...])
            sims.append(Double(matched) / Double(known))
        }
        guard sims.count >= 20 else { return (0.05, 0.1) }
        let mean = sims.reduce(0, +) / Double(sims.count)
        let variance = sims.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(sims.count)
        return (mean, max(variance.squareRoot(), 0.03))
    }
}
