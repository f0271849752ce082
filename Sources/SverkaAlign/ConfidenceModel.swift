import Foundation

/// Turns bead costs into confidences in [0, 1] (higher = more likely right).
///
/// A pairing bead's confidence is a logistic function of its cost: `1 / (1 + e^(slope·(cost − midpoint)))`.
/// A null bead (1-0, 0-1) is judged by its margin: the least it would have cost to absorb the unit
/// into a neighbouring pairing bead instead (or, with no such neighbour, to pair it with the
/// nearest unit across), minus the null cost. A unit that fits nowhere nearby is confidently
/// unpaired; one that nearly fitted is not.
public struct ConfidenceModel: Equatable, Sendable {
    /// Cost (nats) at which a pairing bead has confidence 0.5.
    public var midpoint: Double
    /// Steepness of the logistic (per nat).
    public var slope: Double

    /// A model with the given logistic parameters.
    public init(midpoint: Double = 4.0, slope: Double = 0.8) {
        self.midpoint = midpoint
        self.slope = slope
    }

    /// The confidence of a pairing bead of this cost.
    public func confidence(pairCost cost: Double) -> Double {
        1 / (1 + exp(slope * (cost - midpoint)))
    }

    /// The confidence of a null bead whose cheapest alternative would have cost `margin` nats
    /// more than leaving the unit alone (0.5 at a margin of 0).
    public func confidence(nullMargin margin: Double) -> Double {
        1 / (1 + exp(-slope * margin))
    }

    /// `beads` (a complete path) with confidences filled in, using `cost` to price the
    /// alternatives of null beads.
    public func apply(to beads: [PathBead], cost: BeadCost) -> [PathBead] {
        beads.indices.map { k in
            let bead = beads[k]
            guard bead.isNull else { return bead.with(confidence: confidence(pairCost: bead.cost)) }
            var alternative = Double.infinity
            // Absorb into the previous or next bead when it pairs and touches this unit.
            for neighbour in [k - 1, k + 1] where neighbour >= 0 && neighbour < beads.count && !beads[neighbour].isNull {
                let other = beads[neighbour]
                let source = bead.source.isEmpty ? other.source : Self.join(other.source, bead.source)
                let target = bead.target.isEmpty ? other.target : Self.join(other.target, bead.target)
                guard let source, let target else { continue }
                alternative = min(alternative, cost.cost(source: source, target: target, prior: 0) - other.cost)
            }
            if alternative == .infinity {
                alternative = nearestPairing(bead, cost: cost)
            }
            if alternative == .infinity { return bead.with(confidence: 1) }
            return bead.with(confidence: confidence(nullMargin: alternative - bead.cost))
        }
    }

    /// The cost of pairing a null bead's unit with the unit across at its position.
    private func nearestPairing(_ bead: PathBead, cost: BeadCost) -> Double {
        var best = Double.infinity
        if bead.target.isEmpty {
            for t in [bead.target.lowerBound - 1, bead.target.lowerBound] where t >= 0 && t < cost.targetCount {
                best = min(best, cost.cost(source: bead.source, target: t..<(t + 1), prior: 0))
            }
        } else {
            for s in [bead.source.lowerBound - 1, bead.source.lowerBound] where s >= 0 && s < cost.sourceCount {
                best = min(best, cost.cost(source: s..<(s + 1), target: bead.target, prior: 0))
            }
        }
        return best
    }

    /// The union of two adjacent ranges; nil when they do not touch.
    private static func join(_ a: Range<Int>, _ b: Range<Int>) -> Range<Int>? {
        if a.upperBound == b.lowerBound { return a.lowerBound..<b.upperBound }
        if b.upperBound == a.lowerBound { return b.lowerBound..<a.upperBound }
        return nil
    }
}
