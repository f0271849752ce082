import Dispatch
import SverkaAlign

/// The lexical matches of every unit pair of one search, computed once: for source unit `i` and
/// target unit `j` in the band, which of `j`'s own stems `i` reaches (a bit per stem, in the order
/// of `j`'s sorted stems) and which of `i`'s own stems `j` reaches back. A bead's matched count is
/// then a few ORs and popcounts over its unit pairs, where scoring it from the stem lists would
/// look every stem up again for each of the many beads that hold the same pair.
///
/// A stem that two units of a bead's side share is counted once, as the lists count it: each unit
/// keeps, per distance back, the mask of its stems that one of the units before it within that
/// distance already holds. Units with more than 64 own stems have no masks; beads holding one (or
/// reaching outside the band) are left to the lists (``matched(source:target:)`` returns nil).
///
/// Built once per search and read-only afterwards: any number of threads may read it.
final class LexicalPairTable: @unchecked Sendable {
    /// The unit pairs covered.
    let band: UnitPairBand
    /// Most stems a unit may own to have masks.
    static let maxStems = 64
    /// Fewest pairs worth building on several threads.
    static let parallelPairs = 65_536

    private let sourceUnits: Range<Int>
    private let targetUnits: Range<Int>
    /// Widest bead side (units) on each side that the repeat masks serve.
    private let sourceWidth: Int
    private let targetWidth: Int
    /// Per covered source unit, the index of its first pair and its band.
    private let pairStarts: UnsafeMutablePointer<Int>
    private let lower: UnsafeMutablePointer<Int>
    private let upper: UnsafeMutablePointer<Int>
    /// Per pair, the bits of the target unit's stems that the source unit reaches.
    private let forward: UnsafeMutablePointer<UInt64>
    /// Per pair, the bits of the source unit's stems that the target unit reaches.
    private let backward: UnsafeMutablePointer<UInt64>
    /// Per unit and distance d (1 ..< width), the bits of its stems held by one of the d units before it;
    /// all ones for a unit with too many stems (it has no masks).
    private let sourceRepeats: UnsafeMutablePointer<UInt64>
    private let targetRepeats: UnsafeMutablePointer<UInt64>
    /// Whether each unit has too many stems for masks.
    private let sourceWide: UnsafeMutablePointer<Bool>
    private let targetWide: UnsafeMutablePointer<Bool>

