import Foundation
import Testing
@testable import SverkaAlign
import SverkaSegment
import SverkaTestSupport

/// The speed-ups for long texts (threads, thinned coarse anchors, inert anchors dropped, the
/// extractor's code-unit path) must not change what is computed.
@Suite("Search at scale")
struct ScaleSearchTests {
    /// The telegram's sentences, repeated into a longer text, as anchor-bearing units.
    static func sentences() throws -> (source: [String], target: [String]) {
        let ru = try TestDocuments.corpus("wilson-113642-telegram-21646.ru.md", language: "ru")
        let en = try TestDocuments.corpus("wilson-113642-telegram-21646.en.md", language: "en")
        return (ru.sentences.map(\.text), en.sentences.map(\.text))
    }

    @Test("features built on several threads are those built on one: same anchors, same ids")
    func parallelFeatures() throws {
        let (ru, en) = try Self.sentences()
        let source = Array(repeating: ru, count: 6).flatMap { $0 }
        let target = Array(repeating: en, count: 6).flatMap { $0 }
        let one = try FeatureBuilder(sourceLanguage: "ru", targetLanguage: "en", threads: 1)
        var several = try FeatureBuilder(sourceLanguage: "ru", targetLanguage: "en", threads: 3)
        several.parallelUnits = 10
        let a = one.features(source: source, target: target)
        let b = several.features(source: source, target: target)
        #expect(a.source.anchorIDs == b.source.anchorIDs && a.source.anchorStarts == b.source.anchorStarts)
        #expect(a.target.anchorIDs == b.target.anchorIDs && a.source.lengths == b.source.lengths)
        #expect(a.vocabulary.weights == b.vocabulary.weights)
        #expect(!a.source.anchorIDs.isEmpty)
    }

    @Test("the extractor's code-unit path gives the token path's anchors on every corpus sentence")
    func fastPathAgrees() throws {
        let (ru, en) = try Self.sentences()
        let extras = ["Ф И Л И П П О В У передать", "М А О Ц З Е - Д У Н", "1. Пункт первый?", "а) подпункт:", "ПВО и НКВД, 3.00 ч."]
        for (language, texts) in [("ru", ru + extras), ("en", en)] {
            let extractor = try AnchorExtractor(language: language)
            var fast = AnchorVocabulary()
            var slow = AnchorVocabulary()
            for text in texts {
                let a = extractor.anchors(of: text, vocabulary: &fast)
                let b = extractor.anchors(ofTokens: SpacedLetters.joined(extractor.tokenizer.tokens(of: text)), vocabulary: &slow)
                #expect(a == b, "\(text)")
            }
            #expect(fast.count == slow.count && fast.count > 0)
        }
    }

    @Test("dropping inert anchors leaves every bonus as it was")
    func inertAnchorsChangeNothing() throws {
        let (ru, en) = try Self.sentences()
        let builder = try FeatureBuilder(sourceLanguage: "ru", targetLanguage: "en")
        let (s, t, vocabulary) = builder.features(source: ru, target: en)
        // Rebuild the features with every anchor kept, from the same texts.
        var full = AnchorVocabulary()
        let extractor = (try AnchorExtractor(language: "ru"), try AnchorExtractor(language: "en"))
        var fullSource = UnitFeatures()
        var fullTarget = UnitFeatures()
        for text in ru { fullSource.append(length: UnitFeatures.length(of: text), anchors: extractor.0.anchors(of: text, vocabulary: &full)) }
        for text in en { fullTarget.append(length: UnitFeatures.length(of: text), anchors: extractor.1.anchors(of: text, vocabulary: &full)) }
        full.applyRarity(documentFrequency: FeatureBuilder.documentFrequency(fullSource, fullTarget, vocabularySize: full.count))
        #expect(fullSource.anchorIDs.count > s.anchorIDs.count) // something was dropped
        let pruned = AnchorEvidence(source: s, target: t, vocabulary: vocabulary)
        let kept = AnchorEvidence(source: fullSource, target: fullTarget, vocabulary: full)
        for i in 0..<(ru.count - 2) {
            for j in stride(from: 0, to: en.count - 2, by: 3) {
                for (ws, wt) in [(1, 1), (2, 1), (1, 3), (3, 2)] {
                    let a = pruned.bonus(source: i..<(i + ws), target: j..<min(j + wt, en.count))
                    let b = kept.bonus(source: i..<(i + ws), target: j..<min(j + wt, en.count))
                    #expect(abs(a - b) < 1e-9)
                }
            }
        }
    }

    @Test("the sample of anchor ids is the same on both sides and about the rate asked")
    func consistentSample() {
        let sample = AnchorSample(rate: 0.25)
        let kept = (0..<40_000).filter { sample.keeps(Int32($0)) }.count
        #expect(abs(Double(kept) / 40_000 - 0.25) < 0.02)
        var features = UnitFeatures()
        features.append(length: 10, anchors: Array(0..<200))
        let thinned = sample.thinned(features)
        #expect(Array(thinned.anchors(of: 0)) == (0..<200).filter { sample.keeps(Int32($0)) }.map(Int32.init))
        #expect(sample.scaled([1, 2])[1] == 2 / sample.rate)
    }

    @Test("scoring on several threads finds exactly the path found on one", arguments: [7, 8])
    func parallelSearch(seed: Int) throws {
        var rng = SeededGenerator(seed: UInt64(seed))
        let (ru, en) = try Self.sentences()
        // A long text: the telegram's sentences in random order, some dropped on one side.
        var source: [String] = []
        var target: [String] = []
        for _ in 0..<1_500 {
            let k = Int.random(in: 0..<min(ru.count, en.count), using: &rng)
            source.append(ru[k])
            if Int.random(in: 0..<50, using: &rng) != 0 { target.append(en[k]) }
        }
        let (s, t, vocabulary) = try FeatureBuilder(sourceLanguage: "ru", targetLanguage: "en").features(source: source, target: target)
        func cost() -> BeadCost {
            BeadCost(sourceLengths: s.lengths, targetLengths: t.lengths,
                     lengthModel: .estimated(sourceLengths: s.lengths, targetLengths: t.lengths), shapes: BeadShapes(),
                     nullCost: 4.5, nullFloor: 0.5, nullPivotLength: 40,
                     evidence: [AnchorEvidence(source: s, target: t, vocabulary: vocabulary)])
        }
        let one = DynamicAligner(threads: 1).align(cost())
        let two = DynamicAligner(threads: 2, parallelCells: 1_000).align(cost())
        let three = DynamicAligner(threads: 3, parallelCells: 1_000).align(cost())
        #expect(one.map { [$0.source, $0.target] } == two.map { [$0.source, $0.target] })
        #expect(one.map { [$0.source, $0.target] } == three.map { [$0.source, $0.target] })
        #expect(zip(one, two).allSatisfy { abs($0.cost - $1.cost) < 1e-9 })
        #expect(AlignmentInvariants.violation(path: two, sourceCount: source.count, targetCount: target.count) == nil)
    }
}
