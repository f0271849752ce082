import Foundation

/// The length model of Gale & Church (1993): a translation's length in characters is about `ratio`
/// times the original's, with a variance that grows with the length.
///
/// For source length `ls` and target length `lt` (characters), `δ = (lt − ls·ratio) / √(ls̄ · variance)`
/// with `ls̄` the mean of `ls` and `lt/ratio`; the cost is `−log P(|Δ| ≥ |δ|)` for a standard normal `Δ`.
public struct LengthModel: Equatable, Sendable {
    /// Expected target characters per source character.
    public let ratio: Double
    /// Variance of target length per source character (Gale & Church measured 6.8).
    public let variance: Double

    /// A model with a given ratio and variance.
    public init(ratio: Double, variance: Double = 6.8) {
        self.ratio = ratio > 0 && ratio.isFinite ? ratio : 1
        self.variance = variance
    }

    /// A model whose ratio is estimated from the two texts themselves: total target length over
    /// total source length (1 when either side is empty), clamped to [0.25, 4].
    public static func estimated(sourceLengths: [Int], targetLengths: [Int], variance: Double = 6.8) -> LengthModel {
        let source = sourceLengths.reduce(0, +)
        let target = targetLengths.reduce(0, +)
        guard source > 0, target > 0 else { return LengthModel(ratio: 1, variance: variance) }
        return LengthModel(ratio: min(max(Double(target) / Double(source), 0.25), 4), variance: variance)
    }

    /// The cost (nats, ≥ 0) of pairing `sourceLength` with `targetLength` characters.
    public func cost(sourceLength: Int, targetLength: Int) -> Double {
        let ls = Double(sourceLength)
        let lt = Double(targetLength)
        let mean = max((ls + lt / ratio) / 2, 1)
        let delta = abs(lt - ls * ratio) / (mean * variance).squareRoot()
        let tail = erfc(delta / 2.0.squareRoot())
        return -log(max(tail, 1e-300))
    }
}
