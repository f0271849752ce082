import Foundation
import Sverka
import SverkaEval
import SverkaTestSupport
import Testing

/// `sverka align --anchors FILE`: beads every alignment must contain, the search run between them.
@Suite("sverka align --anchors")
struct AnchorsTests {
    private static let telegram = [TestPaths.russianTelegram, TestPaths.englishTelegram]

    private static func pairs(_ arguments: [String], anchors: String? = nil, in folder: TemporaryDirectory) throws -> [IndexBead] {
        var arguments = arguments + ["--format", "pairs", "--no-scores", "--verify"]
        if let anchors { arguments += ["--anchors", try folder.file("anchors.pairs", text: anchors)] }
        let result = try SverkaProcess.run(["align"] + arguments)
        try #require(result.status == 0, "\(result)")
        return try PairsFormat.parse(result.stdout)
    }

    @Test("an alignment given back as anchors comes out the same, at every level", arguments: ["paragraph", "nested", "sentence"])
    func sameBack(level: String) throws {
        let folder = try TemporaryDirectory()
        let arguments = Self.telegram + ["--level", level, "--no-dictionary"]
        let free = try Self.pairs(arguments, in: folder)
        #expect(try Self.pairs(arguments, anchors: PairsFormat.format(free), in: folder) == free)
    }

    @Test("a pinned bead is in the alignment exactly, nothing lost, the rest aligned around it")
    func pinned() throws {
        let folder = try TemporaryDirectory()
        let arguments = Self.telegram + ["--level", "nested", "--no-dictionary"]
        let free = try Self.pairs(arguments, in: folder)
        // Two consecutive 1-1 sentence beads; pinned as one 2-1 bead instead.
        let k = try #require(free.indices.dropFirst(20).first {
            $0 + 1 < free.count && free[$0].source.count == 1 && free[$0].target.count == 1
                && free[$0 + 1].source == [free[$0].source[0] + 1] && free[$0 + 1].target.count == 1
        })
        let pin = IndexBead(source: free[k].source + free[k + 1].source, target: free[k].target)
        let pinned = try Self.pairs(arguments, anchors: PairsFormat.format([pin]), in: folder)
        #expect(pinned.contains(pin))
        #expect(!pinned.contains(free[k]) && !pinned.contains(free[k + 1]))
        // Far from the pin, the alignment is as before.
        #expect(Array(pinned.prefix(k)) == Array(free.prefix(k)))
    }

    @Test("on a hard case, confirming one right bead mends the wrong bead and the bead after it",
          .enabled(if: TestPaths.hasEvalData, TestPaths.noEvalData))
    func mendsHardCase() throws {
        let set = TestPaths.evalData.appendingPathComponent("real-ru-en-dev")
        let name = "dostoevsky_karamazov_front_b1c1-4"
        let files = [set.appendingPathComponent("\(name).ru.txt").path, set.appendingPathComponent("\(name).en.txt").path]
        try #require(FileManager.default.fileExists(atPath: files[0]), "CI is set but \(files[0]) is missing")
        let gold = try PairsFormat.parse(String(contentsOfFile: set.appendingPathComponent("\(name).para.gold").path, encoding: .utf8))
        let folder = try TemporaryDirectory()
        let arguments = files + ["--paragraphs", "blank-lines"]
        let free = try Self.pairs(arguments, in: folder)
        // The default alignment joins Russian paragraphs 16-17 with English 4-6 in one wrong bead.
        let wrong = IndexBead(source: [16, 17], target: [4, 5, 6])
        try #require(free.contains(wrong) && !free.contains(IndexBead(source: [17], target: [5, 6])),
                     "the default alignment changed: this hard case no longer is one")
        let mended = try Self.pairs(arguments, anchors: "[16]:[4]\n", in: folder)
        #expect(mended.contains(IndexBead(source: [16], target: [4])))
        #expect(mended.contains(IndexBead(source: [17], target: [5, 6])))
        #expect(gold.contains(IndexBead(source: [17], target: [5, 6])))
        // Nothing right before is lost: every gold bead the default had, the mended one has too.
        for bead in gold where free.contains(bead) { #expect(mended.contains(bead), "\(bead) lost") }
    }

    @Test("anchors that cannot hold are an input error in one line (exit 2)", arguments: [
        ("[999]:[0]\n", "names source unit 999"),
        ("[3]:[3]\n[2]:[4]\n", "comes before an earlier anchor"),
        ("[3,4]:[3]\n[4]:[5]\n", "names source unit 4, which an earlier anchor names too"),
        ("[3]:[x]\n", "line 1"),
        ("[5,3]:[3]\n", "ascending"),
    ])
    func refused(anchors: String, message: String) throws {
        let folder = try TemporaryDirectory()
        let file = try folder.file("anchors.pairs", text: anchors)
        let result = try SverkaProcess.run(["align"] + Self.telegram + ["--no-dictionary", "--format", "pairs", "--anchors", file])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderrLines.count == 1 && result.stderr.contains(message), "\(result)")
        #expect(result.stdout.isEmpty)
    }

    @Test("library: a sentence anchor across paragraph beads makes the paragraph pass keep its paragraphs in one bead")
    func sentenceAnchorInParagraphPass() throws {
        let loader = DocumentLoader()
        let ru = try loader.load(path: TestPaths.russianTelegram, language: "ru")
        let en = try loader.load(path: TestPaths.englishTelegram, language: "en")
        var policy = AlignmentPolicy()
        policy.dictionary = .none
        let free = try AlignmentPipeline.standard(sourceLanguage: "ru", targetLanguage: "en", policy: policy).run(source: ru, target: en).result
        let paragraphs = try #require(free.paragraphs).beads.filter { $0.kind == .alignment && !$0.isNull }
        // Two neighbouring 1-1 paragraph beads: the last source sentence of the first is pinned to
        // the first target sentence of the second, across their boundary.
        let k = try #require(paragraphs.indices.dropFirst(3).first {
            $0 + 1 < paragraphs.count && paragraphs[$0].shape == BeadShape(1, 1) && paragraphs[$0 + 1].shape == BeadShape(1, 1)
                && paragraphs[$0 + 1].source[0] == paragraphs[$0].source[0] + 1 && paragraphs[$0 + 1].target[0] == paragraphs[$0].target[0] + 1
        })
        let (p, q) = (paragraphs[k], paragraphs[k + 1])
        let pin = BeadAnchors.Pin(source: [ru.paragraphs[p.source[0]].sentenceRange.upperBound - 1],
                                  target: [en.paragraphs[q.target[0]].sentenceRange.lowerBound])
        policy.anchors = BeadAnchors(sentences: [pin])
        let pinned = try AlignmentPipeline.standard(sourceLanguage: "ru", targetLanguage: "en", policy: policy).run(source: ru, target: en).result
        #expect(pinned.sentences.beads.contains { $0.source == pin.source && $0.target == pin.target })
        let holding = try #require(pinned.paragraphs).beads.first { $0.source.contains(p.source[0]) }
        #expect(holding?.target.contains(q.target[0]) == true, "\(String(describing: holding))")
        for alignment in [pinned.sentences, pinned.paragraphs!] { #expect(AlignmentInvariants.violation(in: alignment) == nil) }
    }
}
