/// One bead of an alignment: some source units paired with some target units, named by their
/// indices in the documents (paragraph or sentence indices, by the alignment's level).
///
/// Usually each side is a run of consecutive indices. A unit repaired from parts (a paragraph
/// broken across a page) contributes all its parts, so a side may skip indices (`[17, 24]`) when the
/// units between are page furniture, which gets beads of its own.
public struct Bead: Equatable, Hashable, Sendable {
    /// What a bead stands for.
    public enum Kind: String, Sendable, Codable {
        /// Source and target units paired, or a unit with no counterpart (1-0, 0-1).
        case alignment
        /// Page apparatus (headers, stamps, sheet numbers), kept out of the alignment; one side only.
        case furniture
        /// A marker of omission (`[...]`, `[…]`) on one side, with the unpaired units on the other
        /// side that it stands for (none when no unpaired units stand next to it).
        case omission
    }

    /// Source unit indices, ascending; empty for a 0-1 bead.
    public let source: [Int]
    /// Target unit indices, ascending; empty for a 1-0 bead.
    public let target: [Int]
    /// What the bead stands for.
    public let kind: Kind
    /// The bead's cost under the model (nats; lower is better); 0 for furniture.
    public let cost: Double
    /// How likely the bead is right, in [0, 1]; higher is more likely.
    public let confidence: Double

    /// Creates a bead.
    public init(source: [Int], target: [Int], kind: Kind = .alignment, cost: Double = 0, confidence: Double = 1) {
        self.source = source
        self.target = target
        self.kind = kind
        self.cost = cost
        self.confidence = confidence
    }

    /// The bead's shape, e.g. 1-1, 2-1, 1-0 (counting indices).
    public var shape: BeadShape { BeadShape(source.count, target.count) }

    /// Whether one side is empty (an untranslated or added unit, or furniture).
    public var isNull: Bool { source.isEmpty || target.isEmpty }

    /// Whether source units here have no counterpart (a 1-0 alignment bead).
    public var isUntranslated: Bool { kind == .alignment && target.isEmpty }

    /// Whether target units here have no source (a 0-1 alignment bead).
    public var isAdded: Bool { kind == .alignment && source.isEmpty }

    /// The bead's type as users see it: `"2-1"`, `"1-0"`, `"furniture"` or `"omission"`.
    public var typeName: String {
        switch kind {
        case .alignment: return shape.description
        case .furniture: return "furniture"
        case .omission: return "omission"
        }
    }
}

/// The shape of a bead: how many source and how many target units it joins.
public struct BeadShape: Equatable, Hashable, Sendable, CustomStringConvertible, Comparable {
    /// Number of source units.
    public let source: Int
    /// Number of target units.
    public let target: Int

    /// A shape of `source`-`target` units.
    public init(_ source: Int, _ target: Int) {
        self.source = source
        self.target = target
    }

    /// Written as `"2-1"`.
    public var description: String { "\(source)-\(target)" }

    /// Whether one side is empty.
    public var isNull: Bool { source == 0 || target == 0 }

    public static func < (a: BeadShape, b: BeadShape) -> Bool {
        (a.source + a.target, a.source, a.target) < (b.source + b.target, b.source, b.target)
    }
}
