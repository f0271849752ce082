/// Evidence that forbids pairing some units: a bead holding any of them with units of the other
/// side costs infinitely much, so the search leaves each alone in a one-sided bead. Used to take a
/// moved passage out of the path before searching again.
final class ExcludedUnitsEvidence: BeadEvidence {
    private let source: [Bool]
    private let target: [Bool]

    /// Forbids pairing source units `source` (of `sourceCount`) and target units `target`.
    init(source: Set<Int>, target: Set<Int>, sourceCount: Int, targetCount: Int) {
        self.source = (0..<sourceCount).map(source.contains)
        self.target = (0..<targetCount).map(target.contains)
    }

    func bonus(source: Range<Int>, target: Range<Int>) -> Double {
        for s in source where self.source[s] { return -.infinity }
        for t in target where self.target[t] { return -.infinity }
        return 0
    }

    /// Blocks are not excluded: the coarse search only places the corridor.
    func grouped(sourceBlock: Int, targetBlock: Int) -> BeadEvidence? { nil }
}

extension MovedUnits {
    /// Most searches run again to take moved passages out, per alignment.
    static let maxRealignments = 3

    /// `path` searched again without the moved passages the first search hid: a unit left
    /// without a counterpart at its place (alone, or loose in a many-to-one bead) whose
    /// translation the search paired with the wrong unit elsewhere (the units between shifted by
    /// one to fill the gap) is taken out with that translation, and the rest searched again. A
    /// move is kept when the new path, with the two units paired at `margin` nats more than their
    /// pair costs, costs less than the old one: the passage, moved, explains the two texts better
    /// than the shifted pairs. Candidates are the confident pairs of a free unit with a unit at
    /// least two beads away that beat every other unit of a sample of the document by `margin`
    /// (``moves(in:cost:confidence:loose:)`` then reports them). `search` runs the search with
    /// extra evidence (the exclusions).
    func realigned(_ path: [PathBead], cost: BeadCost, confidence: ConfidenceModel,
                   search: ([BeadEvidence]) -> [PathBead]) -> [PathBead] {
        let loose = looseThreshold > 0 ? LooseUnits(threshold: looseThreshold).find(in: path, cost: cost) : []
        var candidates = realignmentCandidates(in: path, cost: cost, confidence: confidence, loose: loose)
        guard !candidates.isEmpty else { return path }
        candidates.sort { ($0.cost, $0.source, $0.target) < ($1.cost, $1.source, $1.target) }
        func total(_ path: [PathBead]) -> Double { path.reduce(0) { $0 + $1.cost } }
        func alone(_ source: Int?, _ target: Int?) -> Double {
            if let source { return cost.cost(source: source..<(source + 1), target: 0..<0, prior: 0) }
            if let target { return cost.cost(source: 0..<0, target: target..<(target + 1), prior: 0) }
            return 0
        }
        var best = path
        var bestTotal = total(path)
        var taken: [(source: Int, target: Int, cost: Double)] = []
        var tries = 0
        for candidate in candidates where tries < Self.maxRealignments
            && !taken.contains(where: { $0.source == candidate.source || $0.target == candidate.target }) {
            tries += 1
            let moved = taken + [candidate]
            let exclusion = ExcludedUnitsEvidence(source: Set(moved.map(\.source)), target: Set(moved.map(\.target)),
                                                  sourceCount: cost.sourceCount, targetCount: cost.targetCount)
            let found = search([exclusion])
            // The excluded units cost their null beads in `found`; as a move they cost their pair.
            let pairs = moved.reduce(0) { $0 + $1.cost + margin - alone($1.source, nil) - alone(nil, $1.target) }
            let candidateTotal = total(found) + pairs
            if candidateTotal < bestTotal {
                best = found
                bestTotal = candidateTotal
                taken = moved
            }
        }
        return best
    }

    /// The pairs (source unit, target unit, cost) of a free unit of `path` (alone in a one-sided
    /// bead or `loose`) with any unit of the other side at least two beads away, confident and
    /// beating the best other unit of a background sample of each side by `margin`.
    func realignmentCandidates(in path: [PathBead], cost: BeadCost, confidence: ConfidenceModel,
                               loose: [(Int, Bool, Int, Double)]) -> [(source: Int, target: Int, cost: Double)] {
        var sourceBead = [Int](repeating: 0, count: cost.sourceCount)
        var targetBead = [Int](repeating: 0, count: cost.targetCount)
        for (k, bead) in path.enumerated() {
            for s in bead.source { sourceBead[s] = k }
            for t in bead.target { targetBead[t] = k }
        }
        var freeSource = path.filter { $0.target.isEmpty && $0.source.count == 1 }.map(\.source.lowerBound)
        var freeTarget = path.filter { $0.source.isEmpty && $0.target.count == 1 }.map(\.target.lowerBound)
        for (_, isSource, unit, _) in loose {
            if isSource { freeSource.append(unit) } else { freeTarget.append(unit) }
        }
        guard !(freeSource.isEmpty && freeTarget.isEmpty),
              (freeSource.count * cost.targetCount + freeTarget.count * cost.sourceCount) <= maxPairs else { return [] }
        func pair(_ s: Int, _ t: Int) -> Double { cost.cost(source: s..<(s + 1), target: t..<(t + 1), prior: 0) }
        // The two best units of the other side's sample for each unit: the best but `x`, in O(1).
        typealias BestTwo = (first: (Double, Int), second: (Double, Int))
        func bestTwo(_ costs: [(Double, Int)]) -> BestTwo {
            var first = (Double.infinity, -1), second = (Double.infinity, -1)
            for entry in costs {
                if entry.0 < first.0 { second = first; first = entry } else if entry.0 < second.0 { second = entry }
            }
            return (first, second)
        }
        func other(_ best: BestTwo, than x: Int) -> Double { best.first.1 != x ? best.first.0 : best.second.0 }
        let sourceSample = sample(count: cost.sourceCount)
        let targetSample = sample(count: cost.targetCount)
        var sourceBest: [Int: BestTwo] = [:], targetBest: [Int: BestTwo] = [:]
        func background(source s: Int) -> BestTwo {
            if let known = sourceBest[s] { return known }
            let found = bestTwo(targetSample.map { (pair(s, $0), $0) })
            sourceBest[s] = found
            return found
        }
        func background(target t: Int) -> BestTwo {
            if let known = targetBest[t] { return known }
            let found = bestTwo(sourceSample.map { (pair($0, t), $0) })
            targetBest[t] = found
            return found
        }
        func distinct(_ s: Int, _ t: Int, _ paired: Double) -> Bool {
            abs(sourceBead[s] - targetBead[t]) >= 2 && confidence.confidence(pairCost: paired) >= minConfidence
                && paired + margin <= other(background(source: s), than: t) && paired + margin <= other(background(target: t), than: s)
        }
        var result: [(source: Int, target: Int, cost: Double)] = []
        let freeSources = Set(freeSource)
        for s in freeSource {
            for t in 0..<cost.targetCount {
                let paired = pair(s, t)
                if distinct(s, t, paired) { result.append((s, t, paired)) }
            }
        }
        for t in freeTarget {
            for s in 0..<cost.sourceCount where !freeSources.contains(s) {
                let paired = pair(s, t)
                if distinct(s, t, paired) { result.append((s, t, paired)) }
            }
        }
        return result
    }
}
