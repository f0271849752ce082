/// Which target units each source unit may share a bead with in one search: for source unit
/// `firstSource + k`, the target units `lower[k]..<upper[k]`. Evidence that scores a bead from
/// its unit pairs (``BeadEvidence/prepare(pairs:threads:)``) computes those pairs once over the
/// band instead of once per bead holding them.
public struct UnitPairBand: Equatable, Sendable {
    /// The first source unit covered.
    public let firstSource: Int
    /// Per covered source unit, the first target unit it may pair with.
    public let lower: [Int]
    /// Per covered source unit, one past the last target unit it may pair with.
    public let upper: [Int]

    /// A band over source units `firstSource..<firstSource + lower.count` (`lower` and `upper` of
    /// equal length).
    public init(firstSource: Int, lower: [Int], upper: [Int]) {
        precondition(lower.count == upper.count, "a band needs both bounds for every source unit")
        self.firstSource = firstSource
        self.lower = lower
        self.upper = upper
    }

    /// The unit pairs of every bead of at most `maxSource` source units between two cells of
    /// `corridor`: source unit `u` lies in beads from row `u + 1 − maxSource` (or 0) at the
    /// earliest to row `u + maxSource` (or n) at the latest, so its target units lie between the
    /// first column of the one and the last column of the other.
    package init(corridor: Corridor, maxSource: Int) {
        let n = corridor.sourceCount
        let reach = max(maxSource, 1)
        var lower: [Int] = []
        var upper: [Int] = []
        lower.reserveCapacity(n)
        upper.reserveCapacity(n)
        for u in 0..<n {
            lower.append(corridor.lower[max(0, u + 1 - reach)])
            upper.append(max(corridor.upper[min(n, u + reach)], lower[u]))
        }
        self.init(firstSource: 0, lower: lower, upper: upper)
    }

    /// Number of source units covered.
    public var sourceCount: Int { lower.count }

    /// Number of unit pairs in the band.
    public var pairCount: Int { zip(lower, upper).reduce(0) { $0 + $1.1 - $1.0 } }

    /// The same pairs with source units moved by `source` and target units by `target`.
    public func shifted(source: Int, target: Int) -> UnitPairBand {
        UnitPairBand(firstSource: firstSource + source, lower: lower.map { $0 + target }, upper: upper.map { $0 + target })
    }
}
