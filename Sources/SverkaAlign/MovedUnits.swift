/// A unit of the original left without a counterpart at its place (a 1-0 bead) whose translation
/// stands elsewhere without a source (a 0-1 bead): a passage the translation moved.
public struct Move: Equatable, Sendable {
    /// The index of the 1-0 bead (in ``Alignment/beads``).
    public let sourceBead: Int
    /// The index of the 0-1 bead.
    public let targetBead: Int
    /// The cost of pairing the two units (nats), as a bead anywhere else would cost.
    public let cost: Double
    /// How likely the two units translate each other, in [0, 1].
    public let confidence: Double

    /// A move between two beads.
    public init(sourceBead: Int, targetBead: Int, cost: Double, confidence: Double) {
        self.sourceBead = sourceBead
        self.targetBead = targetBead
        self.cost = cost
        self.confidence = confidence
    }
}

/// Pairs the one-sided beads of a path whose units translate each other, by the same cost model
/// that made the path (length, anchors, names, numbers, the lexicon): a unit dropped in one place
/// and one added in another are a passage moved when pairing them costs less than leaving both
/// alone, by at least `margin` nats, and the pair is confident (`minConfidence`). Each unit is
/// used once, best pairs first. No aligner we know of reports moves; they show as an omission
/// and an addition elsewhere.
public struct MovedUnits: Sendable {
    /// Nats by which pairing must beat leaving both units alone.
    public var margin = 2.0
    /// Least confidence of the pair (``ConfidenceModel/confidence(pairCost:)``).
    public var minConfidence = 0.8
    /// Largest number of candidate pairs looked at (one-sided source × target units).
    public var maxPairs = 250_000

    /// Moves with the default thresholds.
    public init() {}

    /// The moves among the null beads of `path`, as (source path index, target path index, cost,
    /// confidence), best first.
    func moves(in path: [PathBead], cost: BeadCost, confidence: ConfidenceModel) -> [(Int, Int, Double, Double)] {
        let dropped = path.indices.filter { path[$0].target.isEmpty && path[$0].source.count == 1 }
        let added = path.indices.filter { path[$0].source.isEmpty && path[$0].target.count == 1 }
        guard !dropped.isEmpty, !added.isEmpty, dropped.count * added.count <= maxPairs else { return [] }
        var candidates: [(Int, Int, Double, Double)] = []
        for s in dropped {
            for t in added {
                let paired = cost.cost(source: path[s].source, target: path[t].target, prior: 0)
                let apart = path[s].cost + path[t].cost
                let sure = confidence.confidence(pairCost: paired)
                if paired + margin <= apart && sure >= minConfidence { candidates.append((s, t, paired, sure)) }
            }
        }
        candidates.sort { ($0.2, $0.0, $0.1) < ($1.2, $1.0, $1.1) }
        var usedSource = Set<Int>(), usedTarget = Set<Int>()
        var result: [(Int, Int, Double, Double)] = []
        for candidate in candidates where !usedSource.contains(candidate.0) && !usedTarget.contains(candidate.1) {
            usedSource.insert(candidate.0)
            usedTarget.insert(candidate.1)
            result.append(candidate)
        }
        return result
    }
}
