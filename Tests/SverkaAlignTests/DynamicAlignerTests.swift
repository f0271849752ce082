import Testing
@testable import SverkaAlign
import SverkaTestSupport

/// A cost model on bare lengths, no anchors.
private func lengthCost(_ source: [Int], _ target: [Int], shapes: BeadShapes = BeadShapes()) -> BeadCost {
    BeadCost(sourceLengths: source, targetLengths: target,
             lengthModel: .estimated(sourceLengths: source, targetLengths: target),
             shapes: shapes, nullCost: 4.5, evidence: [])
}

@Suite("DynamicAligner")
struct DynamicAlignerTests {
    @Test("identical length sequences align 1-1 throughout")
    func identicalSequences() {
        let lengths = [40, 85, 12, 160, 33, 70, 95, 18, 120, 64]
        let beads = DynamicAligner().align(lengthCost(lengths, lengths))
        #expect(beads.count == lengths.count)
        #expect(beads.allSatisfy { $0.shape == BeadShape(1, 1) })
        #expect(beads.map(\.source.lowerBound) == Array(0..<lengths.count))
    }

    @Test("a source sentence split in two on the target side becomes a 1-2 bead")
    func splitSentence() {
        let source = [50, 200, 60]
        let target = [50, 95, 105, 60]
        let beads = DynamicAligner().align(lengthCost(source, target))
        #expect(beads.contains { $0.source == 1..<2 && $0.target == 1..<3 })
    }

    @Test("empty sides give only null beads, and nothing at all for two empty sides")
    func emptySides() {
        let onlySource = DynamicAligner().align(lengthCost([10, 20, 30], []))
        #expect(onlySource.count == 3 && onlySource.allSatisfy { $0.target.isEmpty && $0.source.count == 1 })
        let onlyTarget = DynamicAligner().align(lengthCost([], [5, 6]))
        #expect(onlyTarget.count == 2 && onlyTarget.allSatisfy { $0.source.isEmpty })
        #expect(DynamicAligner().align(lengthCost([], [])).isEmpty)
    }

    @Test("random inputs give complete, ordered, non-overlapping beads", arguments: 0..<40)
    func invariantOnRandomInputs(seed: Int) {
        var rng = SeededGenerator(seed: UInt64(seed))
        let n = Int.random(in: 0...60, using: &rng)
        let m = seed % 5 == 0 ? Int.random(in: 0...3, using: &rng) : Int.random(in: 0...60, using: &rng)
        let source = (0..<n).map { _ in Int.random(in: 0...400, using: &rng) }
        let target = (0..<m).map { _ in Int.random(in: 0...400, using: &rng) }
        let shapes = BeadShapes(maxSide: 1 + seed % 4, maxTotal: 2 + seed % 5)
        let beads = DynamicAligner().align(lengthCost(source, target, shapes: shapes))
        #expect(AlignmentInvariants.violation(path: beads, sourceCount: n, targetCount: m) == nil)
        for bead in beads {
            #expect(bead.source.count <= shapes.maxSource && bead.target.count <= shapes.maxTarget)
        }
    }

    @Test("coarse-to-fine search stays complete and finds the same easy path as the full search", arguments: [1, 2, 3])
    func coarseToFine(seed: Int) {
        var rng = SeededGenerator(seed: UInt64(seed))
        var source: [Int] = []
        var target: [Int] = []
        for k in 0..<900 {
            let length = Int.random(in: 10...300, using: &rng)
            source.append(length)
            if k % 97 == 13 { continue } // an omission now and then
            target.append(length + Int.random(in: -3...3, using: &rng))
        }
        let cost = lengthCost(source, target)
        let coarse = DynamicAligner(maxFullCells: 2_000).align(cost)
        #expect(AlignmentInvariants.violation(path: coarse, sourceCount: source.count, targetCount: target.count) == nil)
        let full = DynamicAligner(maxFullCells: Int.max).align(cost)
        let agreeing = Set(coarse.map { [$0.source, $0.target] }).intersection(full.map { [$0.source, $0.target] }).count
        #expect(Double(agreeing) >= 0.98 * Double(full.count))
    }

    @Test("a corridor search uses memory proportional to the corridor, not the matrix")
    func corridorIsNarrow() {
        let lengths = Array(repeating: 50, count: 5_000)
        let cost = lengthCost(lengths, lengths)
        let coarse = DynamicAligner().align(cost.grouped(sourceBlock: 4, targetBlock: 4))
        let corridor = Corridor.around(coarse: coarse, sourceBlock: 4, targetBlock: 4, sourceCount: 5_000, targetCount: 5_000, margin: 12)
        #expect(corridor.cellCount < 5_000 * 40)
        #expect(corridor.lower.first == 0 && corridor.upper.last == 5_000)
    }
}
