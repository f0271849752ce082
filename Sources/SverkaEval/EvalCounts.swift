/// All raw counts behind a ``Scores`` value, summed over one or more gold/prediction file pairs.
public struct EvalCounts: Equatable, Hashable, Sendable, Codable {
    /// Number of gold/prediction pairs pooled.
    public var files: Int
    /// Gold beads as read (every line, null and duplicate beads included).
    public var goldBeads: Int
    /// Predicted beads as read (every line, null and duplicate beads included).
    public var predictedBeads: Int
    /// Precision counts: distinct non-empty predicted beads (nulls included) against gold.
    public var precision: MatchCounts
    /// Recall counts: distinct gold beads with both sides non-empty against the predicted beads
    /// with both sides non-empty.
    public var recall: MatchCounts
    /// Null-bead item counts (see ``NullBeadMetrics``).
    public var null: NullBeadCounts

    /// Counts from their parts (all zero by default: the neutral element of `+`).
    public init(
        files: Int = 0, goldBeads: Int = 0, predictedBeads: Int = 0,
        precision: MatchCounts = MatchCounts(), recall: MatchCounts = MatchCounts(), null: NullBeadCounts = NullBeadCounts()
    ) {
        self.files = files
        self.goldBeads = goldBeads
        self.predictedBeads = predictedBeads
        self.precision = precision
        self.recall = recall
        self.null = null
    }

    /// Field-by-field sum: pooling files adds counts, never averages ratios.
    public static func + (lhs: EvalCounts, rhs: EvalCounts) -> EvalCounts {
        EvalCounts(
            files: lhs.files + rhs.files,
            goldBeads: lhs.goldBeads + rhs.goldBeads,
            predictedBeads: lhs.predictedBeads + rhs.predictedBeads,
            precision: lhs.precision + rhs.precision,
            recall: lhs.recall + rhs.recall,
            null: lhs.null + rhs.null
        )
    }
}
