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
    private let lock = NSLock()

    /// Evidence between `source` and `target` vectors.
    init(source: UnitVectors, target: UnitVectors, weight: Double) {
        self.source = source
        self.target = target
        self.weight = weight
        (baselineMean, baselineDeviation) = Self.baseline(source, target)
    }

    public func bonus(source s: Range<Int>, target t: Range<Int>) -> Double {
        if s.count > source.maxWidth || t.count > target.maxWidth {
            prepare(maxSourceUnits: s.count, maxTargetUnits: t.count) // not prepared: single-threaded use
        }
        let cosine = Double(source.cosine(s, with: target, t))
        let z = (cosine - baselineMean) / baselineDeviation
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
    }

    /// Mean and deviation of the cosine of unit pairs far from the diagonal (deterministic sample
    /// of up to 400 pairs); defaults when the document is too small to tell.
    static func baseline(_ source: UnitVectors, _ target: UnitVectors) -> (Double, Double) {
        let n = source.count
        let m = target.count
        guard n >= 4, m >= 4 else { return (0.75, 0.05) }
        var values: [Double] = []
        var state: UInt64 = 0x2545F4914F6CDD1D
        for _ in 0..<1200 where values.count < 400 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let i = Int((state >> 33) % UInt64(n))
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let j = Int((state >> 33) % UInt64(m))
            let diagonal = Double(i) * Double(m) / Double(n)
            guard abs(Double(j) - diagonal) > max(3, 0.1 * Double(m)) else { continue }
            values.append(Double(source.cosine(i..<(i + 1), with: target, j..<(j + 1))))
        }
        guard values.count >= 20 else { return (0.75, 0.05) }
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
        return (mean, max(variance.squareRoot(), 0.01))
    }
}
