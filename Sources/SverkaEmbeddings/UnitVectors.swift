/// The normalised vectors of one side's units and of its runs of consecutive units, flat: for
/// each width w (1…), the vector of units `k..<k+w` at `start(w) + k·dimension`.
///
/// Widths up to the embedded width come from the server (the run's text embedded as one); wider
/// runs are the normalised sum of their units' vectors, added by ``extend(to:)``.
struct UnitVectors {
    /// Number of units.
    let count: Int
    /// The vectors' dimension.
    let dimension: Int
    /// Per width − 1, the flat vectors of every run of that width.
    private(set) var widths: [[Float]]

    /// Vectors of `count` units with `dimension` components; `embedded[w − 1]` holds the vectors
    /// of the `count − w + 1` runs of width w, in order.
    init(count: Int, dimension: Int, embedded: [[[Float]]]) {
        self.count = count
        self.dimension = dimension
        widths = embedded.map { $0.flatMap { $0 } }
    }

    /// Widths available.
    var maxWidth: Int { widths.count }

    /// Adds the widths up to `width` as normalised sums of unit vectors.
    mutating func extend(to width: Int) {
        guard !widths.isEmpty else { return }
        while widths.count < width {
            let w = widths.count + 1
            let runs = max(count - w + 1, 0)
            var flat = [Float](repeating: 0, count: runs * dimension)
            let units = widths[0]
            for k in 0..<runs {
                var norm: Float = 0
                for d in 0..<dimension {
                    var sum: Float = 0
                    for u in k..<(k + w) { sum += units[u * dimension + d] }
                    flat[k * dimension + d] = sum
                    norm += sum * sum
                }
                if norm > 0 {
                    let scale = 1 / norm.squareRoot()
                    for d in 0..<dimension { flat[k * dimension + d] *= scale }
                }
            }
            widths.append(flat)
        }
    }

    /// The cosine of the run `range` of these units with the run `other` of `partner`'s (both
    /// within the widths prepared).
    func cosine(_ range: Range<Int>, with partner: UnitVectors, _ other: Range<Int>) -> Float {
        widths[range.count - 1].withUnsafeBufferPointer { a in
            partner.widths[other.count - 1].withUnsafeBufferPointer { b in
                let pa = a.baseAddress! + range.lowerBound * dimension
                let pb = b.baseAddress! + other.lowerBound * dimension
                var sum: Float = 0
                for d in 0..<dimension { sum += pa[d] * pb[d] }
                return sum
            }
        }
    }
}
