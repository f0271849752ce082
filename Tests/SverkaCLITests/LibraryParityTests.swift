import Foundation
import Testing
import SverkaTestSupport
import Sverka

/// The library and the command share one default policy: the same texts give the same bytes.
@Suite("Library and command agree")
struct LibraryParityTests {
    @Test("AlignmentPipeline.standard writes what `sverka align` writes, byte for byte", arguments: ["json", "tmx", "report"])
    func sameBytes(format: String) throws {
        let cli = try SverkaProcess.run(["align", TestPaths.russianTelegram, TestPaths.englishTelegram, "--format", format])
        #expect(cli.status == 0, "\(cli)")

        let loader = DocumentLoader()
        let source = try loader.load(path: TestPaths.russianTelegram, language: "ru")
        let target = try loader.load(path: TestPaths.englishTelegram, language: "en")
        let output = try AlignmentPipeline.standard(sourceLanguage: "ru", targetLanguage: "en").run(source: source, target: target)
        let written = try #require(OutputFormat(rawValue: format)).render(output, options: AlignmentPolicy().writerOptions())
        guard case .single(let text) = written else { Issue.record("one text expected"); return }
        #expect(text == cli.stdout, "the library and `sverka align --format \(format)` differ")
    }

    @Test("a policy changed in the library is the command's option: --level sentence --max-bead 2")
    func policyOptions() throws {
        let cli = try SverkaProcess.run(["align", TestPaths.russianTelegram, TestPaths.englishTelegram, "--format", "json",
                                         "--level", "sentence", "--max-bead", "2"])
        #expect(cli.status == 0, "\(cli)")
        var policy = AlignmentPolicy()
        policy.level = .sentence
        policy.maxBead = 2
        let loader = DocumentLoader()
        let output = try AlignmentPipeline.standard(sourceLanguage: "ru", targetLanguage: "en", policy: policy)
            .run(source: try loader.load(path: TestPaths.russianTelegram, language: "ru"),
                 target: try loader.load(path: TestPaths.englishTelegram, language: "en"))
        guard case .single(let text) = try OutputFormat.json.render(output, options: policy.writerOptions()) else {
            Issue.record("one text expected")
            return
        }
        #expect(text == cli.stdout)
    }

    @Test("a policy says what is wrong with it; the defaults are usable")
    func policyProblems() {
        #expect(AlignmentPolicy().problem == nil)
        var policy = AlignmentPolicy()
        policy.maxBead = 9
        #expect(policy.problem?.contains("1 to 4") == true)
        policy = AlignmentPolicy()
        policy.tuning.nullCost = .nan
        #expect(policy.problem?.contains("finite") == true)
        policy = AlignmentPolicy()
        policy.minDivergenceConfidence = 2
        #expect(policy.problem != nil)
    }
}
