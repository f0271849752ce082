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
        #expect(policy.problems == [AlignmentPolicy.Problem(setting: .minDivergenceConfidence, requirement: "must be between 0 and 1")])
        #expect(policy.problem == "minDivergenceConfidence must be between 0 and 1")
    }

    @Test("each setting with a rule is checked, and named alone when it alone breaks it",
          arguments: AlignmentPolicy.Setting.allCases)
    func everySettingChecked(setting: AlignmentPolicy.Setting) {
        var policy = AlignmentPolicy()
        switch setting {
        case .maxBead: policy.maxBead = 0
        case .minConfidence: policy.minConfidence = 1.5
        case .minDivergenceConfidence: policy.minDivergenceConfidence = -0.1
        case .threads: policy.threads = 0
        case .nullCost: policy.tuning.nullCost = -1
        case .nullFloor: policy.tuning.nullFloor = .infinity
        case .nullPivotLength: policy.tuning.nullPivotLength = 0
        case .lengthVariance: policy.tuning.lengthVariance = 0
        case .paragraphMergeCost: policy.tuning.paragraphMergeCost = .nan
        case .unmatchedWordShare: policy.tuning.unmatchedWordShare = -0.5
        case .headingMatchBonus: policy.tuning.headingMatchBonus = .nan
        case .headingContinuationPenalty: policy.tuning.headingContinuationPenalty = -.infinity
        case .titleMixPenalty: policy.tuning.titleMixPenalty = .nan
        case .continuationBonus: policy.tuning.continuationBonus = .infinity
        case .lexicalWeight: policy.lexicalWeight = .nan
        case .trainedWeight: policy.trainedWeight = .infinity
        case .moveMargin: policy.moves.margin = .nan
        case .looseThreshold: policy.moves.looseThreshold = .nan
        case .anchors: policy.anchors = BeadAnchors(sentences: [.init(source: [3], target: [3]), .init(source: [2], target: [4])])
        }
        #expect(policy.problems.map(\.setting) == [setting])
    }
}
