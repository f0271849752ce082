/// The cost of a bead: the sum the aligner minimises.
///
/// For a bead joining source units `S` and target units `T`, both non-empty:
///
///     cost = length(|S|, |T|) + prior(shape) − Σ evidence.bonus(S, T)
///
/// where `length` is the ``LengthModel`` cost on the summed character lengths, `prior` the
/// shape's cost from ``BeadShapes``, and the evidence terms come from anchors (``AnchorEvidence``)
/// and any other ``BeadEvidence`` plugged in (a dictionary, a learnt lexicon). A bead with one empty
/// side costs `nullCost` for a unit of `nullPivotLength` characters or more, and down to
/// `nullFloor · nullCost` for an empty one, linearly between: a stray stamp or page number is
/// cheaper to leave alone than a paragraph, but a long passage costs no more than a short
/// sentence — omissions are judged by how badly the unit fits anywhere else.
public struct BeadCost {
    /// The length model.
    public let lengthModel: LengthModel
    /// The allowed shapes and their priors.
    public let shapes: BeadShapes
    /// Cost of leaving one unit unpaired (nats).
    public let nullCost: Double
    /// Share of `nullCost` that an empty unit costs (0…1).
    public let nullFloor: Double
    /// Length (characters) from which a unit costs the full `nullCost`.
    public let nullPivotLength: Int
    /// The evidence terms.
    public let evidence: [BeadEvidence]
    /// The same terms without ownership, for the inner loop: reading a term from `evidence`
    /// retains and releases it, and threads scoring at once then contend for its reference count.
    /// `evidence` keeps them alive.
    private let terms: [UnownedEvidence]
    let sourceLengths: [Int]
    let targetLengths: [Int]
    private let sourcePrefix: [Int]
    private let targetPrefix: [Int]
    /// The length costs of short beads, for long documents (shared with the grouped and windowed
    /// costs made from this one), and the view the inner loop reads them through.
    private let lengthTable: LengthCostTable?
    private let lengthCosts: LengthCostTable.View?
    /// Fewest units (both sides) for which the length costs are stored ahead.
    static let lengthTableUnits = 20_000
    /// Lengths (characters) below which they are stored: most sentences and their pairs.
    static let lengthTableLimit = 1_024

    /// A cost over units with the given lengths (characters).
    public init(sourceLengths: [Int], targetLengths: [Int], lengthModel: LengthModel, shapes: BeadShapes,
                nullCost: Double, nullFloor: Double = 1, nullPivotLength: Int = 1, evidence: [BeadEvidence]) {
        let table = sourceLengths.count + targetLengths.count >= Self.lengthTableUnits
            ? LengthCostTable(model: lengthModel, limit: Self.lengthTableLimit) : nil
        self.init(sourceLengths: sourceLengths, targetLengths: targetLengths, lengthModel: lengthModel, shapes: shapes,
                  nullCost: nullCost, nullFloor: nullFloor, nullPivotLength: nullPivotLength, evidence: evidence, lengthTable: table)
    }

    /// A cost reading the length costs of short beads from `lengthTable` (made for `lengthModel`).
    private init(sourceLengths: [Int], targetLengths: [Int], lengthModel: LengthModel, shapes: BeadShapes,
                 nullCost: Double, nullFloor: Double, nullPivotLength: Int, evidence: [BeadEvidence], lengthTable: LengthCostTable?) {
        self.lengthTable = lengthTable
        self.lengthCosts = lengthTable?.view
        self.lengthModel = lengthModel
        self.shapes = shapes
        self.nullCost = nullCost
        self.nullFloor = min(max(nullFloor, 0), 1)
        self.nullPivotLength = max(nullPivotLength, 1)
        self.evidence = evidence
        self.terms = evidence.map(UnownedEvidence.init)
        self.sourceLengths = sourceLengths
        self.targetLengths = targetLengths
        self.sourcePrefix = Self.prefixSums(sourceLengths)
        self.targetPrefix = Self.prefixSums(targetLengths)
        for term in evidence { term.prepare(maxSourceUnits: shapes.maxSource, maxTargetUnits: shapes.maxTarget) }
    }

    /// Number of source units.
    public var sourceCount: Int { sourceLengths.count }
    /// Number of target units.
    public var targetCount: Int { targetLengths.count }

    /// The cost of pairing `source` with `target` with prior `prior` (nats); the null cost of the
    /// units when one side is empty.
    public func cost(source: Range<Int>, target: Range<Int>, prior: Double) -> Double {
        let ls = sourcePrefix[source.upperBound] - sourcePrefix[source.lowerBound]
        let lt = targetPrefix[target.upperBound] - targetPrefix[target.lowerBound]
        if source.isEmpty || target.isEmpty {
            let share = min(1, Double(ls + lt) / Double(nullPivotLength))
            return nullCost * Double(source.count + target.count) * (nullFloor + (1 - nullFloor) * share)
        }
        var total = (lengthCosts?.cost(sourceLength: ls, targetLength: lt) ?? lengthModel.cost(sourceLength: ls, targetLength: lt)) + prior
        terms.withUnsafeBufferPointer { terms in
            for k in terms.indices { total -= terms[k].term.bonus(source: source, target: target) }
        }
        return total
    }

    /// Lets the evidence terms build what speeds up scoring the beads of a search over
    /// `corridor` (see ``BeadEvidence/prepare(pairs:threads:)``).
    package func prepare(for corridor: Corridor, threads: Int) {
        guard !evidence.isEmpty else { return }
        let band = UnitPairBand(corridor: corridor, maxSource: shapes.maxSource)
        for term in evidence { term.prepare(pairs: band, threads: threads) }
    }

    /// The same cost on blocks of `sourceBlock` and `targetBlock` units, for coarse search.
    public func grouped(sourceBlock: Int, targetBlock: Int) -> BeadCost {
        BeadCost(
            sourceLengths: Self.blockSums(sourceLengths, sourceBlock),
            targetLengths: Self.blockSums(targetLengths, targetBlock),
            lengthModel: lengthModel,
            shapes: shapes,
            nullCost: nullCost * Double(max(sourceBlock, targetBlock)).squareRoot(),
            nullFloor: nullFloor,
            nullPivotLength: nullPivotLength * max(sourceBlock, targetBlock),
            evidence: evidence.compactMap { $0.grouped(sourceBlock: sourceBlock, targetBlock: targetBlock) },
            lengthTable: lengthTable
        )
    }

    /// The cost restricted to source units `source` and target units `target`, re-indexed from 0.
    func window(source: Range<Int>, target: Range<Int>) -> BeadCost {
        BeadCost(sourceLengths: Array(sourceLengths[source]), targetLengths: Array(targetLengths[target]),
                 lengthModel: lengthModel, shapes: shapes, nullCost: nullCost,
                 nullFloor: nullFloor, nullPivotLength: nullPivotLength,
                 evidence: evidence.map { OffsetEvidence(base: $0, sourceOffset: source.lowerBound, targetOffset: target.lowerBound) },
                 lengthTable: lengthTable)
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

/// A reference to an evidence term that neither retains nor releases it (see ``BeadCost``).
private struct UnownedEvidence {
    unowned(unsafe) let term: BeadEvidence
}
