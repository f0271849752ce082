/// One step of the search path: a run of consecutive units of the sequence being aligned on each
/// side. Either run may be empty (an unpaired unit), never both.
///
/// The search works on ``PathBead``s; ``DocumentAligner`` turns them into ``Bead``s, which name
/// the document's own paragraph or sentence indices.
public struct PathBead: Equatable, Hashable, Sendable {
    /// Indices of the source units in the aligned sequence.
    public let source: Range<Int>
    /// Indices of the target units in the aligned sequence.
    public let target: Range<Int>
    /// The bead's cost under the model (nats; lower is better).
    public let cost: Double
    /// How likely the bead is right, in [0, 1] (1 until ``ConfidenceModel`` fills it in).
    public let confidence: Double

    /// Creates a path bead.
    public init(source: Range<Int>, target: Range<Int>, cost: Double = 0, confidence: Double = 1) {
        self.source = source
        self.target = target
        self.cost = cost
        self.confidence = confidence
    }

    /// The bead's shape, e.g. 1-1, 2-1, 1-0.
    public var shape: BeadShape { BeadShape(source.count, target.count) }

    /// Whether one side is empty.
    public var isNull: Bool { source.isEmpty || target.isEmpty }

    /// The same bead with another confidence.
    public func with(confidence: Double) -> PathBead {
        PathBead(source: source, target: target, cost: cost, confidence: confidence)
    }
}
