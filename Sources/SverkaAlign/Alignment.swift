/// The level at which units are aligned.
public enum AlignmentLevel: String, Sendable, CaseIterable, Codable {
    /// Paragraphs.
    case paragraph
    /// Sentences.
    case sentence
}

/// A monotone alignment of `sourceCount` source units with `targetCount` target units.
///
/// Invariant (checked by ``AlignmentInvariants``): the beads are in order, and every source and
/// every target unit appears in exactly one bead — nothing lost, nothing duplicated.
public struct Alignment: Equatable, Sendable {
    /// What the unit indices refer to.
    public let level: AlignmentLevel
    /// Number of source units.
    public let sourceCount: Int
    /// Number of target units.
    public let targetCount: Int
    /// The beads, in order.
    public let beads: [Bead]

    /// Creates an alignment (not checked; see ``AlignmentInvariants``).
    public init(level: AlignmentLevel, sourceCount: Int, targetCount: Int, beads: [Bead]) {
        self.level = level
        self.sourceCount = sourceCount
        self.targetCount = targetCount
        self.beads = beads
    }

    /// The number of beads of each shape.
    public var shapeCounts: [BeadShape: Int] {
        beads.reduce(into: [:]) { $0[$1.shape, default: 0] += 1 }
    }
}

/// Checks the "nothing lost" invariant of an alignment.
public enum AlignmentInvariants {
    /// The first violation, described in one line; nil when every unit appears exactly once, in
    /// order, and no bead is empty on both sides.
    public static func violation(in alignment: Alignment) -> String? {
        violation(beads: alignment.beads, sourceCount: alignment.sourceCount, targetCount: alignment.targetCount)
    }

    /// The same check on bare beads.
    public static func violation(beads: [Bead], sourceCount: Int, targetCount: Int) -> String? {
        var nextSource = 0
        var nextTarget = 0
        for (k, bead) in beads.enumerated() {
            if bead.source.isEmpty && bead.target.isEmpty { return "bead \(k) is empty on both sides" }
            if bead.source.lowerBound != nextSource { return "bead \(k) starts at source \(bead.source.lowerBound), expected \(nextSource)" }
            if bead.target.lowerBound != nextTarget { return "bead \(k) starts at target \(bead.target.lowerBound), expected \(nextTarget)" }
            nextSource = bead.source.upperBound
            nextTarget = bead.target.upperBound
        }
        if nextSource != sourceCount { return "source units \(nextSource)..<\(sourceCount) are in no bead" }
        if nextTarget != targetCount { return "target units \(nextTarget)..<\(targetCount) are in no bead" }
        return nil
    }
}
