/// The sorted ids of every window of `width` consecutive units, stored flat for the search's
/// inner loop: window `k` (units `k..<k+width`, clipped at the end) is
/// `ids[starts[k]..<starts[k+1]]`.
///
/// Built once before the search and read-only afterwards, so any number of threads may read it.
/// The storage is manual (freed in `deinit`) so that reading a window neither retains nor checks
/// bounds: callers must stay within `0..<count`.
package final class WindowTable: @unchecked Sendable {
    /// Units per window.
    package let width: Int
    /// Number of windows (= number of units).
    package let count: Int
    @usableFromInline let starts: UnsafeMutablePointer<Int>
    @usableFromInline let ids: UnsafeMutablePointer<Int32>

    /// The windows over `count` units whose sorted ids `unit(k)` gives; with `unique`, a window
    /// keeps each id once (a set), else as often as its units hold it (a multiset).
    package init(count: Int, width: Int, unique: Bool = false, unit: (Int) -> ArraySlice<Int32>) {
        self.width = width
        self.count = count
        var flat: [Int32] = []
        var offsets: [Int] = [0]
        offsets.reserveCapacity(count + 1)
        var merged: [Int32] = []
        var spare: [Int32] = []
        for start in 0..<count {
            merged.removeAll(keepingCapacity: true)
            for k in start..<min(start + width, count) {
                SortedMerge.merge(unit(k), into: &merged, spare: &spare)
            }
            if unique {
                var previous: Int32?
                for id in merged where id != previous {
                    flat.append(id)
                    previous = id
                }
            } else {
                flat.append(contentsOf: merged)
            }
            offsets.append(flat.count)
        }
        starts = .allocate(capacity: offsets.count)
        starts.initialize(from: offsets, count: offsets.count)
        ids = .allocate(capacity: max(flat.count, 1))
        ids.initialize(from: flat, count: flat.count)
    }

    deinit {
        starts.deallocate()
        ids.deallocate()
    }

    /// The table's storage, to read windows without reference counting while the table lives.
    public struct View {
        let starts: UnsafeMutablePointer<Int>
        let ids: UnsafeMutablePointer<Int32>

        /// Window `k`'s ids, sorted (`k` in `0..<count` of the table).
        @inline(__always)
        public func window(_ k: Int) -> UnsafeBufferPointer<Int32> {
            UnsafeBufferPointer(start: ids + starts[k], count: starts[k + 1] - starts[k])
        }
    }

    /// A view of the storage, valid as long as the table is.
    public var view: View { View(starts: starts, ids: ids) }

    /// Window `k`'s ids, sorted (`k` in `0..<count`).
    @inlinable @inline(__always)
    package func window(_ k: Int) -> UnsafeBufferPointer<Int32> {
        UnsafeBufferPointer(start: ids + starts[k], count: starts[k + 1] - starts[k])
    }
}
