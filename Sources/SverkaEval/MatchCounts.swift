/// Raw counts from one direction of the Vecalign/Sennrich–Volk metric: how many beads of a
/// candidate set match a reference set strictly and laxly (see ``AlignmentMetrics``).
///
/// For precision the candidates are the predicted beads and the reference is gold; for recall the
/// roles are swapped and null beads are dropped from both. `strictCorrect + strictWrong` equals
/// `laxCorrect + laxWrong`: the number of distinct candidate beads scored.
public struct MatchCounts: Equatable, Hashable, Sendable, Codable {
    /// Candidate beads equal to a reference bead (indices only).
    public var strictCorrect: Int
    /// Candidate beads equal to no reference bead.
    public var strictWrong: Int
    /// Candidate beads that match strictly or overlap a reference bead on both sides.
    public var laxCorrect: Int
    /// Candidate beads that do neither.
    public var laxWrong: Int

    /// Counts from their four values (all zero by default).
    public init(strictCorrect: Int = 0, strictWrong: Int = 0, laxCorrect: Int = 0, laxWrong: Int = 0) {
        self.strictCorrect = strictCorrect
        self.strictWrong = strictWrong
        self.laxCorrect = laxCorrect
        self.laxWrong = laxWrong
    }

    /// The number of distinct candidate beads scored.
    public var total: Int { strictCorrect + strictWrong }

    /// Strict correct / total; 0 when there are no candidates.
    public var strictRatio: Double { PrecisionRecallF1.ratio(strictCorrect, strictCorrect + strictWrong) }

    /// Lax correct / total; 0 when there are no candidates.
    public var laxRatio: Double { PrecisionRecallF1.ratio(laxCorrect, laxCorrect + laxWrong) }

    /// Field-by-field sum, for pooling several files.
    public static func + (lhs: MatchCounts, rhs: MatchCounts) -> MatchCounts {
        MatchCounts(
            strictCorrect: lhs.strictCorrect + rhs.strictCorrect,
            strictWrong: lhs.strictWrong + rhs.strictWrong,
            laxCorrect: lhs.laxCorrect + rhs.laxCorrect,
            laxWrong: lhs.laxWrong + rhs.laxWrong
        )
    }
}
