/// A unit of the original left without a counterpart at its place whose translation stands
/// elsewhere without a source: a passage the translation moved. Each unit is alone in a one-sided
/// bead, or a ``LooseUnit`` of a bead that merged it with its neighbour.
public struct Move: Equatable, Sendable {
    /// The index of the bead holding the source unit (in ``Alignment/beads``).
    public let sourceBead: Int
    /// The source unit's document indices (a unit rejoined across a page has several).
    public let sourceUnits: [Int]
    /// The index of the bead holding the target unit.
    public let targetBead: Int
    /// The target unit's document indices.
    public let targetUnits: [Int]
    /// The cost of pairing the two units (nats), as a bead anywhere else would cost.
    public let cost: Double
    /// How likely the two units translate each other, in [0, 1].
    public let confidence: Double

    /// A move between two units.
    public init(sourceBead: Int, sourceUnits: [Int], targetBead: Int, targetUnits: [Int], cost: Double, confidence: Double) {
        self.sourceBead = sourceBead
        self.sourceUnits = sourceUnits
        self.targetBead = targetBead
        self.targetUnits = targetUnits
        self.cost = cost
        self.confidence = confidence
    }
}

/// A unit at the edge of a many-to-one bead that the bead holds only loosely: leaving it alone
/// would cost at most `margin` nats more than keeping it (the search merges a short untranslated
/// paragraph into its neighbour's bead rather than pay for a one-sided bead).
public struct LooseUnit: Equatable, Sendable {
    /// The index of the bead (in ``Alignment/beads``).
    public let bead: Int
    /// Whether the unit is on the source side.
    public let isSource: Bool
    /// The unit's document indices.
    public let units: [Int]
    /// What leaving it alone would cost more than keeping it (nats, ≥ 0).
    public let margin: Double

    /// A loose unit.
    public init(bead: Int, isSource: Bool, units: [Int], margin: Double) {
        self.bead = bead
        self.isSource = isSource
        self.units = units
        self.margin = margin
    }
}

/// A unit of a path that has no counterpart of its own: alone in a one-sided bead, or loose in a
/// many-to-one bead; `path` is the path bead, `unit` the unit's index in the aligned sequence.
struct FreeUnit: Hashable {
    let path: Int
    let unit: Int
    /// Whether it is alone in a one-sided bead.
    let alone: Bool
}

/// Finds ``LooseUnit``s: for each bead of two or more units on a side, the first and last unit
/// of that side, when the bead without it plus the unit alone costs less than `threshold` nats
/// more than the bead.
struct LooseUnits {
    let threshold: Double

    /// (path index, is source, unit index, margin) of the loose units of `path`.
    func find(in path: [PathBead], cost: BeadCost) -> [(Int, Bool, Int, Double)] {
        var result: [(Int, Bool, Int, Double)] = []
        func prior(_ a: Int, _ b: Int) -> Double? { cost.shapes.costs.first { $0.shape == BeadShape(a, b) }?.cost }
        for (k, bead) in path.enumerated() where !bead.isNull && (bead.source.count > 1 || bead.target.count > 1) {
            for isSource in [true, false] {
                let side = isSource ? bead.source : bead.target
                guard side.count > 1 else { continue }
                for unit in side.count == 1 ? [side.lowerBound] : [side.lowerBound, side.upperBound - 1] {
                    let rest = unit == side.lowerBound ? (side.lowerBound + 1)..<side.upperBound : side.lowerBound..<(side.upperBound - 1)
                    let (s, t) = isSource ? (rest, bead.target) : (bead.source, rest)
                    guard let shapePrior = prior(s.count, t.count) else { continue }
                    let alone = isSource ? cost.cost(source: unit..<(unit + 1), target: bead.target.upperBound..<bead.target.upperBound, prior: 0)
                                         : cost.cost(source: bead.source.upperBound..<bead.source.upperBound, target: unit..<(unit + 1), prior: 0)
                    let margin = cost.cost(source: s, target: t, prior: shapePrior) + alone - bead.cost
                    if margin < threshold { result.append((k, isSource, unit, max(margin, 0))) }
                }
            }
        }
        return result
    }
}

