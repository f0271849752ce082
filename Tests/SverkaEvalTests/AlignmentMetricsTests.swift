import Testing
@testable import SverkaEval

/// Beads from the file format, for compact test cases.
private func beads(_ text: String) -> [IndexBead] {
    (try? PairsFormat.parse(text)) ?? []
}

private func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-12 }

private func expectPRF(
    _ value: PrecisionRecallF1, _ precision: Double, _ recall: Double, _ f1: Double,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(close(value.precision, precision), "precision \(value.precision) ≠ \(precision)", sourceLocation: sourceLocation)
    #expect(close(value.recall, recall), "recall \(value.recall) ≠ \(recall)", sourceLocation: sourceLocation)
    #expect(close(value.f1, f1), "F1 \(value.f1) ≠ \(f1)", sourceLocation: sourceLocation)
}

@Suite struct AlignmentMetricsTests {
    @Test func perfectAlignment() {
        let gold = beads("[0]:[0]\n[1,2]:[1]\n[3]:[2,3]\n")
        let scores = AlignmentMetrics.score(gold: gold, predicted: gold)
        expectPRF(scores.strict, 1, 1, 1)
        expectPRF(scores.lax, 1, 1, 1)
        // No null items on either side: every ratio is 0/0, defined as 0.
        expectPRF(scores.null, 0, 0, 0)
        #expect(scores.counts.precision == MatchCounts(strictCorrect: 3, strictWrong: 0, laxCorrect: 3, laxWrong: 0))
        #expect(scores.counts.recall == MatchCounts(strictCorrect: 3, strictWrong: 0, laxCorrect: 3, laxWrong: 0))
    }

    @Test func perfectAlignmentWithNullBeads() {
        let gold = beads("[0]:[0]\n[1]:[]\n[]:[1]\n[2]:[2]\n")
        let scores = AlignmentMetrics.score(gold: gold, predicted: gold)
        expectPRF(scores.strict, 1, 1, 1)
        expectPRF(scores.lax, 1, 1, 1)
        expectPRF(scores.null, 1, 1, 1)
        #expect(scores.counts.precision.total == 4) // null beads scored for precision
        #expect(scores.counts.recall.total == 2)    // but not for recall
        #expect(scores.counts.null == NullBeadCounts(truePositives: 2, falsePositives: 0, falseNegatives: 0))
    }

    /// Gold merges sentences 1,2 into one bead; the prediction splits differently.
    /// Precision: [0]:[0] exact; [1]:[1] lax (source 1 ↔ target 1 in gold [1,2]:[1]);
    /// [2,3]:[2] lax (source 3 ↔ target 2 in gold [3]:[2]) → strict 1/3, lax 3/3.
    /// Recall (roles swapped): [0]:[0] exact; [1,2]:[1] lax via pred [1]:[1]; [3]:[2] lax via
    /// pred [2,3]:[2] → strict 1/3, lax 3/3.
    @Test func wrongMergeIsLaxButNotStrict() {
        let gold = beads("[0]:[0]\n[1,2]:[1]\n[3]:[2]\n")
        let predicted = beads("[0]:[0]\n[1]:[1]\n[2,3]:[2]\n")
        let scores = AlignmentMetrics.score(gold: gold, predicted: predicted)
        expectPRF(scores.strict, 1.0 / 3, 1.0 / 3, 1.0 / 3)
        expectPRF(scores.lax, 1, 1, 1)
        #expect(scores.counts.precision == MatchCounts(strictCorrect: 1, strictWrong: 2, laxCorrect: 3, laxWrong: 0))
    }

    /// Lax needs a source index and a target index linked by the *same* gold bead: swapping two
    /// 1-1 beads overlaps gold only crosswise.
    @Test func crossedBeadsAreNotLax() {
        let gold = beads("[0]:[0]\n[1]:[1]\n")
        let predicted = beads("[0]:[1]\n[1]:[0]\n")
        let scores = AlignmentMetrics.score(gold: gold, predicted: predicted)
        expectPRF(scores.strict, 0, 0, 0)
        expectPRF(scores.lax, 0, 0, 0)
    }

    /// Precision: [0]:[0] exact, [1]:[] exact (null beads count for precision), [2]:[1,2] lax
    /// (source 2 ↔ target 1 in gold) → strict 2/3, lax 3/3.
    /// Recall over non-null beads only: gold [0]:[0] exact, [2]:[1] lax → strict 1/2, lax 2/2.
    /// Strict F1 = 2·(2/3)·(1/2) / (2/3 + 1/2) = 4/7.
    /// Null items: gold {src 1, tgt 2}, predicted {src 1} → P 1/1, R 1/2, F1 2/3.
    @Test func nullBeadsCountForPrecisionNotRecall() {
        let gold = beads("[0]:[0]\n[1]:[]\n[2]:[1]\n[]:[2]\n")
        let predicted = beads("[0]:[0]\n[1]:[]\n[2]:[1,2]\n")
        let scores = AlignmentMetrics.score(gold: gold, predicted: predicted)
        expectPRF(scores.strict, 2.0 / 3, 1.0 / 2, 4.0 / 7)
        expectPRF(scores.lax, 1, 1, 1)
        expectPRF(scores.null, 1, 0.5, 2.0 / 3)
        #expect(scores.counts.null == NullBeadCounts(truePositives: 1, falsePositives: 0, falseNegatives: 1))
    }

