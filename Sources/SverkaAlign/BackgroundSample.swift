/// A document's background: a fixed sample of unit pairs far from the diagonal, which are almost
/// never translations of each other. Evidence that is not comparable across documents (the lexical
/// overlap, the cosine of sentence embeddings) is normalised against what such pairs score in the
/// same document.
package enum BackgroundSample {
    /// Up to `limit` scores of pairs `(i, j)`, `i < sourceCount`, `j < targetCount`, whose `j` lies
    /// more than max(3, 10% of `targetCount`) from the diagonal, drawn from at most `draws` pairs of a
    /// fixed linear congruential sequence (the same document always gives the same sample). `score`
    /// answers nil for a pair that says nothing (it is skipped).
    package static func scores(sourceCount n: Int, targetCount m: Int, limit: Int = 400, draws: Int = 1200,
                               score: (_ source: Int, _ target: Int) -> Double?) -> [Double] {
        var scores: [Double] = []
        guard n > 0, m > 0 else { return scores }
        var state: UInt64 = 0x2545F4914F6CDD1D
        for _ in 0..<draws where scores.count < limit {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let i = Int((state >> 33) % UInt64(n))
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let j = Int((state >> 33) % UInt64(m))
            let diagonal = Double(i) * Double(m) / Double(n)
            guard abs(Double(j) - diagonal) > max(3, 0.1 * Double(m)) else { continue }
            if let value = score(i, j) { scores.append(value) }
        }
        return scores
    }
}
