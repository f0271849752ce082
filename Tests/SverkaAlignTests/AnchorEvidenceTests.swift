import Testing
@testable import SverkaAlign

@Suite("AnchorEvidence")
struct AnchorEvidenceTests {
    func evidence(_ source: [String], _ target: [String]) throws -> (AnchorEvidence, BeadCost) {
        let builder = try FeatureBuilder(sourceLanguage: "ru", targetLanguage: "en")
        let (s, t, vocabulary) = builder.features(source: source, target: target)
        let evidence = AnchorEvidence(source: s, target: t, vocabulary: vocabulary)
        let cost = BeadCost(sourceLengths: s.lengths, targetLengths: t.lengths,
                            lengthModel: .estimated(sourceLengths: s.lengths, targetLengths: t.lengths),
                            shapes: BeadShapes(), nullCost: 4.5, evidence: [evidence])
        return (evidence, cost)
    }

    @Test("a shared short number alone does not outweigh a gross length mismatch (Book 1 vs Chapter 1)")
    func shortNumbersDoNotDominate() throws {
        let (evidence, _) = try evidence(["Книга 1"], ["Chapter 1 begins with a long description of the mountains and the weather that goes on."])
        let bonus = evidence.bonus(source: 0..<1, target: 0..<1)
        let length = LengthModel(ratio: 1).cost(sourceLength: 7, targetLength: 80)
        #expect(bonus > 0)
        #expect(bonus < length / 4)
    }

    @Test("a heading with a number is not pulled onto a long sentence by the number alone")
    func headingStaysApart() throws {
        let source = ["Глава 1", "Это длинное предложение о горах, снеге и ветре, которое продолжается довольно долго."]
        let target = ["This long sentence about mountains, snow and wind goes on for quite a while, part 1 aside."]
        let (_, cost) = try evidence(source, target)
        let beads = DynamicAligner().align(cost)
        #expect(beads.contains { $0.source.contains(1) && $0.target == 0..<1 })
    }

    @Test("numbers missing on one side count against a bead")
    func missingNumbersPenalised() throws {
        let (evidence, _) = try evidence(["Получено 12 июля 1952 г. в 14.20"], ["Received on the twelfth", "Received 12 July 1952 at 14:20"])
        #expect(evidence.bonus(source: 0..<1, target: 1..<2) > evidence.bonus(source: 0..<1, target: 0..<1) + 3)
    }
}

@Suite("AnchorVocabulary: unmatched words")
struct UnmatchedWordTests {
    @Test("a name found on both sides of the document counts against a bead holding it on one side only, not in coarse blocks")
    func sharedNamesPenalised() throws {
        let source = ["Товарищ Сталин прочитал телеграмму.", "Погода была тёплой."]
        let target = ["Comrade Stalin read the telegram.", "The weather was warm."]
        var builder = try FeatureBuilder(sourceLanguage: "ru", targetLanguage: "en")
        let plain = builder.features(source: source, target: target)
        builder.unmatchedWordShare = 0.1
        let penalised = builder.features(source: source, target: target)
        let a = AnchorEvidence(source: plain.source, target: plain.target, vocabulary: plain.vocabulary)
        let b = AnchorEvidence(source: penalised.source, target: penalised.target, vocabulary: penalised.vocabulary)
        // "stal" and "tele" are on both sides: the true pair gains as before, the crossed pair loses.
        #expect(abs(b.bonus(source: 0..<1, target: 0..<1) - a.bonus(source: 0..<1, target: 0..<1)) < 1e-9)
        #expect(b.bonus(source: 0..<1, target: 1..<2) < a.bonus(source: 0..<1, target: 1..<2) - 0.1)
        #expect(penalised.vocabulary.blockMissPenalties == plain.vocabulary.blockMissPenalties)
        #expect(penalised.vocabulary.missPenalties.contains { $0 > 0 && $0 < 0.2 })
    }
}
