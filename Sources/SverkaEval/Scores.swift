/// The evaluation of an alignment against gold: strict and lax bead P/R/F1 (Vecalign's
/// `score.py`), null-bead P/R/F1, and the raw counts they come from. All values are fractions in
/// 0…1; any ratio with a zero denominator is 0.
public struct Scores: Equatable, Hashable, Sendable, Codable {
    /// Exact bead matches (see ``AlignmentMetrics``).
    public let strict: PrecisionRecallF1
    /// Beads overlapping a gold bead on both sides (see ``AlignmentMetrics``).
    public let lax: PrecisionRecallF1
    /// Untranslated/added sentences (see ``NullBeadMetrics``).
    public let null: PrecisionRecallF1
    /// The pooled counts.
    public let counts: EvalCounts

    /// The scores computed from pooled `counts`.
    public init(counts: EvalCounts) {
        self.counts = counts
        strict = PrecisionRecallF1(precision: counts.precision.strictRatio, recall: counts.recall.strictRatio)
        lax = PrecisionRecallF1(precision: counts.precision.laxRatio, recall: counts.recall.laxRatio)
        null = PrecisionRecallF1(
            precision: PrecisionRecallF1.ratio(counts.null.truePositives, counts.null.predicted),
            recall: PrecisionRecallF1.ratio(counts.null.truePositives, counts.null.gold)
        )
    }
}
