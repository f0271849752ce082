/// Checks the "nothing lost" invariant of an alignment.
public enum AlignmentInvariants {
    /// The first violation, described in one line; nil when the alignment is sound:
    /// - every source index `0..<sourceCount` and target index `0..<targetCount` is in exactly one bead;
    /// - indices within a bead side are ascending; no bead is empty on both sides;
    /// - furniture beads have one side only (they stand near their place in the text, and are not
    ///   held to its order);
    /// - the alignment and omission beads are monotone: each starts after the previous one ended, on both sides.
    public static func violation(in alignment: Alignment) -> String? {
        violation(beads: alignment.beads, sourceCount: alignment.sourceCount, targetCount: alignment.targetCount)
    }

    /// The same check on bare beads.
    public static func violation(beads: [Bead], sourceCount: Int, targetCount: Int) -> String? {
        var seenSource = [Bool](repeating: false, count: sourceCount)
        var seenTarget = [Bool](repeating: false, count: targetCount)
        var lastSource = -1
        var lastTarget = -1
        for (k, bead) in beads.enumerated() {
            if bead.source.isEmpty && bead.target.isEmpty { return "bead \(k) is empty on both sides" }
            if bead.kind == .furniture && !bead.isNull { return "furniture bead \(k) has both sides" }
            for (side, indices, count) in [("source", bead.source, sourceCount), ("target", bead.target, targetCount)] {
                if zip(indices, indices.dropFirst()).contains(where: { $0 >= $1 }) { return "bead \(k) \(side) indices are not ascending" }
                if let bad = indices.first(where: { $0 < 0 || $0 >= count }) { return "bead \(k) names \(side) unit \(bad) of \(count)" }
            }
            for i in bead.source {
                if seenSource[i] { return "source unit \(i) is in two beads" }
                seenSource[i] = true
            }
            for i in bead.target {
                if seenTarget[i] { return "target unit \(i) is in two beads" }
                seenTarget[i] = true
            }
            guard bead.kind != .furniture else { continue }
            if let first = bead.source.first {
                if first <= lastSource { return "bead \(k) crosses an earlier bead on the source side" }
                lastSource = bead.source.last ?? first
            }
            if let first = bead.target.first {
                if first <= lastTarget { return "bead \(k) crosses an earlier bead on the target side" }
                lastTarget = bead.target.last ?? first
            }
        }
        if let lost = seenSource.firstIndex(of: false) { return "source unit \(lost) is in no bead" }
        if let lost = seenTarget.firstIndex(of: false) { return "target unit \(lost) is in no bead" }
        return nil
    }

    /// The same check on a search path over `sourceCount` × `targetCount` units: consecutive,
    /// complete, never empty on both sides.
    public static func violation(path: [PathBead], sourceCount: Int, targetCount: Int) -> String? {
        violation(beads: path.map { Bead(source: Array($0.source), target: Array($0.target)) },
                  sourceCount: sourceCount, targetCount: targetCount)
    }
}