    /// Spurious null beads lower precision (they are never lax-correct) but not recall.
    /// Precision: [0]:[0] exact, [1]:[] and []:[1] wrong → 1/3 strict and lax.
    /// Recall: gold [0]:[0] exact, [1]:[1] unmatched → 1/2. F1 = 2·(1/3)·(1/2)/(5/6) = 2/5.
    /// Null items: predicted {src 1, tgt 1}, gold none → P 0/2, R 0/0 → all 0.
    @Test func spuriousNullBeads() {
        let gold = beads("[0]:[0]\n[1]:[1]\n")
        let predicted = beads("[0]:[0]\n[1]:[]\n[]:[1]\n")
        let scores = AlignmentMetrics.score(gold: gold, predicted: predicted)
        expectPRF(scores.strict, 1.0 / 3, 1.0 / 2, 2.0 / 5)
        expectPRF(scores.lax, 1.0 / 3, 1.0 / 2, 2.0 / 5)
        expectPRF(scores.null, 0, 0, 0)
        #expect(scores.counts.null == NullBeadCounts(truePositives: 0, falsePositives: 2, falseNegatives: 0))
    }

    /// File A is perfect with one bead; file B (3 gold beads, 2 predicted) has no exact match.
    /// B precision: [0,1]:[0] lax, [2]:[1,2] lax → strict 0/2, lax 2/2.
    /// B recall: [0]:[0] lax, [1]:[1] not (pred links source 1 only to target 0), [2]:[2] lax →
    /// strict 0/3, lax 2/3.
    /// Pooled: P strict 1/3, R strict 1/4, F1 2/7; P lax 3/3, R lax 3/4, F1 6/7.
    /// (Averaging per-file ratios would give P strict 1/2 and R strict 1/2 instead.)
    @Test func filesArePooledByCountsNotAveraged() {
        let fileA = (gold: beads("[0]:[0]\n"), predicted: beads("[0]:[0]\n"))
        let fileB = (gold: beads("[0]:[0]\n[1]:[1]\n[2]:[2]\n"), predicted: beads("[0,1]:[0]\n[2]:[1,2]\n"))
        let scores = AlignmentMetrics.score(files: [fileA, fileB])
        expectPRF(scores.strict, 1.0 / 3, 1.0 / 4, 2.0 / 7)
        expectPRF(scores.lax, 1, 3.0 / 4, 6.0 / 7)
        #expect(scores.counts.files == 2)
        #expect(scores.counts.goldBeads == 4)
        #expect(scores.counts.predictedBeads == 3)
        #expect(scores.counts.precision == MatchCounts(strictCorrect: 1, strictWrong: 2, laxCorrect: 3, laxWrong: 0))
        #expect(scores.counts.recall == MatchCounts(strictCorrect: 1, strictWrong: 3, laxCorrect: 3, laxWrong: 1))
        let b = AlignmentMetrics.score(gold: fileB.gold, predicted: fileB.predicted)
        expectPRF(b.strict, 0, 0, 0)
        expectPRF(b.lax, 1, 2.0 / 3, 0.8)
    }

    @Test func emptyPrediction() {
        let gold = beads("[0]:[0]\n[1]:[]\n")
        let scores = AlignmentMetrics.score(gold: gold, predicted: [])
        expectPRF(scores.strict, 0, 0, 0)
        expectPRF(scores.lax, 0, 0, 0)
        expectPRF(scores.null, 0, 0, 0)
        #expect(scores.counts.precision.total == 0)
        #expect(scores.counts.recall == MatchCounts(strictCorrect: 0, strictWrong: 1, laxCorrect: 0, laxWrong: 1))
        #expect(scores.counts.null == NullBeadCounts(truePositives: 0, falsePositives: 0, falseNegatives: 1))
    }

    @Test func nothingAtAll() {
        let scores = AlignmentMetrics.score(files: [])
        #expect(scores.counts == EvalCounts())
        expectPRF(scores.strict, 0, 0, 0)
    }

    /// Scores are ignored, duplicates count once, and `[]:[]` is dropped (as in Vecalign).
    @Test func scoresDuplicatesAndEmptyBeadsAreIgnored() {
        let gold = beads("[0]:[0]\n[1]:[1]\n")
        let predicted = beads("[0]:[0]:0.9\n[0]:[0]:0.1\n[]:[]\n[1]:[1]:0.5\n")
        let scores = AlignmentMetrics.score(gold: gold, predicted: predicted)
        expectPRF(scores.strict, 1, 1, 1)
        #expect(scores.counts.precision.total == 2)
        #expect(scores.counts.predictedBeads == 4)
    }

    /// Index order inside a bead is significant for strict matching (tuples in Vecalign).
    @Test func indexOrderMattersForStrictOnly() {
        let scores = AlignmentMetrics.score(gold: beads("[0,1]:[0]\n"), predicted: beads("[1,0]:[0]\n"))
        expectPRF(scores.strict, 0, 0, 0)
        expectPRF(scores.lax, 1, 1, 1)
    }
}
