import Testing
@testable import SverkaAlign
import SverkaTestSupport

@Suite("RepeatTable and the bead correction it serves")
struct RepeatTableTests {
    /// Features with the given anchors per unit (sorted here), length 10 each.
    func features(_ units: [[Int32]]) -> UnitFeatures {
        var features = UnitFeatures()
        for anchors in units { features.append(length: 10, anchors: anchors.sorted()) }
        return features
    }

    @Test("a window lists the anchors two of its units hold, with each unit's count packed")
    func packedCounts() {
        let repeats = RepeatTable(features([[1, 3, 3], [3, 5], [1, 5, 5, 5], [7]]), width: 3)
        defer { withExtendedLifetime(repeats) {} }
        let table = repeats.view
        let first = table.window(0)
        #expect(Array(first.ids) == [1, 3, 5])
        #expect(first.held[0] == 1 | 1 << 32)           // 1: once in units 0 and 2
        #expect(first.held[1] == 2 | 1 << 16)           // 3: twice in unit 0, once in unit 1
        #expect(first.held[2] == 1 << 16 | 3 << 32)     // 5: once in unit 1, three times in unit 2
        #expect(Array(table.window(2).ids) == [])       // units 2 and 3 share nothing (clipped at the end)
        let single = RepeatTable(features([[1], [1]]), width: 1)
        withExtendedLifetime(single) { #expect(Array(single.view.window(0).ids) == []) }
    }

    @Test("windows wider than four units and counts past 16 bits are left for the reader to count")
    func unpacked() {
        let wideTable = RepeatTable(features([[1], [1], [2], [2], [3]]), width: 5)
        withExtendedLifetime(wideTable) {
            let wide = wideTable.view.window(0)
            #expect(Array(wide.ids) == [1, 2])
            #expect(wide.held[0] == RepeatTable.unpacked && wide.held[1] == RepeatTable.unpacked)
        }
        let manyTable = RepeatTable(features([[Int32](repeating: 4, count: 70_000), [4]]), width: 2)
        withExtendedLifetime(manyTable) { #expect(manyTable.view.window(0).held[0] == RepeatTable.unpacked) }
    }

    /// A bead's anchor bonus counted from the multisets of its two sides: each anchor adds its
    /// weight per pair matched and loses its penalty per copy unmatched.
    func multisetBonus(_ source: [[Int32]], _ target: [[Int32]], _ s: Range<Int>, _ t: Range<Int>,
                       weights: [Double], misses: [Double]) -> Double {
        var onSource = [Int](repeating: 0, count: weights.count)
        var onTarget = [Int](repeating: 0, count: weights.count)
        for unit in s { for id in source[unit] { onSource[Int(id)] += 1 } }
        for unit in t { for id in target[unit] { onTarget[Int(id)] += 1 } }
        return weights.indices.reduce(0.0) { total, id in
            total + weights[id] * Double(min(onSource[id], onTarget[id])) - misses[id] * Double(abs(onSource[id] - onTarget[id]))
        }
    }

    @Test("every bead's bonus is the multiset count of its sides, prepared or not, packed or not", arguments: [3, 11])
    func bonusMatchesMultisets(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let ids = 12
        // Few ids, so that units share and repeat them; some units hold an id several times.
        let unit = { (random: inout SeededGenerator) -> [Int32] in
            (0..<Int.random(in: 0...6, using: &random)).map { _ in Int32.random(in: 0..<Int32(ids), using: &random) }
        }
        let source = (0..<40).map { _ in unit(&random) }
        let target = (0..<40).map { _ in unit(&random) }
        let weights = (0..<ids).map { _ in Double.random(in: 0...3, using: &random) }
        let misses = (0..<ids).map { _ in Double.random(in: 0...1, using: &random) }
        let plain = AnchorEvidence(source: features(source), target: features(target), weights: weights, missPenalties: misses)
        let prepared = AnchorEvidence(source: features(source), target: features(target), weights: weights, missPenalties: misses)
        prepared.prepare(maxSourceUnits: 5, maxTargetUnits: 5)
        prepared.prepare(pairs: UnitPairBand(firstSource: 0, lower: [Int](repeating: 0, count: 40),
                                             upper: [Int](repeating: 40, count: 40)), threads: 2)
        for i in stride(from: 0, to: 35, by: 3) {
            for j in stride(from: 0, to: 35, by: 2) {
                for (a, b) in [(1, 1), (1, 2), (2, 1), (2, 2), (3, 1), (1, 3), (3, 3), (5, 2), (2, 5)] {
                    let expected = multisetBonus(source, target, i..<(i + a), j..<(j + b), weights: weights, misses: misses)
                    let fromPlain = plain.bonus(source: i..<(i + a), target: j..<(j + b))
                    let fromPrepared = prepared.bonus(source: i..<(i + a), target: j..<(j + b))
                    #expect(abs(fromPlain - expected) < 1e-9, "bead \(i)+\(a) × \(j)+\(b)")
                    #expect(fromPrepared == fromPlain, "bead \(i)+\(a) × \(j)+\(b)")
                }
            }
        }
    }
}
