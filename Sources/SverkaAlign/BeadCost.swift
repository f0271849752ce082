/// The cost of a bead: the sum the aligner minimises.
///
/// For a bead joining source units `S` and target units `T`, both non-empty:
///
///     cost = length(|S|, |T|) + prior(shape) − Σ evidence.bonus(S, T)
///
/// where `length` is the ``LengthModel`` cost on the summed character lengths, `prior` the
/// shape's cost from ``BeadShapes``, and the evidence terms come from anchors (``AnchorEvidence``)
/// and any other ``BeadEvidence`` plugged in (a dictionary, a learnt lexicon). A bead with one empty
/// side costs `nullCost` per unit, whatever its length: omissions are judged by how badly the unit
/// fits anywhere else, not by how long it is.
public struct BeadCost {
    /// The length model.
    public let lengthModel: LengthModel
    /// The allowed shapes and their priors.
    public let shapes: BeadShapes
    /// Cost of leaving one unit unpaired (nats).
    public let nullCost: Double
    /// The evidence terms.
    public let evidence: [BeadEvidence]
    let sourceLengths: [Int]
    let targetLengths: [Int]
    private let sourcePrefix: [Int]
    private let targetPrefix: [Int]

    /// A cost over units with the given lengths (characters).
    public init(sourceLengths: [Int], targetLengths: [Int], lengthModel: LengthModel, shapes: BeadShapes,
                nullCost: Double, evidence: [BeadEvidence]) {
        self.lengthModel = lengthModel
        self.shapes = shapes
        self.nullCost = nullCost
        self.evidence = evidence
        self.sourceLengths = sourceLengths
        self.targetLengths = targetLengths
        self.sourcePrefix = Self.prefixSums(sourceLengths)
        self.targetPrefix = Self.prefixSums(targetLengths)
    }

    /// Number of source units.
    public var sourceCount: Int { sourceLengths.count }
    /// Number of target units.
    public var targetCount: Int { targetLengths.count }

    /// The cost of pairing `source` with `target` with prior `prior` (nats); `nullCost` when one
    /// side is empty.
    public func cost(source: Range<Int>, target: Range<Int>, prior: Double) -> Double {
        if source.isEmpty || target.isEmpty { return nullCost * Double(source.count + target.count) }
        let ls = sourcePrefix[source.upperBound] - sourcePrefix[source.lowerBound]
        let lt = targetPrefix[target.upperBound] - targetPrefix[target.lowerBound]
        var total = lengthModel.cost(sourceLength: ls, targetLength: lt) + prior
        for term in evidence { total -= term.bonus(source: source, target: target) }
        return total
    }

    /// The same cost on blocks of `sourceBlock` and `targetBlock` units, for coarse search.
    public func grouped(sourceBlock: Int, targetBlock: Int) -> BeadCost {
        BeadCost(
            sourceLengths: Self.blockSums(sourceLengths, sourceBlock),
            targetLengths: Self.blockSums(targetLengths, targetBlock),
            lengthModel: lengthModel,
            shapes: shapes,
            nullCost: nullCost * Double(max(sourceBlock, targetBlock)).squareRoot(),
            evidence: evidence.compactMap { $0.grouped(sourceBlock: sourceBlock, targetBlock: targetBlock) }
        )
    }

    static func prefixSums(_ values: [Int]) -> [Int] {
        var sums = [0]
        sums.reserveCapacity(values.count + 1)
        for v in values { sums.append(sums[sums.count - 1] + v) }
        return sums
    }

    static func blockSums(_ values: [Int], _ size: Int) -> [Int] {
        stride(from: 0, to: values.count, by: size).map { values[$0..<min($0 + size, values.count)].reduce(0, +) }
    }
}
