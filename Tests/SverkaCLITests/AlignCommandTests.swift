import Foundation
import Testing
import SverkaTestSupport

@Suite("sverka align")
struct AlignCommandTests {
    static let shared = TestPaths.evalData

    @Test("with no files it aligns the bundled telegram and prints the report")
    func bundledSample() throws {
        let result = try SverkaProcess.run(["align"], in: TestPaths.root)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("original:    77 paragraphs, 91 sentences"))
        #expect(result.stdout.contains("Page furniture set aside (17)"))
        #expect(result.stdout.contains("Marked as omitted (1)"))
        #expect(result.stdout.contains("Расп. Ваганов"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when piped")
        // Running `sverka` with no subcommand is the same as `sverka align`.
        let bare = try SverkaProcess.run([], in: TestPaths.root)
        #expect(bare.status == 0 && bare.stdout == result.stdout)
    }

    @Test("pairs output: one bead per line, every paragraph index exactly once, scores in [0, 1]")
    func pairs() throws {
        let result = try SverkaProcess.run(["align", TestPaths.russianTelegram, TestPaths.englishTelegram, "--format", "pairs"])
        #expect(result.status == 0, "\(result)")
        var source: [Int] = []
        var target: [Int] = []
        for line in result.stdout.split(separator: "\n") {
            let fields = line.split(separator: ":", omittingEmptySubsequences: false)
            #expect(fields.count == 3, "\(line)")
            let parse = { (field: Substring) in
                field.dropFirst().dropLast().split(separator: ",").compactMap { Int($0) }
            }
            source += parse(fields[0])
            target += parse(fields[1])
            let score = try #require(Double(fields[2]))
            #expect(score >= 0 && score <= 1)
        }
        #expect(source.sorted() == Array(0..<77))
        #expect(target.sorted() == Array(0..<47))
        // The page-broken paragraph is one bead with both parts.
        #expect(result.stdout.contains("[17,24]:[11]:"))
        let noScores = try SverkaProcess.run(["align", TestPaths.russianTelegram, TestPaths.englishTelegram, "--format", "pairs", "--no-scores"])
        #expect(noScores.stdout.split(separator: "\n").allSatisfy { $0.split(separator: ":").count == 2 })
    }

    @Test("tsv output: a header and seven columns, text escaped, sentence ids at --level nested")
    func tsv() throws {
        let result = try SverkaProcess.run(["align", TestPaths.russianTelegram, TestPaths.englishTelegram,
                                            "--format", "tsv", "--level", "nested"])
        #expect(result.status == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.first == "source\ttarget\tscore\ttype\tsource_ids\ttarget_ids\tdivergences")
        for line in lines { #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 7, "\(line)") }
        #expect(lines.contains { $0.hasSuffix("\tname-mismatch,translator-insertion") || $0.contains("name-mismatch") })
        let ids = lines.dropFirst().flatMap { $0.split(separator: "\t", omittingEmptySubsequences: false)[4].split(separator: ",").compactMap { Int($0) } }
        #expect(ids.sorted() == Array(0..<91))
    }

    @Test("one bilingual file is split and aligned, with line numbers of the file")
    func singleFile() throws {
        let result = try SverkaProcess.run(["align", TestPaths.corpus("wilson-113642-telegram-21646.md")])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("#original (ru) → "))
        #expect(result.stdout.contains("original line 27:"), "the first paragraph of the original is line 27 of the file")
    }

    @Test("--level sentence on pre-segmented Text+Berg reaches strict F1 0.80 through sverka eval", .enabled(if: TestPaths.hasEvalData, TestPaths.noEvalData))
    func textBerg() throws {
        let folder = Self.shared.appendingPathComponent("textberg-de-fr-vecalign")
        try #require(FileManager.default.fileExists(atPath: folder.path), "no evaluation data at \(folder.path)")
        let scratch = try TemporaryDirectory()
        var evalArguments = ["eval", "--format", "json"]
        for doc in ["test2", "test4"] {
            let aligned = try SverkaProcess.run(["align", "--presegmented", "--level", "sentence", "--source-lang", "de",
                                                 "--target-lang", "fr", "--format", "pairs",
                                                 folder.appendingPathComponent("\(doc).de").path,
                                                 folder.appendingPathComponent("\(doc).fr").path])
            #expect(aligned.status == 0, "\(aligned)")
            let pred = scratch.path("\(doc).pred")
            try aligned.stdout.write(toFile: pred, atomically: true, encoding: .utf8)
            evalArguments += [folder.appendingPathComponent("\(doc).defr").path, pred]
        }
        let scored = try SverkaProcess.run(evalArguments)
        #expect(scored.status == 0, "\(scored)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(scored.stdout.utf8)) as? [String: Any])
        let strict = try #require(json["strict"] as? [String: Any])
        let f1 = try #require(strict["f1"] as? Double)
        #expect(f1 >= 0.8, "strict F1 \(f1)")
    }

    @Test("input errors exit 2 with one line; usage errors exit 1", arguments: [
        (["align", "/nonexistent/a.txt", "/nonexistent/b.txt"], Int32(2)),
        (["align", "a", "b", "c"], Int32(1)),
        (["align", "--level", "chapter"], Int32(1)),
        (["align", "--max-bead", "9"], Int32(1)),
        (["align", "--threads", "0"], Int32(1)),
        (["batch", "manifest.tsv", "--threads", "0"], Int32(1)),
        (["batch", "manifest.tsv", "--max-bead", "0"], Int32(1)),
    ])
    func errors(arguments: [String], status: Int32) throws {
        let result = try SverkaProcess.run(arguments, in: TestPaths.root)
        #expect(result.status == status, "\(result)")
        #expect(result.stderr.hasPrefix("sverka: error:"))
        #expect(result.stdout.isEmpty)
        if status == 2 { #expect(result.stderrLines.count == 1) }
    }

    @Test("--threads 1 writes what all cores write, on a text long enough to be scored in parallel", .enabled(if: TestPaths.hasEvalData, TestPaths.noEvalData))
    func threadsDoNotChangeOutput() throws {
        let folder = Self.shared.appendingPathComponent("textberg-de-fr-vecalign")
        try #require(FileManager.default.fileExists(atPath: folder.path), "no evaluation data at \(folder.path)")
        // Every Text+Berg document one after the other, six times: about 8,000 sentences a side,
        // past the sizes where features and bead costs are spread over threads.
        let scratch = try TemporaryDirectory()
        var paths: [String] = []
        for language in ["de", "fr"] {
            let text = try ["dev", "test0", "test1", "test2", "test3", "test4", "test5", "test6"]
                .map { try String(contentsOf: folder.appendingPathComponent("\($0).\(language)"), encoding: .utf8) }
                .joined()
            paths.append(try scratch.file("all.\(language)", text: String(repeating: text, count: 6)))
        }
        let arguments = ["align", paths[0], paths[1], "--source-lang", "de", "--target-lang", "fr", "--presegmented",
                         "--level", "sentence", "--format", "pairs", "--no-dictionary", "--no-self-training"]
        let all = try SverkaProcess.run(arguments)
        let one = try SverkaProcess.run(arguments + ["--threads", "1"])
        #expect(all.status == 0 && one.status == 0, "\(all)\n\(one)")
        #expect(all.stdout.split(separator: "\n").count > 7_000)
        #expect(all.stdout == one.stdout)
    }

    @Test("both sides in the same language: a warning, and the alignment still runs")
    func sameLanguage() throws {
        let result = try SverkaProcess.run(["align", TestPaths.englishTelegram, TestPaths.englishTelegram,
                                            "--source-lang", "en", "--format", "pairs"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: both sides are 'en'"))
        // Aligning a text with itself pairs every paragraph with itself.
        #expect(result.stdout.split(separator: "\n").allSatisfy { line in
            let parts = line.split(separator: ":")
            return parts[0] == parts[1]
        })
    }
}

