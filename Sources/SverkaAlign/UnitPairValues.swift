import Dispatch

/// A value for every unit pair of a ``UnitPairBand``, computed once (on several threads for a
/// large band) and stored flat: what evidence that scores a bead from its unit pairs looks up in
/// the search's inner loop.
///
/// Built once and read-only afterwards: any number of threads may read it. The storage is manual
/// (freed in `deinit`) so that a lookup neither retains nor checks more than the band.
final class UnitPairValues<Value>: @unchecked Sendable {
    /// The pairs covered.
    let band: UnitPairBand
    /// Fewest pairs worth computing on several threads.
    static var parallelPairs: Int { 65_536 }

    private let firstSource: Int
    private let sourceCount: Int
    /// Per covered source unit, the index of its first pair minus its first target unit, and its band.
    private let rowBase: UnsafeMutablePointer<Int>
    private let lower: UnsafeMutablePointer<Int>
    private let upper: UnsafeMutablePointer<Int>
    private let values: UnsafeMutablePointer<Value>

    /// The values `compute(source unit, target unit)` of the pairs of `band`, computed on up to
    /// `threads` threads (`compute` must be safe to call from several at once).
    init(band: UnitPairBand, threads: Int, compute: (Int, Int) -> Value) {
        self.band = band
        firstSource = band.firstSource
        sourceCount = band.sourceCount
        let n = band.sourceCount
        rowBase = .allocate(capacity: max(n, 1))
        lower = .allocate(capacity: max(n, 1))
        upper = .allocate(capacity: max(n, 1))
        var starts = [Int](repeating: 0, count: n + 1)
        for k in 0..<n {
            lower[k] = band.lower[k]
            upper[k] = band.upper[k]
            rowBase[k] = starts[k] - band.lower[k]
            starts[k + 1] = starts[k] + band.upper[k] - band.lower[k]
        }
        values = .allocate(capacity: max(starts[n], 1))
        let (values, rowBase, lower, upper, first) = (values, rowBase, lower, upper, band.firstSource)
        func fill(_ rows: Range<Int>) {
            for k in rows {
                for j in lower[k]..<upper[k] { (values + rowBase[k] + j).initialize(to: compute(first + k, j)) }
            }
        }
        let chunks = starts[n] >= Self.parallelPairs ? max(threads, 1) * 4 : 1
        if chunks > 1 {
            let size = (n + chunks - 1) / chunks
            DispatchQueue.concurrentPerform(iterations: chunks) { c in fill(min(c * size, n)..<min((c + 1) * size, n)) }
        } else {
            fill(0..<n)
        }
    }

    deinit {
        values.deinitialize(count: (0..<sourceCount).reduce(0) { $0 + upper[$1] - lower[$1] })
        values.deallocate()
        rowBase.deallocate()
        lower.deallocate()
        upper.deallocate()
    }

    /// The value of source unit `i` with target unit `j`, nil outside the band.
    @inline(__always)
    func value(_ i: Int, _ j: Int) -> Value? {
        view.value(i, j)
    }

    /// The table's storage, to read values without reference counting while the table lives.
    struct View {
        let firstSource: Int
        let sourceCount: Int
        let rowBase: UnsafeMutablePointer<Int>
        let lower: UnsafeMutablePointer<Int>
        let upper: UnsafeMutablePointer<Int>
        let values: UnsafeMutablePointer<Value>

        /// The value of source unit `i` with target unit `j`, nil outside the band.
        @inline(__always)
        func value(_ i: Int, _ j: Int) -> Value? {
            let k = i &- firstSource
            guard k >= 0, k < sourceCount, j >= lower[k], j < upper[k] else { return nil }
            return values[rowBase[k] &+ j]
        }
    }

    /// A view of the storage, valid as long as the table is.
    var view: View {
        View(firstSource: firstSource, sourceCount: sourceCount, rowBase: rowBase, lower: lower, upper: upper, values: values)
    }
}
