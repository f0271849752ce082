import Foundation

/// The search: dynamic programming over a ``Corridor`` of the (source × target) prefix matrix,
/// minimising the summed ``BeadCost`` of a monotone bead sequence.
///
/// Small problems are searched whole. Large ones are solved coarse to fine: units are grouped in
/// blocks, the blocks aligned (recursively), and the fine search runs only in a corridor around the
/// coarse path. Time and memory are then linear in the number of units for a bounded corridor
/// width, instead of the quadratic full matrix (hunalign needs 1.8 GB at 40k sentences).
///
/// Bead costs do not depend on the path, so on large corridors they are computed ahead of the
/// recurrence, a band of rows at a time, by several threads; the recurrence itself is cheap and
/// stays sequential. The result is the same whatever the number of threads.
public struct DynamicAligner: Sendable {
    /// Largest matrix (cells) searched whole; beyond it the search goes coarse to fine.
    public var maxFullCells: Int
    /// How many units form one block at each coarse level.
    public var blockSize: Int
    /// Extra target units searched on each side of the coarse path, as a multiple of the target
    /// block size.
    public var marginBlocks: Int
    /// Largest matrix of blocks (cells) searched whole at the coarse levels.
    static let blockFullCells = 20_000
    /// Threads that compute bead costs on corridors of `parallelCells` cells or more (1: none).
    public var threads: Int
    /// Smallest corridor (cells) worth scoring on several threads.
    public var parallelCells: Int

    /// An aligner with the given search limits; `threads` defaults to the machine's cores.
    public init(maxFullCells: Int = 250_000, blockSize: Int = 4, marginBlocks: Int = 1,
                threads: Int? = nil, parallelCells: Int = 100_000) {
        self.maxFullCells = maxFullCells
        self.blockSize = max(blockSize, 2)
        self.marginBlocks = max(marginBlocks, 1)
        self.threads = max(threads ?? ProcessInfo.processInfo.activeProcessorCount, 1)
        self.parallelCells = parallelCells
    }

    /// The best monotone alignment of all units of `cost`: every unit in exactly one bead.
    /// Beads carry their cost; confidence is left at 1 (see ``ConfidenceModel``).
    public func align(_ cost: BeadCost) -> [PathBead] {
        align(cost, filter: nil)!
    }

    /// The best alignment of `cost` whose beads `filter` allows (the coarse levels search freely,
    /// the fine search keeps to the filter; when the corridor around the coarse path holds no
    /// allowed path, the whole matrix is searched if it has at most `16 × maxFullCells` cells).
    /// Nil when no allowed path is found.
    package func align(_ cost: BeadCost, filter: BeadFilter?) -> [PathBead]? {
        let n = cost.sourceCount
        let m = cost.targetCount
        if n == 0 || m == 0 {
            return (0..<n).map { PathBead(source: $0..<($0 + 1), target: m..<m, cost: cost.cost(source: $0..<($0 + 1), target: m..<m, prior: 0)) }
                + (0..<m).map { PathBead(source: n..<n, target: $0..<($0 + 1), cost: cost.cost(source: n..<n, target: $0..<($0 + 1), prior: 0)) }
        }
        if (n + 1) * (m + 1) <= maxFullCells {
            return search(cost, in: .full(sourceCount: n, targetCount: m), filter: filter)
        }
        // Coarse to fine: blocks of similar total length on both sides.
        let sourceBlock = blockSize
        let targetBlock = max(1, Int((Double(blockSize) * Double(m) / Double(n)).rounded()))
        let groupedCost = cost.grouped(sourceBlock: sourceBlock, targetBlock: targetBlock)
        // Blocks are searched whole only when few: a full matrix of blocks costs more than the
        // further coarse levels that shrink it, and blocks carry many anchors each.
        var blocks = self
        blocks.maxFullCells = min(maxFullCells, Self.blockFullCells)
        let coarse = blocks.align(groupedCost)
        let corridor = Corridor.around(coarse: coarse, sourceBlock: sourceBlock, targetBlock: targetBlock,
                                       sourceCount: n, targetCount: m,
                                       margin: marginBlocks * targetBlock + cost.shapes.maxTarget)
        guard let filter else { return search(cost, in: corridor) }
        if let path = search(cost, in: corridor, filter: filter) { return path }
        guard (n + 1) * (m + 1) <= 16 * maxFullCells else { return nil }
        return search(cost, in: .full(sourceCount: n, targetCount: m), filter: filter)
    }

