import Dispatch

/// The ``LengthModel`` cost of every pair of lengths below `limit`, computed once: the search of a
/// long document asks for the same pairs of lengths millions of times, and `erfc` and `log` cost
/// more than a lookup. Longer beads are priced by the model itself, to the same value.
///
/// Built once and read-only afterwards: any number of threads may read it.
final class LengthCostTable: @unchecked Sendable {
    /// The model whose costs are stored.
    let model: LengthModel
    /// Lengths (characters) below which costs are stored.
    let limit: Int
    private let costs: UnsafeMutablePointer<Double>

    /// The costs of `model` for all lengths below `limit`, computed on all cores.
    init(model: LengthModel, limit: Int) {
        self.model = model
        self.limit = limit
        let costs = UnsafeMutablePointer<Double>.allocate(capacity: limit * limit)
        self.costs = costs
        let chunks = 16
        let rows = (limit + chunks - 1) / chunks
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            for ls in (chunk * rows)..<min((chunk + 1) * rows, limit) {
                for lt in 0..<limit { (costs + ls * limit + lt).initialize(to: model.cost(sourceLength: ls, targetLength: lt)) }
            }
        }
    }

    deinit {
        costs.deallocate()
    }

    /// The table's storage, to read costs without reference counting while the table lives.
    struct View {
        let model: LengthModel
        let limit: Int
        let costs: UnsafeMutablePointer<Double>

        /// The cost of pairing `sourceLength` with `targetLength` characters.
        @inline(__always)
        func cost(sourceLength: Int, targetLength: Int) -> Double {
            sourceLength < limit && targetLength < limit
                ? costs[sourceLength &* limit &+ targetLength]
                : model.cost(sourceLength: sourceLength, targetLength: targetLength)
        }
    }

    /// A view of the storage, valid as long as the table is.
    var view: View { View(model: model, limit: limit, costs: costs) }
}
