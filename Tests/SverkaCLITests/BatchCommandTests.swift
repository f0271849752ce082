import Foundation
import Testing
import SverkaTestSupport

@Suite("sverka batch")
struct BatchCommandTests {
    static let textBerg = TestPaths.evalData.appendingPathComponent("textberg-de-fr-vecalign")

    /// A Text+Berg file (`test2.de` …), after checking the evaluation data is there.
    static func textBerg(_ name: String) throws -> String {
        try #require(FileManager.default.fileExists(atPath: textBerg.path), "no evaluation data at \(textBerg.path)")
        return textBerg.appendingPathComponent(name).path
    }

    /// Writes a manifest of `rows` (fields joined by tabs) into `scratch` and returns its path.
    static func manifest(_ rows: [[String]], in scratch: TemporaryDirectory, name: String = "manifest.tsv") throws -> String {
        try scratch.file(name, text: rows.map { $0.joined(separator: "\t") }.joined(separator: "\n") + "\n")
    }

    /// The contents of the file at `path`, or nil when it does not exist.
    static func contents(_ path: String) -> Data? {
        FileManager.default.contents(atPath: path)
    }

    /// The names of the files in `folder`, sorted.
    static func files(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    /// Options that keep test runs quick and the same on every machine (no system dictionary).
    static let quick = ["--no-dictionary", "--quiet"]

    @Test("a manifest of Corpus/ and Text+Berg pairs writes, per format, what sverka align writes", .enabled(if: TestPaths.hasEvalData, TestPaths.noEvalData))
    func matchesAlign() throws {
        let scratch = try TemporaryDirectory()
        let manifest = try Self.manifest([
            ["# the bundled telegram, languages from the options (ru, en)"],
            [TestPaths.russianTelegram, TestPaths.englishTelegram, "out/telegram"],
            [],
            [try Self.textBerg("test2.de"), try Self.textBerg("test2.fr"), "out/test2", "de", "fr"],
            [try Self.textBerg("test4.de"), try Self.textBerg("test4.fr"), scratch.path("out/test4"), "de", "fr"],
        ], in: scratch)
        let formats = ["--format", "pairs", "--format", "tsv", "--format", "json", "--format", "moses"]
        let result = try SverkaProcess.run(["batch", manifest, "--level", "nested"] + formats + Self.quick)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("3 pairs: 3 ok, 0 failed, 0 skipped"), "\(result)")
        #expect(Self.files(in: scratch.path("out")) == [
            "telegram.en", "telegram.json", "telegram.pairs", "telegram.ru", "telegram.tsv",
            "test2.de", "test2.fr", "test2.json", "test2.pairs", "test2.tsv",
            "test4.de", "test4.fr", "test4.json", "test4.pairs", "test4.tsv",
        ])
        let pairs: [(String, String, String, [String])] = [
            (TestPaths.russianTelegram, TestPaths.englishTelegram, "telegram", []),
            (try Self.textBerg("test2.de"), try Self.textBerg("test2.fr"), "test2", ["--source-lang", "de", "--target-lang", "fr"]),
            (try Self.textBerg("test4.de"), try Self.textBerg("test4.fr"), "test4", ["--source-lang", "de", "--target-lang", "fr"]),
        ]
        for (source, target, name, languages) in pairs {
            for format in ["pairs", "tsv", "json", "moses"] {
                let expected = scratch.path("align/\(name)")
                try FileManager.default.createDirectory(atPath: scratch.path("align"), withIntermediateDirectories: true)
                let aligned = try SverkaProcess.run(["align", source, target, "--level", "nested", "--format", format,
                                                     "--output", format == "moses" ? expected : expected + "." + format,
                                                     "--no-dictionary"] + languages)
                #expect(aligned.status == 0, "\(aligned)")
                let suffixes = format == "moses" ? (name == "telegram" ? ["ru", "en"] : ["de", "fr"]) : [format]
                for suffix in suffixes {
                    let written = try #require(Self.contents(scratch.path("out/\(name).\(suffix)")), "\(name).\(suffix)")
                    #expect(written == Self.contents(expected + "." + suffix), "\(name).\(suffix) differs from sverka align")
                }
            }
        }
    }

    @Test("bad pairs are reported with their manifest line and counted; the others are aligned; exit 2", .enabled(if: TestPaths.hasEvalData, TestPaths.noEvalData))
    func badPairs() throws {
        let scratch = try TemporaryDirectory()
        let manifest = try Self.manifest([
            [try Self.textBerg("test4.de"), try Self.textBerg("test4.fr"), "out/good1"],
            ["/nonexistent/a.de", try Self.textBerg("test4.fr"), "out/missing"],
            ["only two fields", "here"],
            [try scratch.file("binary.de", bytes: [0x41, 0, 0x42, 10]), try Self.textBerg("test4.fr"), "out/binary"],
            [try Self.textBerg("test2.de"), try Self.textBerg("test2.fr"), "out/good2"],
            [try Self.textBerg("test2.de"), try Self.textBerg("test2.fr"), "out/good1"],
        ], in: scratch)
        let result = try SverkaProcess.run(["batch", manifest, "--source-lang", "de", "--target-lang", "fr",
                                            "--presegmented", "--level", "sentence", "--jobs", "2"] + Self.quick)
        #expect(result.status == 2, "\(result)")
        #expect(Self.files(in: scratch.path("out")) == ["good1.pairs", "good2.pairs"])
        let errors = result.stderrLines.filter { $0.hasPrefix("sverka: error: \(manifest):") }.sorted()
        #expect(errors.count == 4, "\(result)")
        #expect(errors.contains { $0.hasPrefix("sverka: error: \(manifest):2: /nonexistent/a.de: no such file") })
        #expect(errors.contains { $0.hasPrefix("sverka: error: \(manifest):3: expected 3 tab-separated fields") })
        #expect(errors.contains { $0.hasPrefix("sverka: error: \(manifest):4: ") && $0.contains("binary") })
        #expect(errors.contains { $0.hasPrefix("sverka: error: \(manifest):6: output prefix out/good1 is already used on line 1") })
        #expect(result.stderr.contains("6 pairs: 2 ok, 4 failed, 0 skipped"))
        #expect(result.stderrLines.last == "sverka: error: 4 of 6 pairs failed")
    }

    @Test("--resume skips pairs whose outputs all exist and redoes those with a file missing", .enabled(if: TestPaths.hasEvalData, TestPaths.noEvalData))
    func resume() throws {
        let scratch = try TemporaryDirectory()
        let manifest = try Self.manifest(["test2", "test3", "test4"].map {
            [try Self.textBerg("\($0).de"), try Self.textBerg("\($0).fr"), "out/\($0)"]
        }, in: scratch)
        let arguments = ["batch", manifest, "--source-lang", "de", "--target-lang", "fr", "--presegmented",
                         "--level", "sentence", "--format", "pairs", "--format", "tsv"] + Self.quick
        let first = try SverkaProcess.run(arguments)
        #expect(first.status == 0, "\(first)")
        let test3 = try #require(Self.contents(scratch.path("out/test3.pairs")))
        let test4 = try #require(Self.contents(scratch.path("out/test4.tsv")))
        // test2 is complete (a marker shows whether it is rewritten); test3 lost one file, test4 both.
        try "marker\n".write(toFile: scratch.path("out/test2.pairs"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: scratch.path("out/test3.tsv"))
        try FileManager.default.removeItem(atPath: scratch.path("out/test4.pairs"))
        try FileManager.default.removeItem(atPath: scratch.path("out/test4.tsv"))

        let resumed = try SverkaProcess.run(arguments + ["--resume"])
        #expect(resumed.status == 0, "\(resumed)")
        #expect(resumed.stderr.contains("3 pairs: 2 ok, 0 failed, 1 skipped"), "\(resumed)")
        #expect(Self.contents(scratch.path("out/test2.pairs")) == Data("marker\n".utf8), "a complete pair is not rewritten")
        #expect(Self.contents(scratch.path("out/test3.pairs")) == test3)
        #expect(Self.contents(scratch.path("out/test3.tsv")) != nil)
        #expect(Self.contents(scratch.path("out/test4.tsv")) == test4)
        #expect(Self.files(in: scratch.path("out")).count == 6, "no temporary files are left behind")

        let again = try SverkaProcess.run(arguments + ["--resume"])
        #expect(again.stderr.contains("3 pairs: 0 ok, 0 failed, 3 skipped"), "\(again)")
    }

    @Test("a run killed mid-way leaves only whole files, and --resume then completes every output identically", .enabled(if: TestPaths.hasEvalData, TestPaths.noEvalData))
    func resumeAfterKill() throws {
        let scratch = try TemporaryDirectory()
        let documents = ["dev", "test0", "test1", "test2", "test3", "test4", "test5", "test6"]
        func rows(_ folder: String) throws -> [[String]] {
            try (0..<3).flatMap { copy in
                try documents.map { [try Self.textBerg("\($0).de"), try Self.textBerg("\($0).fr"), "\(folder)/\($0)-\(copy)"] }
            }
        }
        let options = ["--source-lang", "de", "--target-lang", "fr", "--presegmented", "--level", "sentence",
                       "--format", "pairs", "--format", "tsv"] + Self.quick
        // The reference: an uninterrupted run.
        let reference = try SverkaProcess.run(["batch", try Self.manifest(rows("ref"), in: scratch, name: "ref.tsv"), "--jobs", "2"] + options)
        #expect(reference.status == 0, "\(reference)")
        let expected = Self.files(in: scratch.path("ref"))
        #expect(expected.count == 48)

        // The interrupted run: one pair at a time, killed (SIGKILL, no chance to tidy up) once a
        // few pairs are done.
        let manifest = try Self.manifest(rows("out"), in: scratch, name: "out.tsv")
        let process = Process()
        process.executableURL = try SverkaProcess.executable()
        process.arguments = ["batch", manifest, "--jobs", "1"] + options
        process.currentDirectoryURL = scratch.url
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while Self.files(in: scratch.path("out")).filter({ $0.hasSuffix(".tsv") }).count < 3 && process.isRunning && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.02)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the run finished before it could be killed")
        let partial = Self.files(in: scratch.path("out")).filter { !$0.hasPrefix(".") }
        #expect(partial.count >= 6 && partial.count < 48, "\(partial.count) files after the kill")
        for name in partial {
            #expect(Self.contents(scratch.path("out/\(name)")) == Self.contents(scratch.path("ref/\(name)")), "\(name) is not whole")
        }

        let resumed = try SverkaProcess.run(["batch", manifest, "--jobs", "2", "--resume"] + options, in: scratch.url)
        #expect(resumed.status == 0, "\(resumed)")
        #expect(resumed.stderr.contains("24 pairs: "), "\(resumed)")
        #expect(!resumed.stderr.contains(" 0 skipped"), "complete pairs are skipped: \(resumed)")
        #expect(Self.files(in: scratch.path("out")) == expected, "every output, and nothing else, is there")
        for name in expected {
            #expect(Self.contents(scratch.path("out/\(name)")) == Self.contents(scratch.path("ref/\(name)")), "\(name) differs")
        }
    }

    @Test("--shard 1/2 and 2/2 together take every pair of the manifest exactly once")
    func shards() throws {
        let scratch = try TemporaryDirectory()
        var rows: [[String]] = [["# comments and blank lines do not count"]]
        for index in 0..<5 {
            let source = try scratch.file("doc\(index).de", text: "Das ist Satz \(index).\nEr hat \(index + 2) Wörter.\n")
            let target = try scratch.file("doc\(index).fr", text: "C'est la phrase \(index).\nElle a \(index + 2) mots.\n")
            rows.append([source, target, "out/doc\(index)"])
            if index == 1 { rows.append([]) }
        }
        let manifest = try Self.manifest(rows, in: scratch)
        let base = ["batch", manifest, "--source-lang", "de", "--target-lang", "fr", "--presegmented"] + Self.quick
        let first = try SverkaProcess.run(base + ["--shard", "1/2"])
        #expect(first.status == 0, "\(first)")
        let taken1 = Set(Self.files(in: scratch.path("out")))
        #expect(taken1 == ["doc0.pairs", "doc2.pairs", "doc4.pairs"])
        let second = try SverkaProcess.run(base + ["--shard", "2/2"])
        #expect(second.status == 0, "\(second)")
        let taken2 = Set(Self.files(in: scratch.path("out"))).subtracting(taken1)
        #expect(taken2 == ["doc1.pairs", "doc3.pairs"])
        #expect(first.stderr.contains("3 pairs: 3 ok") && second.stderr.contains("2 pairs: 2 ok"))
    }

    @Test("--shard must be K/N with 1 ≤ K ≤ N: exit 1", arguments: ["0/2", "3/2", "1/0", "2", "a/b"])
    func badShard(shard: String) throws {
        let result = try SverkaProcess.run(["batch", "manifest.tsv", "--shard", shard])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.hasPrefix("sverka: error: --shard"))
    }

    @Test("a missing manifest is an input error: exit 2")
    func missingManifest() throws {
        let result = try SverkaProcess.run(["batch", "/nonexistent/manifest.tsv"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderrLines == ["sverka: error: /nonexistent/manifest.tsv: no such manifest file"])
    }

    @Test("8 pairs with --jobs 4 write byte for byte what --jobs 1 writes", .enabled(if: TestPaths.hasEvalData, TestPaths.noEvalData))
    func parallelEqualsSequential() throws {
        let scratch = try TemporaryDirectory()
        var rows = try ["dev", "test0", "test1", "test2", "test3", "test4", "test5", "test6"].map {
            [try Self.textBerg("\($0).de"), try Self.textBerg("\($0).fr"), "OUT/\($0)"]
        }
        let formats = ["--format", "pairs", "--format", "tsv", "--format", "json"]
        var outputs: [[String: Data]] = []
        for jobs in ["1", "4"] {
            rows = rows.map { [$0[0], $0[1], $0[2].replacingOccurrences(of: "OUT", with: "jobs\(jobs)")] }
            let manifest = try Self.manifest(rows, in: scratch, name: "manifest\(jobs).tsv")
            let result = try SverkaProcess.run(["batch", manifest, "--jobs", jobs, "--source-lang", "de", "--target-lang", "fr",
                                                "--presegmented", "--level", "sentence"] + formats + Self.quick)
            #expect(result.status == 0, "\(result)")
            #expect(result.stderr.contains("8 pairs: 8 ok"), "\(result)")
            let folder = scratch.path("jobs\(jobs)")
            outputs.append(Dictionary(uniqueKeysWithValues: Self.files(in: folder).map { ($0, Self.contents(folder + "/" + $0) ?? Data()) }))
            rows = rows.map { [$0[0], $0[1], $0[2].replacingOccurrences(of: "jobs\(jobs)", with: "OUT")] }
        }
        #expect(outputs[0].count == 24)
        #expect(outputs[0].keys.sorted() == outputs[1].keys.sorted())
        for (name, data) in outputs[0] {
            #expect(outputs[1][name] == data, "\(name) differs between --jobs 1 and --jobs 4")
        }
    }

    @Test("progress lines without a terminal, every N pairs; --help documents the exit status", .enabled(if: TestPaths.hasEvalData, TestPaths.noEvalData))
    func progressAndHelp() throws {
        let scratch = try TemporaryDirectory()
        let manifest = try Self.manifest(["test2", "test4"].map {
            [try Self.textBerg("\($0).de"), try Self.textBerg("\($0).fr"), "out/\($0)"]
        }, in: scratch)
        let result = try SverkaProcess.run(["batch", manifest, "--source-lang", "de", "--target-lang", "fr", "--presegmented",
                                            "--progress-every", "1", "--no-dictionary", "--jobs", "1"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderrLines.filter { $0.hasPrefix("sverka: batch: 1/2 pairs") }.count == 1, "\(result)")
        #expect(result.stderrLines.contains { $0.hasPrefix("sverka: batch: 2/2 pairs") && $0.contains("done") })
        #expect(!result.stderr.contains("\u{1B}["), "no bar when standard error is not a terminal")
        let help = try SverkaProcess.run(["batch", "--help"])
        #expect(help.status == 0)
        let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("Exit status: 0 every pair aligned (or skipped); 1 usage error; 2 some pairs failed"))
        #expect(text.contains("--shard K/N (K 1-based"))
    }
}