    /// The table of `band`, for beads of up to `sourceWidth` × `targetWidth` units, from each
    /// unit's own stems (sorted, distinct) and reach.
    init(band: UnitPairBand, sourceOwn: [[Int32]], targetOwn: [[Int32]], sourceReach: ReachTable, targetReach: ReachTable,
         sourceWidth: Int, targetWidth: Int, threads: Int) {
        self.band = band
        self.sourceWidth = max(sourceWidth, 1)
        self.targetWidth = max(targetWidth, 1)
        let n = band.sourceCount
        sourceUnits = band.firstSource..<(band.firstSource + n)
        let firstTarget = band.lower.min() ?? 0
        targetUnits = firstTarget..<max(band.upper.max() ?? firstTarget, firstTarget)
        pairStarts = .allocate(capacity: n + 1)
        lower = .allocate(capacity: max(n, 1))
        upper = .allocate(capacity: max(n, 1))
        pairStarts[0] = 0
        for k in 0..<n {
            lower[k] = band.lower[k]
            upper[k] = band.upper[k]
            pairStarts[k + 1] = pairStarts[k] + band.upper[k] - band.lower[k]
        }
        let pairs = pairStarts[n]
        forward = .allocate(capacity: max(pairs, 1))
        backward = .allocate(capacity: max(pairs, 1))
        (sourceRepeats, sourceWide) = Self.repeats(of: sourceOwn, units: sourceUnits, width: self.sourceWidth)
        (targetRepeats, targetWide) = Self.repeats(of: targetOwn, units: targetUnits, width: self.targetWidth)

        let (forward, backward, pairStarts, lower, upper) = (forward, backward, pairStarts, lower, upper)
        let (first, sourceWide, targetWide) = (band.firstSource, sourceWide, targetWide)
        let fill = { (rows: Range<Int>) in
            for k in rows {
                let i = first + k
                let ownI = sourceOwn[i]
                let wideI = sourceWide[k]
                for j in lower[k]..<upper[k] {
                    let slot = pairStarts[k] + j - lower[k]
                    guard !wideI, !targetWide[j - firstTarget] else {
                        forward[slot] = 0
                        backward[slot] = 0
                        continue
                    }
                    var reached: UInt64 = 0
                    for (p, id) in targetOwn[j].enumerated() where sourceReach.reaches(id, unit: i) {
                        reached |= 1 << UInt64(p)
                    }
                    forward[slot] = reached
                    var back: UInt64 = 0
                    for (q, id) in ownI.enumerated() where targetReach.reaches(id, unit: j) {
                        back |= 1 << UInt64(q)
                    }
                    backward[slot] = back
                }
            }
        }
        let chunks = pairs >= Self.parallelPairs ? max(threads, 1) * 4 : 1
        if chunks > 1 {
            let size = (n + chunks - 1) / chunks
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                fill(min(c * size, n)..<min((c + 1) * size, n))
            }
        } else {
            fill(0..<n)
        }
    }

    deinit {
        for pointer in [pairStarts, lower, upper] { pointer.deallocate() }
        for pointer in [forward, backward, sourceRepeats, targetRepeats] { pointer.deallocate() }
        sourceWide.deallocate()
        targetWide.deallocate()
    }

    /// Per unit of `units` and distance d in 1 ..< `width`, the bits of its stems found in one of
    /// the d units before it (stored at `(unit − first) · (width − 1) + d − 1`), and whether it
    /// has too many stems for masks.
    private static func repeats(of own: [[Int32]], units: Range<Int>, width: Int)
    -> (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<Bool>) {
        let stride = width - 1
        let masks = UnsafeMutablePointer<UInt64>.allocate(capacity: max(units.count * stride, 1))
        let wide = UnsafeMutablePointer<Bool>.allocate(capacity: max(units.count, 1))
        for (k, unit) in units.enumerated() {
            let stems = own[unit]
            wide[k] = stems.count > maxStems
            var mask: UInt64 = 0
            for d in 1..<max(width, 1) {
                if !wide[k], unit - d >= 0 {
                    let before = own[unit - d]
                    for (p, id) in stems.enumerated() where mask & (1 << UInt64(p)) == 0 && Self.contains(before, id) {
                        mask |= 1 << UInt64(p)
                    }
                }
                masks[k * stride + d - 1] = wide[k] ? ~0 : mask
            }
        }
        return (masks, wide)
    }

    /// Whether the sorted `list` holds `id`.
    private static func contains(_ list: [Int32], _ id: Int32) -> Bool {
        ReachTable.sortedContains(list, id)
    }

    /// The matched count of source units `s` against target units `t` (see ``LexicalEvidence``),
    /// or nil when the table cannot tell (a pair outside the band, a side wider than the table
    /// serves, a unit with too many stems).
    @inline(__always)
    func matched(source s: Range<Int>, target t: Range<Int>) -> Int? {
        guard s.lowerBound >= sourceUnits.lowerBound, s.upperBound <= sourceUnits.upperBound,
              t.lowerBound >= targetUnits.lowerBound, t.upperBound <= targetUnits.upperBound,
              s.count <= sourceWidth, t.count <= targetWidth else { return nil }
        let firstRow = s.lowerBound - sourceUnits.lowerBound
        let firstColumn = t.lowerBound - targetUnits.lowerBound
        for k in firstRow..<(firstRow + s.count) {
            guard lower[k] <= t.lowerBound, t.upperBound <= upper[k], !sourceWide[k] else { return nil }
        }
        for c in firstColumn..<(firstColumn + t.count) where targetWide[c] { return nil }
        var count = 0
        // Target stems reached from the source side, each counted at its first unit.
        for d in 0..<t.count {
            let j = t.lowerBound + d
            var reached: UInt64 = 0
            for k in firstRow..<(firstRow + s.count) { reached |= forward[pairStarts[k] + j - lower[k]] }
            if d > 0 { reached &= ~targetRepeats[(firstColumn + d) * (targetWidth - 1) + d - 1] }
            count += reached.nonzeroBitCount
        }
        // Source stems reached back from the target side.
        for d in 0..<s.count {
            let k = firstRow + d
            var reached: UInt64 = 0
            let row = pairStarts[k] - lower[k]
            for j in t { reached |= backward[row + j] }
            if d > 0 { reached &= ~sourceRepeats[k * (sourceWidth - 1) + d - 1] }
            count += reached.nonzeroBitCount
        }
        return count
    }
}
