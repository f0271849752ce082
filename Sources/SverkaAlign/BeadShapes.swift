/// The bead shapes the aligner may use and what each costs a priori.
///
/// Costs are negative log prior odds against 1-1, in nats, after Gale & Church (1993), whose
/// priors were 1-1 0.89, 1-0/0-1 0.0099, 2-1/1-2 0.089, 2-2 0.011; rarer shapes cost more.
public struct BeadShapes: Equatable, Sendable {
    /// The allowed shapes with their prior costs (nats). Always includes 1-0 and 0-1.
    public let costs: [(shape: BeadShape, cost: Double)]

    public static func == (a: BeadShapes, b: BeadShapes) -> Bool {
        a.costs.map(\.shape) == b.costs.map(\.shape) && a.costs.map(\.cost) == b.costs.map(\.cost)
    }

    /// Shapes up to `maxSide` units on one side (1…4) and `maxTotal` units in all (2…6).
    /// The default allows 1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3, 3-1.
    public init(maxSide: Int = 3, maxTotal: Int = 4) {
        var costs: [(BeadShape, Double)] = []
        let side = min(max(maxSide, 1), 4)
        let total = min(max(maxTotal, 2), 6)
        for a in 0...side {
            for b in 0...side where a + b >= 1 && a + b <= total {
                if (a == 0 && b > 1) || (b == 0 && a > 1) { continue } // nulls are one unit at a time
                costs.append((BeadShape(a, b), Self.priorCost(a, b)))
            }
        }
        self.costs = costs.sorted { $0.0 < $1.0 }
    }

    /// The prior cost of an `a`-`b` bead.
    static func priorCost(_ a: Int, _ b: Int) -> Double {
        switch (min(a, b), max(a, b)) {
        case (1, 1): return 0
        case (0, 1): return 0 // nulls are priced by ``BeadCost/nullCost``
        case (1, 2): return 2.3
        case (2, 2): return 4.4
        case (1, 3): return 4.0
        case (2, 3): return 5.8
        case (1, 4): return 5.8
        case (3, 3): return 7.5
        default: return 8.0
        }
    }

    /// The same shapes with `extra` nats added to the prior of every shape that joins units
    /// (all but 1-1, 1-0 and 0-1): paragraphs are merged by translators far less often than
    /// sentences are.
    public func penalisingMerges(by extra: Double) -> BeadShapes {
        BeadShapes(costs: costs.map { entry in
            let joins = entry.shape.source + entry.shape.target > 2
            return (entry.shape, entry.cost + (joins ? extra : 0))
        })
    }

    private init(costs: [(shape: BeadShape, cost: Double)]) {
        self.costs = costs
    }

    /// The largest number of source units in one bead.
    public var maxSource: Int { costs.map(\.shape.source).max() ?? 1 }
    /// The largest number of target units in one bead.
    public var maxTarget: Int { costs.map(\.shape.target).max() ?? 1 }
}
