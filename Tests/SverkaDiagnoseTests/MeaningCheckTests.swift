import SverkaAlign
import SverkaDiagnose
import SverkaSegment
import SverkaTestSupport
import Testing

/// `meaning`: pairs far below the document's own similarity, given per bead.
@Suite struct MeaningCheckTests {
    static func aligned(_ pairs: Int) throws -> DocumentAlignment {
        let russian = (0..<pairs).map { "Предложение номер \($0) о погоде." }.joined(separator: "\n") + "\n"
        let english = (0..<pairs).map { "Sentence number \($0) about the weather." }.joined(separator: "\n") + "\n"
        let source = try TestDocuments.document(russian, language: "ru", mode: .presegmented)
        let target = try TestDocuments.document(english, language: "en", mode: .presegmented)
        return try DocumentAligner().align(source: source, target: target, strategy: .sentencesOnly)
    }

    @Test func aPairFarBelowTheDocumentsIsReportedWithItsScore() throws {
        let result = try Self.aligned(12)
        let beads = result.sentences.beads
        #expect(beads.count == 12 && beads.allSatisfy { $0.shape == BeadShape(1, 1) })
        var scores: [Double?] = beads.indices.map { 0.86 + 0.01 * Double($0 % 3) }
        scores[7] = 0.61
        let diagnosis = MeaningCheck().apply(to: Diagnosis(divergences: [], thresholds: [:]), result: result, level: .sentence,
                                             similarities: scores, detector: DivergenceDetector())
        let found = diagnosis.divergences.filter { $0.kind == .meaning }
        #expect(found.map(\.bead) == [7])
        #expect(found.first?.reason.contains("0.610") == true && found.first?.severity == .warning)
        #expect(diagnosis.thresholds["meaning.median"] == 0.87)
    }

    @Test func aDocumentWhosePairsAllScoreAlikeHasNone() throws {
        let result = try Self.aligned(12)
        let scores: [Double?] = result.sentences.beads.indices.map { 0.80 + 0.005 * Double($0 % 5) }
        let diagnosis = MeaningCheck().apply(to: Diagnosis(divergences: [], thresholds: [:]), result: result, level: .sentence,
                                             similarities: scores, detector: DivergenceDetector())
        #expect(diagnosis.divergences.isEmpty)
        // Too few pairs to judge: nothing, and no thresholds.
        let short = try Self.aligned(5)
        let none = MeaningCheck().apply(to: Diagnosis(divergences: [], thresholds: [:]), result: short, level: .sentence,
                                        similarities: [0.9, 0.9, 0.1, 0.9, 0.9], detector: DivergenceDetector())
        #expect(none.divergences.isEmpty && none.thresholds["meaning.median"] == nil)
    }
}
