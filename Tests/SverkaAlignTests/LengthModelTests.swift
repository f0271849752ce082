import Testing
@testable import SverkaAlign

@Suite("LengthModel")
struct LengthModelTests {
    @Test("cost is zero at the expected ratio and grows with the deviation")
    func costShape() {
        let model = LengthModel(ratio: 1.2)
        #expect(model.cost(sourceLength: 100, targetLength: 120) < 1e-9)
        let near = model.cost(sourceLength: 100, targetLength: 130)
        let far = model.cost(sourceLength: 100, targetLength: 200)
        #expect(near > 0 && far > near)
    }

    @Test("the ratio is estimated from the two texts and clamped")
    func estimatedRatio() {
        #expect(abs(LengthModel.estimated(sourceLengths: [100, 100], targetLengths: [150, 150]).ratio - 1.5) < 1e-9)
        #expect(LengthModel.estimated(sourceLengths: [], targetLengths: [10]).ratio == 1)
        #expect(LengthModel.estimated(sourceLengths: [1], targetLengths: [1000]).ratio == 4)
    }
}
