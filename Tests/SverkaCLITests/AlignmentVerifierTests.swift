import Foundation
import Testing
import SverkaTestSupport
@testable import Sverka

/// `--verify` stays a real check while it got cheaper: a sound alignment passes, a lost unit or a
/// bead written with other indices is found.
@Suite("AlignmentVerifier")
struct AlignmentVerifierTests {
    /// The telegram aligned by the default pipeline, without a dictionary.
    static func telegram() throws -> AlignmentPipeline.Output {
        var policy = AlignmentPolicy()
        policy.dictionary = .none
        let loader = DocumentLoader()
        return try AlignmentPipeline.standard(sourceLanguage: "ru", targetLanguage: "en", policy: policy, diagnoses: false)
            .run(source: try loader.load(path: TestPaths.russianTelegram, language: "ru"),
                 target: try loader.load(path: TestPaths.englishTelegram, language: "en"))
    }

    @Test("the telegram passes at the paragraph and the sentence level")
    func sound() throws {
        let output = try Self.telegram()
        #expect(AlignmentVerifier.problems(in: output).isEmpty)
        let sentences = AlignmentPipeline.Output(result: output.result, diagnosis: output.diagnosis, level: .sentence)
        #expect(AlignmentVerifier.problems(in: sentences).isEmpty)
    }

    @Test("a sentence bead dropped from the alignment is found")
    func lostUnit() throws {
        let output = try Self.telegram()
        let sentences = output.result.sentences
        let broken = Alignment(level: .sentence, sourceCount: sentences.sourceCount, targetCount: sentences.targetCount,
                               beads: Array(sentences.beads.dropLast()))
        let result = DocumentAlignment(source: output.result.source, target: output.result.target, paragraphs: output.result.paragraphs,
                                       sentences: broken, lengthRatio: output.result.lengthRatio)
        let problems = AlignmentVerifier.problems(in: AlignmentPipeline.Output(result: result, diagnosis: output.diagnosis, level: .sentence))
        #expect(problems.contains { $0.hasPrefix("sentence alignment: ") && $0.hasSuffix("is in no bead") }, "\(problems)")
    }

    @Test("TSV ids are read back from the bytes; a line with other ids, or none, disagrees")
    func tsvIndices() {
        let header = "source\ttarget\tscore\ttype\tsource_ids\ttarget_ids\tdivergences\n"
        let tsv = header + "a\\tb\tx\t0.9\t2-1\t0,1\t0\t\n" + "c\t\t0\t1-0\t2\t\tuntranslated\n" + "\td\t0\t0-1\t\t12\t\n"
        #expect(AlignmentVerifier.tsvIndices(tsv) == [
            .init(source: [0, 1], target: [0]), .init(source: [2], target: []), .init(source: [], target: [12]),
        ])
        #expect(AlignmentVerifier.tsvIndices(header + "a\tb\t1\t1-1\t3x\t4\t\n") != [.init(source: [3], target: [4])])
        #expect(AlignmentVerifier.tsvIndices(header + "a\tb\n") == [.init(source: [-1], target: [])])
    }
}
