/// The level at which units are aligned.
public enum AlignmentLevel: String, Sendable, CaseIterable, Codable {
    /// Paragraphs.
    case paragraph
    /// Sentences.
    case sentence
}

/// A monotone alignment of `sourceCount` source units with `targetCount` target units.
///
/// Invariant (checked by ``AlignmentInvariants``): every source and every target unit appears in
/// exactly one bead — nothing lost, nothing duplicated — and the alignment beads are monotone.
public struct Alignment: Equatable, Sendable {
    /// What the unit indices refer to.
    public let level: AlignmentLevel
    /// Number of source units.
    public let sourceCount: Int
    /// Number of target units.
    public let targetCount: Int
    /// The beads, in order.
    public let beads: [Bead]
    /// Units without a counterpart at their place paired as passages the translation moved (``MovedUnits``).
    public let moves: [Move]
    /// Units that many-to-one beads hold only loosely (``LooseUnit``).
    public let looseUnits: [LooseUnit]

    /// Creates an alignment (not checked; see ``AlignmentInvariants``).
    public init(level: AlignmentLevel, sourceCount: Int, targetCount: Int, beads: [Bead], moves: [Move] = [],
                looseUnits: [LooseUnit] = []) {
        self.level = level
        self.sourceCount = sourceCount
        self.targetCount = targetCount
        self.beads = beads
        self.moves = moves
        self.looseUnits = looseUnits
    }

    /// The number of beads of each type (`"1-1"`, `"2-1"`, `"furniture"`, …).
    public var typeCounts: [String: Int] {
        beads.reduce(into: [:]) { $0[$1.typeName, default: 0] += 1 }
    }
}