/// Pairs the one-sided beads of a path whose units translate each other, by the same cost model
/// that made the path (length, anchors, names, numbers, the lexicon): a unit dropped in one place
/// and one added in another are a passage moved when pairing them costs less than pairing either
/// with any of a sample of other units of the document (the document's own background), by at
/// least `margin` nats, and the pair is confident (`minConfidence`). Two unrelated paragraphs of
/// similar length pair cheaply too, but no more cheaply than with other paragraphs; a translation
/// stands out. Each unit is used once, best pairs first. No aligner we know of reports moves;
/// they show as an omission and an addition elsewhere.
public struct MovedUnits: Sendable {
    /// Nats by which pairing must beat the best background pair of either unit.
    public var margin = 1.5
    /// A unit at the edge of a many-to-one bead is free to be paired elsewhere (and reported as
    /// left out when it is not) when the bead holds it by less than this (nats); 0: never.
    public var looseThreshold = 2.5
    /// Least confidence of the pair (``ConfidenceModel/confidence(pairCost:)``).
    public var minConfidence = 0.8
    /// Background units sampled on the other side, evenly spread over the document.
    public var backgroundSample = 48
    /// Largest number of candidate pairs looked at (one-sided source × target units).
    public var maxPairs = 250_000

    /// Moves with the default thresholds.
    public init() {}

    /// The moves among the free units of `path` (alone in one-sided beads, or `loose`), as
    /// (source free unit, target free unit, cost, confidence), best first.
    func moves(in path: [PathBead], cost: BeadCost, confidence: ConfidenceModel,
               loose: [(Int, Bool, Int, Double)] = []) -> [(FreeUnit, FreeUnit, Double, Double)] {
        var dropped = path.indices.filter { path[$0].target.isEmpty && path[$0].source.count == 1 }
            .map { FreeUnit(path: $0, unit: path[$0].source.lowerBound, alone: true) }
        var added = path.indices.filter { path[$0].source.isEmpty && path[$0].target.count == 1 }
            .map { FreeUnit(path: $0, unit: path[$0].target.lowerBound, alone: true) }
        for (k, isSource, unit, _) in loose {
            if isSource { dropped.append(FreeUnit(path: k, unit: unit, alone: false)) } else { added.append(FreeUnit(path: k, unit: unit, alone: false)) }
        }
        guard !dropped.isEmpty, !added.isEmpty, dropped.count * added.count <= maxPairs else { return [] }
        // The best a unit does against units of the other side that are not its candidates.
        let addedUnits = Set(added.map(\.unit))
        let droppedUnits = Set(dropped.map(\.unit))
        var sourceBackground: [Int: Double] = [:], targetBackground: [Int: Double] = [:]
        func background(source unit: Int) -> Double {
            if let known = sourceBackground[unit] { return known }
            let best = sample(count: cost.targetCount).filter { !addedUnits.contains($0) }
                .map { cost.cost(source: unit..<(unit + 1), target: $0..<($0 + 1), prior: 0) }.min() ?? .infinity
            sourceBackground[unit] = best
            return best
        }
        func background(target unit: Int) -> Double {
            if let known = targetBackground[unit] { return known }
            let best = sample(count: cost.sourceCount).filter { !droppedUnits.contains($0) }
                .map { cost.cost(source: $0..<($0 + 1), target: unit..<(unit + 1), prior: 0) }.min() ?? .infinity
            targetBackground[unit] = best
            return best
        }
        var candidates: [(FreeUnit, FreeUnit, Double, Double)] = []
        for s in dropped {
            for t in added where s.path != t.path {
                let paired = cost.cost(source: s.unit..<(s.unit + 1), target: t.unit..<(t.unit + 1), prior: 0)
                let sure = confidence.confidence(pairCost: paired)
                guard sure >= minConfidence else { continue }
                if paired + margin <= min(background(source: s.unit), background(target: t.unit)) {
                    candidates.append((s, t, paired, sure))
                }
            }
        }
        candidates.sort { ($0.2, $0.0.unit, $0.1.unit) < ($1.2, $1.0.unit, $1.1.unit) }
        var usedSource = Set<Int>(), usedTarget = Set<Int>()
        var result: [(FreeUnit, FreeUnit, Double, Double)] = []
        for candidate in candidates where !usedSource.contains(candidate.0.unit) && !usedTarget.contains(candidate.1.unit) {
            usedSource.insert(candidate.0.unit)
            usedTarget.insert(candidate.1.unit)
            result.append(candidate)
        }
        return result
    }

    /// Up to `backgroundSample` unit indices evenly spread over `0..<count`.
    func sample(count: Int) -> [Int] {
        guard count > backgroundSample else { return Array(0..<count) }
        return (0..<backgroundSample).map { $0 * count / backgroundSample }
    }
}
