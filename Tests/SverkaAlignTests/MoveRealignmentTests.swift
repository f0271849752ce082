import Testing
@testable import SverkaAlign

/// Moved passages taken out before searching again (``MovedUnits/realigned(_:cost:confidence:search:)``).
@Suite("MoveRealignment")
struct MoveRealignmentTests {
    /// Evidence that unit `k` of the target translates source unit `translation[k]`: `bonus` nats
    /// for each such pair in a bead.
    final class TranslationEvidence: BeadEvidence {
        let translation: [Int]
        let bonus: Double
        init(translation: [Int], bonus: Double) {
            self.translation = translation
            self.bonus = bonus
        }
        func bonus(source: Range<Int>, target: Range<Int>) -> Double {
            Double(target.filter { source.contains(translation[$0]) }.count) * bonus
        }
        func grouped(sourceBlock: Int, targetBlock: Int) -> BeadEvidence? { nil }
    }

    func cost(_ sourceLengths: [Int], _ targetLengths: [Int], translation: [Int], bonus: Double, extra: [BeadEvidence] = []) -> BeadCost {
        BeadCost(sourceLengths: sourceLengths, targetLengths: targetLengths, lengthModel: LengthModel(ratio: 1),
                 shapes: AlignerSettings().paragraphShapes, nullCost: 4.5, nullFloor: 0.5, nullPivotLength: 40,
                 evidence: [TranslationEvidence(translation: translation, bonus: bonus)] + extra)
    }

    /// The first search's path and the path searched again for moves, of a translation whose
    /// target unit `k` translates source unit `translation[k]` (source lengths `sourceLengths`).
    func paths(_ sourceLengths: [Int], translation: [Int], bonus: Double = 4) -> (first: [PathBead], again: [PathBead]) {
        let targetLengths = translation.map { sourceLengths[$0] }
        let base = cost(sourceLengths, targetLengths, translation: translation, bonus: bonus)
        let first = DynamicAligner().align(base)
        let again = MovedUnits().realigned(first, cost: base, confidence: ConfidenceModel()) { extra in
            DynamicAligner().align(cost(sourceLengths, targetLengths, translation: translation, bonus: bonus, extra: extra))
        }
        return (first, again)
    }

    func shapes(_ path: [PathBead]) -> [String] {
        path.map { "\($0.source.lowerBound)+\($0.source.count)/\($0.target.lowerBound)+\($0.target.count)" }
    }

    @Test("a short paragraph moved three places down is taken out, not merged into its neighbours' beads")
    func movedParagraph() {
        // Source paragraph 2 (short) is translated after source paragraph 5.
        let (first, again) = paths([200, 300, 60, 250, 280, 220, 260, 240], translation: [0, 1, 3, 4, 5, 2, 6, 7])
        // The first search hides it: 2-1 and 1-2 beads, each merging an unrelated paragraph.
        #expect(first.contains { $0.source.count == 2 } && first.contains { $0.target.count == 2 })
        #expect(shapes(again) == ["0+1/0+1", "1+1/1+1", "2+1/2+0", "3+1/2+1", "4+1/3+1", "5+1/4+1", "6+0/5+1", "6+1/6+1", "7+1/7+1"])
    }

    @Test("a faithful translation, or one with a paragraph left out, is searched once and kept")
    func nothingMoved() {
        let lengths = [200, 300, 60, 250, 280, 220, 260, 240]
        let faithful = paths(lengths, translation: Array(0..<8))
        #expect(faithful.again == faithful.first)
        let omitted = paths(lengths, translation: [0, 1, 2, 4, 5, 6, 7])
        #expect(omitted.again == omitted.first)
    }
}
