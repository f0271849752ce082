import SverkaAlign

/// Each unit's reach (the stem ids its words translate to, sorted) with a 1,024-bit hash filter
/// in front, for the question the lexical evidence asks millions of times: is stem `t` in the
/// reach of unit `k`? The filter answers "no" for most stems in a few instructions; a "maybe" is
/// settled by binary search, so the answer is always exact.
///
/// Built once and read-only afterwards: any number of threads may ask at once.
final class ReachTable: @unchecked Sendable {
    /// 64-bit words of filter per unit.
    static let words = 16
    /// Number of units.
    let count: Int
    private let lists: WindowTable
    private let filters: UnsafeMutablePointer<UInt64>

    /// The table of `reach` (one sorted list per unit).
    init(_ reach: [[Int32]]) {
        count = reach.count
        lists = WindowTable(count: reach.count, width: 1) { reach[$0][...] }
        filters = .allocate(capacity: max(reach.count * Self.words, 1))
        filters.initialize(repeating: 0, count: max(reach.count * Self.words, 1))
        for (k, list) in reach.enumerated() {
            for id in list {
                let bit = Self.bit(id)
                filters[k * Self.words + bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
    }

    deinit {
        filters.deallocate()
    }

    /// The filter bit of stem `id` (0..<1024).
    @inline(__always)
    static func bit(_ id: Int32) -> Int {
        Int((UInt32(truncatingIfNeeded: id) &* 2_654_435_769) >> 22)
    }

    /// Whether stem `id`, whose filter bit is `bit`, is in the reach of unit `k`.
    @inline(__always)
    private func contains(_ id: Int32, bit: Int, unit k: Int) -> Bool {
        guard filters[k &* Self.words &+ bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
        return Self.sortedContains(lists.window(k), id)
    }

    /// Whether the sorted, 0-based `list` holds `id` (binary search).
    @inline(__always)
    static func sortedContains<List: RandomAccessCollection>(_ list: List, _ id: Int32) -> Bool
    where List.Element == Int32, List.Index == Int {
        var low = list.startIndex
        var high = list.endIndex
        while low < high {
            let middle = (low + high) >> 1
            if list[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low < list.endIndex && list[low] == id
    }

    /// Whether stem `id` is in the reach of unit `k`.
    func reaches(_ id: Int32, unit k: Int) -> Bool {
        contains(id, bit: Self.bit(id), unit: k)
    }

    /// How many of `stems` are in the reach of at least one unit of `units`.
    func reachedCount(_ stems: UnsafeBufferPointer<Int32>, units: Range<Int>) -> Int {
        var count = 0
        for id in stems {
            let bit = Self.bit(id)
            for k in units where contains(id, bit: bit, unit: k) {
                count += 1
                break
            }
        }
        return count
    }
}
