import Foundation
import Testing
@testable import SverkaLexicon
import SverkaAlign

/// The lexical counts read precomputed tables and mark stems in place of building unions; they
/// must give what the definition says, from any number of threads.
@Suite("LexicalEvidence counts")
struct LexicalEvidenceCountsTests {
    /// Random bags: `n` units, stems drawn from a small range so that windows overlap.
    static func bags(_ n: Int, seed: UInt64) -> (own: [[Int32]], reach: [[Int32]]) {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let own = (0..<n).map { _ in Array(Set((0..<next(8)).map { _ in Int32(next(60)) })).sorted() }
        let reach = (0..<n).map { _ in Array(Set((0..<next(20)).map { _ in Int32(next(60)) })).sorted() }
        return (own, reach)
    }

    /// The definition: |reach(S) ∩ own(T)| + |reach(T) ∩ own(S)|, with unions of sets.
    static func expected(_ s: (own: [[Int32]], reach: [[Int32]]), _ t: (own: [[Int32]], reach: [[Int32]]),
                         _ sr: Range<Int>, _ tr: Range<Int>) -> (Int, Int, Int) {
        let sOwn = Set(sr.flatMap { s.own[$0] }), sReach = Set(sr.flatMap { s.reach[$0] })
        let tOwn = Set(tr.flatMap { t.own[$0] }), tReach = Set(tr.flatMap { t.reach[$0] })
        return (sReach.intersection(tOwn).count + tReach.intersection(sOwn).count, sOwn.count, tOwn.count)
    }

    @Test("counts over windows of up to three units match the definition")
    func matchesDefinition() {
        let s = Self.bags(30, seed: 1), t = Self.bags(28, seed: 2)
        let evidence = LexicalEvidence(sourceOwn: s.own, sourceReach: s.reach, targetOwn: t.own, targetReach: t.reach, weight: 1.2)
        evidence.prepare(maxSourceUnits: 3, maxTargetUnits: 3)
        for i in 0..<28 {
            for j in 0..<26 {
                for (ws, wt) in [(1, 1), (1, 2), (2, 1), (2, 2), (3, 1), (1, 3)] {
                    let got = evidence.counts(source: i..<(i + ws), target: j..<(j + wt))
                    let want = Self.expected(s, t, i..<(i + ws), j..<(j + wt))
                    #expect(got == want)
                }
            }
        }
    }

    @Test("an unprepared evidence prepares itself; concurrent readers agree with one reader")
    func concurrentReaders() {
        let s = Self.bags(200, seed: 3), t = Self.bags(200, seed: 4)
        let lone = LexicalEvidence(sourceOwn: s.own, sourceReach: s.reach, targetOwn: t.own, targetReach: t.reach, weight: 1.2)
        let sequential = (0..<198).map { lone.bonus(source: $0..<($0 + 2), target: $0..<($0 + 1)) }
        let shared = LexicalEvidence(sourceOwn: s.own, sourceReach: s.reach, targetOwn: t.own, targetReach: t.reach, weight: 1.2)
        shared.prepare(maxSourceUnits: 3, maxTargetUnits: 3)
        var parallel = [Double](repeating: .nan, count: 198)
        parallel.withUnsafeMutableBufferPointer { out in
            let out = out
            DispatchQueue.concurrentPerform(iterations: 198) { k in
                out[k] = shared.bonus(source: k..<(k + 2), target: k..<(k + 1))
            }
        }
        #expect(parallel == sequential)
    }

    @Test("coarse search goes without the lexicon")
    func noBlocks() {
        let s = Self.bags(10, seed: 5)
        let evidence = LexicalEvidence(sourceOwn: s.own, sourceReach: s.reach, targetOwn: s.own, targetReach: s.reach, weight: 1.2)
        #expect(evidence.grouped(sourceBlock: 4, targetBlock: 4) == nil)
    }
}
