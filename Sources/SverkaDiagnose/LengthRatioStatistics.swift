import Foundation

/// The spread of bead length ratios in one document, for telling a summarised passage from the
/// ordinary variation of a translation.
///
/// For each trusted 1-1 bead (confidence ≥ 0.5, source at least `minimumLength` characters) the
/// log of `target length / (source length · document ratio)` is taken; the centre is their median and
/// the spread their median absolute deviation (scaled by 1.4826 to match a standard deviation).
/// A bead is out of line beyond `centre ± max(k · spread, floor)`.
package struct LengthRatioStatistics: Equatable, Sendable {
    /// Median log ratio.
    package let centre: Double
    /// Scaled median absolute deviation of the log ratios.
    package let spread: Double
    /// How many beads the estimate rests on (0: defaults were used).
    package let sampleSize: Int

    /// Fewer trusted beads than this and the defaults (centre 0, spread 0.25) are used.
    package static let minimumSample = 5

    /// Estimates from `(source length, target length)` pairs of trusted beads, the document ratio
    /// already applied to the source lengths.
    package init(pairs: [(source: Double, target: Double)]) {
        let logs = pairs.filter { $0.source > 0 && $0.target > 0 }.map { log($0.target / $0.source) }.sorted()
        guard logs.count >= Self.minimumSample else {
            centre = 0
            spread = 0.25
            sampleSize = 0
            return
        }
        let median = Self.median(logs)
        centre = median
        spread = max(1.4826 * Self.median(logs.map { abs($0 - median) }.sorted()), 0.05)
        sampleSize = logs.count
    }

    /// The bounds (log ratio) beyond which a bead is out of line.
    package func bounds(k: Double, floor: Double) -> ClosedRange<Double> {
        let width = max(k * spread, floor)
        return (centre - width)...(centre + width)
    }

    static func median(_ sorted: [Double]) -> Double {
        let n = sorted.count
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
    }
}