    /// The best path through `corridor` (which must satisfy its invariants).
    package func search(_ cost: BeadCost, in corridor: Corridor) -> [PathBead] {
        search(cost, in: corridor, filter: nil)!
    }

    /// The best path through `corridor` whose beads `filter` allows; nil when there is none.
    package func search(_ cost: BeadCost, in corridor: Corridor, filter: BeadFilter?) -> [PathBead]? {
        let n = corridor.sourceCount
        let m = corridor.targetCount
        let shapes = cost.shapes.costs
        cost.prepare(for: corridor, threads: threads)
        // Row-major storage of the corridor.
        var rowStart = [Int](repeating: 0, count: n + 2)
        for i in 0...n { rowStart[i + 1] = rowStart[i] + corridor.upper[i] - corridor.lower[i] + 1 }
        var best = [Double](repeating: .infinity, count: rowStart[n + 1])
        var move = [UInt8](repeating: UInt8.max, count: rowStart[n + 1])
        best[0] = 0

        /// The predecessor cell of (i, j) for shape k, if it lies in the corridor.
        @inline(__always) func predecessor(_ i: Int, _ j: Int, _ k: Int) -> (Int, Int)? {
            let pi = i - shapes[k].shape.source
            let pj = j - shapes[k].shape.target
            guard pi >= 0, pj >= 0, pj >= corridor.lower[pi], pj <= corridor.upper[pi] else { return nil }
            return (pi, pj)
        }
        /// The recurrence for the cells of `rows`, reading bead costs from `scored` when given
        /// (indexed by cell − `base`, times the number of shapes, plus the shape).
        func relax(_ rows: Range<Int>, scored: UnsafeBufferPointer<Double>?, base: Int) {
            for i in rows {
                let lo = corridor.lower[i]
                for j in lo...corridor.upper[i] {
                    if i == 0 && j == 0 { continue }
                    let cell = rowStart[i] + j - lo
                    if let filter, !filter.allows(cell: i, j) { continue }
                    var bestCost = Double.infinity
                    var bestMove = UInt8.max
                    for k in shapes.indices {
                        guard let (pi, pj) = predecessor(i, j, k) else { continue }
                        let previous = best[rowStart[pi] + pj - corridor.lower[pi]]
                        guard previous < .infinity else { continue }
                        if let filter, !filter.allows(source: pi..<i, target: pj..<j) { continue }
                        let beadCost = scored.map { $0[(cell - base) * shapes.count + k] }
                            ?? cost.cost(source: pi..<i, target: pj..<j, prior: shapes[k].cost)
                        let total = previous + beadCost
                        if total < bestCost {
                            bestCost = total
                            bestMove = UInt8(k)
                        }
                    }
                    best[cell] = bestCost
                    move[cell] = bestMove
                }
            }
        }

        if threads > 1 && rowStart[n + 1] >= parallelCells {
            // Bands of rows: costs of a band on all threads, then its recurrence.
            let bandCells = 131_072
            var scores = [Double](repeating: .infinity, count: (bandCells + m + 1) * shapes.count)
            var first = 0
            while first <= n {
                var last = first + 1
                while last <= n && rowStart[last + 1] - rowStart[first] <= bandCells { last += 1 }
                let base = rowStart[first]
                let rows = first..<last
                let stripes = min(threads, rows.count)
                scores.withUnsafeMutableBufferPointer { out in
                    let out = out
                    DispatchQueue.concurrentPerform(iterations: stripes) { stripe in
                        var i = rows.lowerBound + stripe
                        while i < rows.upperBound {
                            let lo = corridor.lower[i]
                            for j in lo...corridor.upper[i] {
                                let slot = (rowStart[i] + j - lo - base) * shapes.count
                                for k in shapes.indices {
                                    guard let (pi, pj) = predecessor(i, j, k) else { continue }
                                    out[slot + k] = cost.cost(source: pi..<i, target: pj..<j, prior: shapes[k].cost)
                                }
                            }
                            i += stripes
                        }
                    }
                }
                scores.withUnsafeBufferPointer { relax(rows, scored: $0, base: base) }
                first = last
            }
        } else {
            relax(0..<(n + 1), scored: nil, base: 0)
        }

        if filter != nil && !(best[rowStart[n] + m - corridor.lower[n]] < .infinity) { return nil }
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

