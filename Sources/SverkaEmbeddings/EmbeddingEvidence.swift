import Foundation
import SverkaAlign

/// Evidence from sentence embeddings: the cosine similarity of a bead's two sides, compared with
/// what unrelated units of the same document score, as ``LexicalEvidence`` does with shared
/// translations.
///
/// The baseline is the mean and deviation of the cosine of single-unit pairs far from the diagonal
/// (a deterministic sample); with `z = (cos − mean) / deviation` the bonus is
///
///     bonus = weight · clamp(z, −2, 4)
///
/// so a pair that means the same gains several nats and an unrelated pair of similar length loses a
/// little. Multilingual models score every pair of sentences of one text high (0.7–0.9 for e5), so
/// only the document's own spread makes the cosine comparable across documents and models.
public final class EmbeddingEvidence: BeadEvidence {
    private var source: UnitVectors
    private var target: UnitVectors
    /// Nats per unit of z-score.
    public let weight: Double
    /// Baseline mean cosine of unrelated pairs.
    public let baselineMean: Double
    /// Baseline standard deviation.
    public let baselineDeviation: Double
    /// How much of a run's hubness (its mean cosine with the other side's units) is taken off its
    /// cosines: 0 plain cosine, 1 the margin score of bitext mining (Artetxe & Schwenk 2019).
    public let hubness: Double
    /// Per side and width − 1, each run's mean cosine with a sample of the other side's units.
    private var sourceHubs: [[Float]] = []
    private var targetHubs: [[Float]] = []
    private let lock = NSLock()

    /// Evidence between `source` and `target` vectors.
    init(source: UnitVectors, target: UnitVectors, weight: Double, hubness: Double = 0) {
        self.source = source
        self.target = target
        self.weight = weight
        self.hubness = hubness
        if hubness > 0 {
            sourceHubs = (1...source.maxWidth).map { Self.hubs(of: source, width: $0, against: target) }
            targetHubs = (1...target.maxWidth).map { Self.hubs(of: target, width: $0, against: source) }
        }
        (baselineMean, baselineDeviation) = Self.baseline(source, target, sourceHubs, targetHubs, hubness)
    }

    /// The score of runs `s` and `t`: their cosine, less `hubness` times their mean hubness.
    func score(_ s: Range<Int>, _ t: Range<Int>) -> Double {
        let cosine = Double(source.cosine(s, with: target, t))
        guard hubness > 0 else { return cosine }
        return cosine - hubness * 0.5 * Double(sourceHubs[s.count - 1][s.lowerBound] + targetHubs[t.count - 1][t.lowerBound])
    }

    /// Each run of `width` of `side`: its mean cosine with up to 24 units of `other` spread evenly
    /// over the document, away from the run's own place.
    static func hubs(of side: UnitVectors, width: Int, against other: UnitVectors) -> [Float] {
        let runs = max(side.count - width + 1, 0)
        let m = other.count
        let samples = min(24, m)
        return (0..<runs).map { k in
            let diagonal = Double(k) * Double(m) / Double(max(side.count, 1))
            var sum: Float = 0
            var used = 0
            for r in 0..<samples {
                let j = Int((Double(r) + 0.5) * Double(m) / Double(samples))
                guard abs(Double(j) - diagonal) > max(3, 0.1 * Double(m)) || m < 8 else { continue }
                sum += side.cosine(k..<(k + width), with: other, j..<(j + 1))
                used += 1
            }
            return used > 0 ? sum / Float(used) : 0
        }
    }

    public func bonus(source s: Range<Int>, target t: Range<Int>) -> Double {
        if s.count > source.maxWidth || t.count > target.maxWidth {
            prepare(maxSourceUnits: s.count, maxTargetUnits: t.count) // not prepared: single-threaded use
        }
        let z = (score(s, t) - baselineMean) / baselineDeviation
        return weight * min(max(z, -2), 4)
    }

    /// None between blocks: the coarse search finds its corridor from lengths and anchors.
    public func grouped(sourceBlock: Int, targetBlock: Int) -> BeadEvidence? { nil }

    /// Adds the wider runs' vectors (sums of their units').
    public func prepare(maxSourceUnits: Int, maxTargetUnits: Int) {
        lock.lock()
        defer { lock.unlock() }
        source.extend(to: maxSourceUnits)
        target.extend(to: maxTargetUnits)
        guard hubness > 0 else { return }
        while sourceHubs.count < source.maxWidth { sourceHubs.append(Self.hubs(of: source, width: sourceHubs.count + 1, against: target)) }
        while targetHubs.count < target.maxWidth { targetHubs.append(Self.hubs(of: target, width: targetHubs.count + 1, against: source)) }
    }

    /// Mean and deviation of the cosine of unit pairs far from the diagonal (deterministic sample
    /// of up to 400 pairs); defaults when the document is too small to tell.
    static func baseline(_ source: UnitVectors, _ target: UnitVectors, _ sourceHubs: [[Float]], _ targetHubs: [[Float]],
                         _ hubness: Double) -> (Double, Double) {
        let n = source.count
        let m = target.count
        guard n >= 4, m >= 4 else { return (0.75, 0.05) }
        let values = BackgroundSample.scores(sourceCount: n, targetCount: m) { i, j in
            var value = Double(source.cosine(i..<(i + 1), with: target, j..<(j + 1)))
            if hubness > 0 { value -= hubness * 0.5 * Double(sourceHubs[0][i] + targetHubs[0][j]) }
            return value
        }
        guard values.count >= 20 else { return (0.75, 0.05) }
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
        return (mean, max(variance.squareRoot(), 0.01))
    }
}
