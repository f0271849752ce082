import Foundation
import Testing
import SverkaTestSupport
@testable import SverkaEval

private let textBergTest0 = TestPaths.evalData.appendingPathComponent("textberg-de-fr-vecalign/test0.defr").path

@Suite struct RealDataTests {
    @Test(
        .enabled(
            // Required under CI, where ../shared is always laid beside the repository.
            if: TestPaths.hasEvalFile(textBergTest0),
            "Text+Berg gold file not found at \(textBergTest0); skipping the real-data check"
        )
    )
    func textBergGoldAgainstItself() throws {
        let gold = try PairsFormat.parse(String(contentsOfFile: textBergTest0, encoding: .utf8))
        #expect(gold.count == 128)
        #expect(gold.contains { $0.isNull })
        let scores = AlignmentMetrics.score(gold: gold, predicted: gold)
        for value in [scores.strict, scores.lax, scores.null] {
            #expect(value == PrecisionRecallF1(precision: 1, recall: 1))
            #expect(value.f1 == 1)
        }
        #expect(scores.counts.precision.total == 128)
        #expect(scores.counts.recall.total == gold.filter { !$0.isNull }.count)
    }
}
