/// A consistent sample of anchor ids for coarse search: an id is kept or dropped by a hash of the
/// id alone, so an anchor kept on one side is kept on the other and matches survive the thinning.
/// Kept anchors weigh `1 / rate` times more, so a block's expected bonus is unchanged.
struct AnchorSample {
    /// Share of ids kept, in (0, 1].
    let rate: Double
    /// Ids whose 16-bit hash is below this are kept.
    private let threshold: UInt32

    /// A sample keeping about `rate` of all ids (clamped to 1/1024 … 1).
    init(rate: Double) {
        let clamped = min(max(rate, 1.0 / 1024), 1)
        threshold = UInt32((clamped * 65536).rounded(.up))
        self.rate = Double(threshold) / 65536
    }

    /// Whether anchor `id` is in the sample.
    func keeps(_ id: Int32) -> Bool {
        // Fibonacci hashing: the top 16 bits of id × 2^32/φ spread consecutive ids evenly.
        (UInt32(truncatingIfNeeded: id) &* 2_654_435_769) >> 16 < threshold
    }

    /// `features` with only the sampled anchors (lengths unchanged).
    func thinned(_ features: UnitFeatures) -> UnitFeatures {
        var result = UnitFeatures()
        for k in 0..<features.count {
            result.append(length: features.lengths[k], anchors: features.anchors(of: k).filter(keeps))
        }
        return result
    }

    /// Per-id weights scaled by 1 / rate.
    func scaled(_ values: [Double]) -> [Double] {
        values.map { $0 / rate }
    }
}
