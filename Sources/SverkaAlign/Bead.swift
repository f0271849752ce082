/// One bead of an alignment: a run of consecutive source units paired with a run of consecutive
/// target units. Either run may be empty (a 1-0 bead: source text with no translation; a 0-1
/// bead: target text with no source), never both.
public struct Bead: Equatable, Hashable, Sendable {
    /// Indices of the source units (paragraphs or sentences, by the alignment's level).
    public let source: Range<Int>
    /// Indices of the target units.
    public let target: Range<Int>
    /// The bead's cost under the model (nats; lower is better). Beads are compared by it inside
    /// one alignment; its scale is not meant for users (see `confidence`).
    public let cost: Double
    /// How likely the bead is right, in [0, 1]; higher is more likely.
    public let confidence: Double

    /// Creates a bead; `cost` and `confidence` default to a certain, free bead.
    public init(source: Range<Int>, target: Range<Int>, cost: Double = 0, confidence: Double = 1) {
        self.source = source
        self.target = target
        self.cost = cost
        self.confidence = confidence
    }

    /// The bead's shape, e.g. 1-1, 2-1, 1-0.
    public var shape: BeadShape { BeadShape(source.count, target.count) }

    /// Whether one side is empty (an untranslated or an added unit).
    public var isNull: Bool { source.isEmpty || target.isEmpty }

    /// The same bead with another confidence.
    public func with(confidence: Double) -> Bead {
        Bead(source: source, target: target, cost: cost, confidence: confidence)
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
