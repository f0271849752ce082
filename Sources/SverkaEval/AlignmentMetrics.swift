/// Strict and lax bead precision/recall of Sennrich & Volk (2011), as computed by Vecalign's
/// `score.py`.
///
/// Per file, with beads compared by their indices only (scores ignored, index order significant)
/// and each bead list first turned into a set (duplicates count once, `[]:[]` dropped):
///
/// - **Precision** scores every distinct predicted bead, null beads included, against gold.
///   Strict: correct if it equals a gold bead. Lax: correct if strict, or if some gold bead
///   contains one of its source indices *and* one of its target indices. A predicted null bead
///   therefore is lax-correct only when it equals a gold bead.
/// - **Recall** is the same computation with roles swapped and null beads removed from both
///   sides: every distinct gold bead with both sides non-empty is scored against the predicted
///   beads with both sides non-empty.
///
/// Over several files the four counts of each direction are summed, then P = correct / (correct +
/// wrong), R likewise, F1 = 2PR/(P+R); every division by zero gives 0.
public enum AlignmentMetrics {
    /// Scores for one gold/prediction pair.
    public static func score(gold: [IndexBead], predicted: [IndexBead]) -> Scores {
        Scores(counts: counts(gold: gold, predicted: predicted))
    }

    /// Scores pooled over several gold/prediction pairs (counts summed, then ratios); no pairs
    /// give all zeros.
    public static func score(files: [(gold: [IndexBead], predicted: [IndexBead])]) -> Scores {
        Scores(counts: files.reduce(EvalCounts()) { $0 + counts(gold: $1.gold, predicted: $1.predicted) })
    }

    /// All counts for one gold/prediction pair (a value with `files == 1`).
    public static func counts(gold: [IndexBead], predicted: [IndexBead]) -> EvalCounts {
        EvalCounts(
            files: 1,
            goldBeads: gold.count,
            predictedBeads: predicted.count,
            precision: precisionCounts(gold: gold, predicted: predicted),
            recall: recallCounts(gold: gold, predicted: predicted),
            null: NullBeadMetrics.counts(gold: gold, predicted: predicted)
        )
    }

    /// Precision counts: distinct non-empty predicted beads matched against gold.
    public static func precisionCounts(gold: [IndexBead], predicted: [IndexBead]) -> MatchCounts {
        match(candidates: predicted, reference: gold)
    }

    /// Recall counts: distinct gold beads without an empty side matched against the predicted
    /// beads without an empty side.
    public static func recallCounts(gold: [IndexBead], predicted: [IndexBead]) -> MatchCounts {
        match(candidates: gold.filter { !$0.isNull }, reference: predicted.filter { !$0.isNull })
    }

    /// Scores each distinct non-empty candidate against the reference (Vecalign's `_precision`).
    static func match(candidates: [IndexBead], reference: [IndexBead]) -> MatchCounts {
        let candidateSet = distinctNonEmpty(candidates)
        let referenceSet = distinctNonEmpty(reference)
        // Source index → every target index it is aligned with in some reference bead.
        var linkedTargets: [Int: Set<Int>] = [:]
        for bead in referenceSet {
            for s in bead.source { linkedTargets[s, default: []].formUnion(bead.target) }
        }
        var counts = MatchCounts()
        for bead in candidateSet {
            if referenceSet.contains(bead) {
                counts.strictCorrect += 1
                counts.laxCorrect += 1
                continue
            }
            counts.strictWrong += 1
            let overlaps = bead.source.contains { s in
                guard let targets = linkedTargets[s] else { return false }
                return bead.target.contains { targets.contains($0) }
            }
            if overlaps { counts.laxCorrect += 1 } else { counts.laxWrong += 1 }
        }
        return counts
    }

    /// The beads without scores, as a set, minus `[]:[]`.
    private static func distinctNonEmpty(_ beads: [IndexBead]) -> Set<IndexBead> {
        Set(beads.lazy.filter { !$0.source.isEmpty || !$0.target.isEmpty }.map(\.unscored))
    }
}
