/// Precision and recall of null beads, counted per sentence rather than per bead.
///
/// Each source index in a bead with an empty target (`[3]:[]`, "untranslated") and each target
/// index in a bead with an empty source (`[]:[7]`, "added") is one item; source and target items
/// are kept apart (source 3 and target 3 are different items). Multi-index null beads (`[3,4]:[]`)
/// contribute every index. Per file, the predicted item set is compared with the gold item set:
/// true positives in both, false positives in prediction only, false negatives in gold only.
/// Counts are summed over files before P/R/F1 (see ``Scores``); with no null items anywhere all
/// three are 0.
public enum NullBeadMetrics {
    /// The null-item counts for one file.
    public static func counts(gold: [IndexBead], predicted: [IndexBead]) -> NullBeadCounts {
        let (goldSource, goldTarget) = items(gold)
        let (predSource, predTarget) = items(predicted)
        let hits = goldSource.intersection(predSource).count + goldTarget.intersection(predTarget).count
        return NullBeadCounts(
            truePositives: hits,
            falsePositives: predSource.count + predTarget.count - hits,
            falseNegatives: goldSource.count + goldTarget.count - hits
        )
    }

    /// Untranslated source indices and added target indices of `beads`.
    public static func items(_ beads: [IndexBead]) -> (untranslated: Set<Int>, added: Set<Int>) {
        var untranslated = Set<Int>()
        var added = Set<Int>()
        for bead in beads {
            if bead.target.isEmpty { untranslated.formUnion(bead.source) }
            if bead.source.isEmpty { added.formUnion(bead.target) }
        }
        return (untranslated, added)
    }
}