@Suite("sverka split")
struct SplitCommandTests {
    @Test("the telegram splits into three files that together hold every paragraph once")
    func telegram() throws {
        let scratch = try TemporaryDirectory()
        let result = try SverkaProcess.run(["split", TestPaths.corpus("wilson-113642-telegram-21646.md"), "--output", scratch.url.path])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("ru: ") && result.stdout.contains("en: ") && result.stdout.contains("front: "))
        let stem = "wilson-113642-telegram-21646"
        let ru = try String(contentsOfFile: scratch.path("\(stem).ru.txt"), encoding: .utf8)
        let expected = try String(contentsOfFile: TestPaths.russianTelegram, encoding: .utf8)
        #expect(ru == expected)
        var paragraphs = 0
        for part in ["front", "ru", "en"] {
            let segmented = try SverkaProcess.run(["segment", scratch.path("\(stem).\(part).txt"), "--format", "json"])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(segmented.stdout.utf8)) as? [String: Any])
            paragraphs += (json["paragraphs"] as? [Any])?.count ?? 0
        }
        let whole = try SverkaProcess.run(["segment", TestPaths.corpus("wilson-113642-telegram-21646.md"), "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(whole.stdout.utf8)) as? [String: Any])
        #expect(paragraphs == (json["paragraphs"] as? [Any])?.count)
    }

    @Test("--output names a missing folder: it is made, with the folders above it; a file in its place is exit 2")
    func outputFolderIsMade() throws {
        let scratch = try TemporaryDirectory()
        let folder = scratch.path("parts/1952/july")
        let result = try SverkaProcess.run(["split", TestPaths.corpus("wilson-113642-telegram-21646.md"), "--output", folder])
        #expect(result.status == 0, "\(result)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(written == ["wilson-113642-telegram-21646.en.txt", "wilson-113642-telegram-21646.front.txt",
                            "wilson-113642-telegram-21646.ru.txt"])
        let file = try scratch.file("notes", text: "a file, not a folder\n")
        let refused = try SverkaProcess.run(["split", TestPaths.corpus("wilson-113642-telegram-21646.md"), "--output", file])
        #expect(refused.status == 2, "\(refused)")
        #expect(refused.stderrLines.count == 1 && refused.stderr.contains("not a folder"), "\(refused)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "a file, not a folder\n")
    }

    @Test("a file in one language cannot be split: exit 2")
    func oneLanguage() throws {
        let result = try SverkaProcess.run(["split", TestPaths.englishTelegram, "--output", NSTemporaryDirectory()])
        #expect(result.status == 2)
        #expect(result.stderr.contains("one script"))
    }
}

@Suite("sverka align --verify")
struct VerifyTests {
    @Test("the telegram and the bilingual file verify: nothing lost, writers agree", arguments: [
        [TestPaths.russianTelegram, TestPaths.englishTelegram],
        [TestPaths.corpus("wilson-113642-telegram-21646.md")],
    ])
    func verifies(files: [String]) throws {
        let result = try SverkaProcess.run(["align"] + files + ["--verify", "--quiet", "--no-dictionary"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.contains("verified:"))
    }
}
