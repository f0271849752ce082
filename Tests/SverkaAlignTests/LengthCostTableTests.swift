import Testing
@testable import SverkaAlign

@Suite("LengthCostTable")
struct LengthCostTableTests {
    @Test("stored costs are the model's own, inside the table and past its limit")
    func sameCosts() {
        let model = LengthModel(ratio: 0.55)
        let table = LengthCostTable(model: model, limit: 64)
        withExtendedLifetime(table) {
            let view = table.view
            for (ls, lt) in [(0, 0), (1, 0), (0, 63), (63, 63), (40, 22), (10, 50), (64, 10), (10, 64), (500, 280)] {
                #expect(view.cost(sourceLength: ls, targetLength: lt) == model.cost(sourceLength: ls, targetLength: lt))
            }
        }
    }

    @Test("a long document's bead costs do not change with the stored table")
    func beadCostsUnchanged() {
        let lengths = (0..<BeadCost.lengthTableUnits).map { 20 + ($0 * 37) % 300 }
        let model = LengthModel(ratio: 0.9)
        let long = BeadCost(sourceLengths: lengths, targetLengths: lengths, lengthModel: model, shapes: BeadShapes(),
                            nullCost: 4.5, evidence: [])
        let short = BeadCost(sourceLengths: Array(lengths[..<100]), targetLengths: Array(lengths[..<100]), lengthModel: model,
                             shapes: BeadShapes(), nullCost: 4.5, evidence: [])
        for (s, t) in [(0..<1, 0..<1), (3..<5, 4..<5), (10..<13, 9..<10), (50..<52, 50..<52)] {
            #expect(long.cost(source: s, target: t, prior: 0) == short.cost(source: s, target: t, prior: 0))
        }
    }
}
