/// Merging small sorted arrays without sorting, for the evidence terms' inner loop.
package enum SortedMerge {
    /// Replaces `into` with the sorted multiset union of `into` (sorted) and `other` (sorted),
    /// using `spare` as working space (its contents are lost). Linear in the two lengths.
    package static func merge(_ other: ArraySlice<Int32>, into: inout [Int32], spare: inout [Int32]) {
        if other.isEmpty { return }
        if into.isEmpty {
            into.append(contentsOf: other)
            return
        }
        spare.removeAll(keepingCapacity: true)
        var i = into.startIndex
        var j = other.startIndex
        while i < into.endIndex && j < other.endIndex {
            if into[i] <= other[j] {
                spare.append(into[i]); i += 1
            } else {
                spare.append(other[j]); j += 1
            }
        }
        spare.append(contentsOf: into[i...])
        spare.append(contentsOf: other[j...])
        swap(&into, &spare)
    }
}
