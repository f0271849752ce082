/// The part of the dynamic-programming matrix that is searched: for each source prefix length
/// `i` (0…n), the target prefix lengths `lower[i]…upper[i]` (inclusive).
///
/// Invariants: `lower[0] == 0`, `upper[n] == m`, both bounds non-decreasing, and
/// `lower[i] <= upper[i]`; together these keep a monotone path from (0,0) to (n,m) inside.
/// Memory is the sum of the row widths, linear in n for a corridor of bounded width.
package struct Corridor: Equatable, Sendable {
    /// First target prefix length searched in each row.
    package let lower: [Int]
    /// Last target prefix length searched in each row.
    package let upper: [Int]

    /// Number of source units (rows − 1).
    package var sourceCount: Int { lower.count - 1 }
    /// Number of target units.
    package var targetCount: Int { upper.last ?? 0 }

    /// The full matrix: every cell of an `n` × `m` problem (quadratic; for small problems).
    package static func full(sourceCount n: Int, targetCount m: Int) -> Corridor {
        Corridor(lower: [Int](repeating: 0, count: n + 1), upper: [Int](repeating: m, count: n + 1))
    }

    /// Number of cells searched.
    package var cellCount: Int { zip(lower, upper).reduce(0) { $0 + $1.1 - $1.0 + 1 } }

    /// A corridor around a coarse path: each coarse bead, mapping source blocks of
    /// `sourceBlock` units to target blocks of `targetBlock` units, opens its rectangle widened by
    /// `margin` target units on each side. Bounds are then made monotone and clamped.
    package static func around(coarse beads: [PathBead], sourceBlock: Int, targetBlock: Int,
                              sourceCount n: Int, targetCount m: Int, margin: Int) -> Corridor {
        var lower = [Int](repeating: Int.max, count: n + 1)
        var upper = [Int](repeating: Int.min, count: n + 1)
        for bead in beads {
            let rowStart = min(bead.source.lowerBound * sourceBlock, n)
            let rowEnd = min(bead.source.upperBound * sourceBlock, n)
            let colStart = min(bead.target.lowerBound * targetBlock, m)
            let colEnd = min(bead.target.upperBound * targetBlock, m)
            for row in rowStart...rowEnd {
                lower[row] = min(lower[row], max(colStart - margin, 0))
                upper[row] = max(upper[row], min(colEnd + margin, m))
            }
        }
        return monotone(lower: lower, upper: upper, targetCount: m)
    }

    /// Makes raw bounds valid: rows left unset inherit from their neighbours, `lower` becomes a
    /// running minimum from the end, `upper` a running maximum from the start, and the corners
    /// are pinned to (0, 0) and (n, m); each row reaches at least the start of the next.
    static func monotone(lower rawLower: [Int], upper rawUpper: [Int], targetCount m: Int) -> Corridor {
        let rows = rawLower.count
        var lower = rawLower
        var upper = rawUpper
        lower[0] = 0
        upper[rows - 1] = m
        var running = m
        for i in stride(from: rows - 1, through: 0, by: -1) {
            running = min(running, lower[i] == Int.max ? running : lower[i])
            lower[i] = running
        }
        running = 0
        for i in 0..<rows {
            running = max(running, upper[i] == Int.min ? running : upper[i])
            upper[i] = max(running, lower[i])
        }
        // Each row must reach the start of the next, so a 1-0 step can always go down.
        for i in 0..<(rows - 1) { upper[i] = max(upper[i], lower[i + 1]) }
        return Corridor(lower: lower, upper: upper)
    }
}
