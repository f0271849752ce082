/// The search: dynamic programming over a ``Corridor`` of the (source × target) prefix matrix,
/// minimising the summed ``BeadCost`` of a monotone bead sequence.
///
/// Small problems are searched whole. Large ones are solved coarse to fine: units are grouped in
/// blocks, the blocks aligned (recursively), and the fine search runs only in a corridor around the
/// coarse path. Time and memory are then linear in the number of units for a bounded corridor
/// width, instead of the quadratic full matrix (hunalign needs 1.8 GB at 40k sentences).
public struct DynamicAligner: Sendable {
    /// Largest matrix (cells) searched whole; beyond it the search goes coarse to fine.
    public var maxFullCells: Int
    /// How many units form one block at each coarse level.
    public var blockSize: Int
    /// Extra target units searched on each side of the coarse path, as a multiple of the target
    /// block size.
    public var marginBlocks: Int

    /// An aligner with the given search limits.
    public init(maxFullCells: Int = 250_000, blockSize: Int = 4, marginBlocks: Int = 2) {
        self.maxFullCells = maxFullCells
        self.blockSize = max(blockSize, 2)
        self.marginBlocks = max(marginBlocks, 1)
    }

    /// The best monotone alignment of all units of `cost`: every unit in exactly one bead.
    /// Beads carry their cost; confidence is left at 1 (see ``ConfidenceModel``).
    public func align(_ cost: BeadCost) -> [PathBead] {
        let n = cost.sourceCount
        let m = cost.targetCount
        if n == 0 || m == 0 {
            return (0..<n).map { PathBead(source: $0..<($0 + 1), target: m..<m, cost: cost.cost(source: $0..<($0 + 1), target: m..<m, prior: 0)) }
                + (0..<m).map { PathBead(source: n..<n, target: $0..<($0 + 1), cost: cost.cost(source: n..<n, target: $0..<($0 + 1), prior: 0)) }
        }
        if (n + 1) * (m + 1) <= maxFullCells {
            return search(cost, in: .full(sourceCount: n, targetCount: m))
        }
        // Coarse to fine: blocks of similar total length on both sides.
        let sourceBlock = blockSize
        let targetBlock = max(1, Int((Double(blockSize) * Double(m) / Double(n)).rounded()))
        let coarse = align(cost.grouped(sourceBlock: sourceBlock, targetBlock: targetBlock))
        let corridor = Corridor.around(coarse: coarse, sourceBlock: sourceBlock, targetBlock: targetBlock,
                                       sourceCount: n, targetCount: m,
                                       margin: marginBlocks * targetBlock + cost.shapes.maxTarget)
        return search(cost, in: corridor)
    }

    /// The best path through `corridor` (which must satisfy its invariants).
    public func search(_ cost: BeadCost, in corridor: Corridor) -> [PathBead] {
        let n = corridor.sourceCount
        let m = corridor.targetCount
        let shapes = cost.shapes.costs
        // Row-major storage of the corridor.
        var rowStart = [Int](repeating: 0, count: n + 2)
        for i in 0...n { rowStart[i + 1] = rowStart[i] + corridor.upper[i] - corridor.lower[i] + 1 }
        var best = [Double](repeating: .infinity, count: rowStart[n + 1])
        var move = [UInt8](repeating: UInt8.max, count: rowStart[n + 1])
        best[0] = 0

        for i in 0...n {
            let lo = corridor.lower[i]
            let hi = corridor.upper[i]
            for j in lo...hi {
                if i == 0 && j == 0 { continue }
                var bestCost = Double.infinity
                var bestMove = UInt8.max
                for (k, entry) in shapes.enumerated() {
                    let pi = i - entry.shape.source
                    let pj = j - entry.shape.target
                    guard pi >= 0, pj >= 0, pj >= corridor.lower[pi], pj <= corridor.upper[pi] else { continue }
                    let previous = best[rowStart[pi] + pj - corridor.lower[pi]]
                    guard previous < .infinity else { continue }
                    let total = previous + cost.cost(source: pi..<i, target: pj..<j, prior: entry.cost)
                    if total < bestCost {
                        bestCost = total
                        bestMove = UInt8(k)
                    }
                }
                let index = rowStart[i] + j - lo
                best[index] = bestCost
                move[index] = bestMove
            }
        }

        var beads: [PathBead] = []
        var i = n
        var j = m
        while i > 0 || j > 0 {
            let index = rowStart[i] + j - corridor.lower[i]
            let k = Int(move[index])
            guard k < shapes.count else { break } // unreachable cell: cannot happen in a valid corridor
            let shape = shapes[k].shape
            let pi = i - shape.source
            let pj = j - shape.target
            let beadCost = best[index] - best[rowStart[pi] + pj - corridor.lower[pi]]
            beads.append(PathBead(source: pi..<i, target: pj..<j, cost: beadCost))
            i = pi
            j = pj
        }
        return beads.reversed()
    }
}
