import Foundation
import SverkaTestSupport
import Sverka
import SverkaBatch
import Testing

@Suite("SverkaBatch: the batch engine as a library")
struct BatchLibraryTests {
    /// An aligner writing pairs, with the library's default (dictionary-free) pipeline.
    static let pairs = BatchPairAligner(formats: [.pairs])

    @Test("JSON Lines results come out in input order whatever finishes first, each as aligning the pair alone gives")
    func orderedOutput() throws {
        let scratch = try TemporaryDirectory()
        // A long pair first and short ones after it: with three workers the short ones finish first.
        let long = (0..<12).map { _ in BatchFixtures.russian }.joined(separator: "\n\n")
        let longEnglish = (0..<12).map { _ in BatchFixtures.english }.joined(separator: "\n\n")
        var lines = [try BatchFixtures.line(["id": "long", "source_text": long, "target_text": longEnglish])]
        for number in 1...5 {
            lines.append(try BatchFixtures.line(["id": number, "source_text": BatchFixtures.shortRussian,
                                                 "target_text": BatchFixtures.shortEnglish]))
        }
        lines.append(try BatchFixtures.line(["id": "story", "source_text": BatchFixtures.russian, "target_text": BatchFixtures.english]))
        let (output, summary) = try BatchFixtures.runStream(lines.joined(separator: "\n") + "\n", aligner: Self.pairs,
                                                            workers: 3, in: scratch)
        #expect(summary == { var s = BatchSummary(); s.ok = 7; return s }())
        let records = try BatchFixtures.records(output)
        #expect(records.map { $0["id"] as? String ?? ($0["id"] as? Int).map(String.init) } == ["long", "1", "2", "3", "4", "5", "story"])
        #expect(records.allSatisfy { $0["status"] as? String == "ok" })
        // Each pair of three paragraphs gives three 1-1 paragraph beads; the short pair one.
        #expect(records[6]["beads"] as? Int == 3)
        #expect(records[1]["beads"] as? Int == 1)
        #expect(records[0]["beads"] as? Int == 36)
        let beads = (records[6]["result"] as? String ?? "").split(separator: "\n").map { $0.split(separator: ":").prefix(2).joined(separator: ":") }
        #expect(beads == ["[0]:[0]", "[1]:[1]", "[2]:[2]"])

        // One worker, or the pair aligned alone, writes the same bytes.
        let (alone, _) = try BatchFixtures.runStream(lines.joined(separator: "\n") + "\n", aligner: Self.pairs, workers: 1, in: scratch)
        #expect(alone == output)
    }

    @Test("a bad record, a missing file, an empty text, a missing side and a refused pair each come back as an error record; none is lost")
    func failuresAreRecords() throws {
        let scratch = try TemporaryDirectory()
        let input = [
            try BatchFixtures.line(["id": "good", "source_text": BatchFixtures.shortRussian, "target_text": BatchFixtures.shortEnglish]),
            "{\"id\": \"broken\", \"source_text\": ",
            try BatchFixtures.line(["id": 2, "source": scratch.path("missing.ru"), "target_text": BatchFixtures.shortEnglish]),
            "",
            try BatchFixtures.line(["id": 3, "source_text": "  \n\n ", "target_text": BatchFixtures.shortEnglish]),
            try BatchFixtures.line(["id": 4, "source_text": BatchFixtures.shortRussian]),
            try BatchFixtures.line(["id": "last", "source_text": BatchFixtures.russian, "target_text": BatchFixtures.english]),
        ].joined(separator: "\n")   // no final newline: the last record still counts
        let (output, summary) = try BatchFixtures.runStream(input, aligner: Self.pairs, workers: 2, in: scratch)
        let records = try BatchFixtures.records(output)
        try #require(records.count == 6, "one record per non-blank input line")
        #expect(summary.ok == 2 && summary.failed == 4 && summary.skipped == 0)
        #expect(records.map { $0["status"] as? String } == ["ok", "error", "error", "error", "error", "ok"])
        #expect(records[0]["id"] as? String == "good" && records[5]["id"] as? String == "last")
        #expect(records[1]["id"] == nil, "an unparsable line has no id to echo")
        #expect((records[1]["error"] as? String)?.hasPrefix("not a valid record: not JSON") == true, "\(records[1])")
        #expect(records[2]["id"] as? Int == 2)
        #expect(records[2]["error"] as? String == scratch.path("missing.ru") + ": no such file")
        #expect(records[3]["id"] as? Int == 3)
        #expect((records[3]["error"] as? String)?.hasPrefix("source_text") == true, "\(records[3])")
        #expect(records[4]["id"] as? Int == 4)
        #expect(records[4]["error"] as? String == "give \"target\" (a path) or \"target_text\"")

        // A pair with a language that is no tag is refused before reading, as a record too.
        let refused = Self.pairs.process(BatchJob(position: 0, line: 1, id: .string("tag"), outputPrefix: nil,
                                                  sourceLanguage: "ru/../x", targetLanguage: "en",
                                                  request: .pair(source: .inline(BatchFixtures.shortRussian),
                                                                 target: .inline(BatchFixtures.shortEnglish))))
        #expect(refused.status == .error && refused.id == .string("tag"))
        #expect(refused.error?.hasPrefix("'ru/../x' is not a language tag") == true, "\(refused)")
    }

    @Test("Moses output of two sides in one language: src and tgt suffixes, never one file twice")
    func mosesOneLanguage() throws {
        var moses = Self.pairs
        moses.formats = [.moses]
        let outcome = moses.process(BatchJob(position: 0, line: 1, id: .string("moses"), outputPrefix: nil,
                                             sourceLanguage: "ru", targetLanguage: "ru",
                                             request: .pair(source: .inline(BatchFixtures.shortRussian),
                                                            target: .inline(BatchFixtures.shortRussian))))
        #expect(outcome.status == .ok, "\(outcome)")
        #expect(outcome.result == .files(["src.ru": BatchFixtures.shortRussian + "\n", "tgt.ru": BatchFixtures.shortRussian + "\n"]))
        #expect(moses.outputFiles(prefix: "p", sourceLanguage: "en", targetLanguage: "en-GB") == ["p.en", "p.en-gb"])
        #expect(moses.outputFiles(prefix: "p", sourceLanguage: "ru", targetLanguage: "en") == ["p.ru", "p.en"])
    }

    @Test("XLSX: the sheet's bytes written to PREFIX.xlsx as rendered, and inlined as base64 without a prefix")
    func xlsx() throws {
        let scratch = try TemporaryDirectory()
        var sheet = Self.pairs
        sheet.formats = [.xlsx, .tsv]
        let request = BatchJob.Request.pair(source: .inline(BatchFixtures.russian), target: .inline(BatchFixtures.english))
        let written = sheet.process(BatchJob(position: 0, line: 1, outputPrefix: scratch.path("doc"), request: request))
        #expect(written.status == .ok, "\(written)")
        let bytes = try Data(contentsOf: scratch.url.appendingPathComponent("doc.xlsx"))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a zip archive")
        let inlined = sheet.process(BatchJob(position: 1, line: 2, id: .string("x"), outputPrefix: nil, request: request))
        guard case .files(let files) = inlined.result else { Issue.record("several formats: files expected"); return }
        #expect(files["xlsx"].flatMap { Data(base64Encoded: $0) } == bytes, "the same sheet, base64")
        #expect(files["tsv"] == (try TestPaths.utf8Text(scratch.path("doc.tsv"))))
    }

    @Test("a CRLF manifest reads as its LF copy: no \\r in a prefix, five fields where there are five")
    func crlfManifest() throws {
        let folder = URL(fileURLWithPath: "/data")
        let rows = ["# a comment", "a.ru\ta.en\tone", "", "b.de\tb.fr\ttwo\tde\tfr"]
        let lf = BatchManifest.parse(rows.joined(separator: "\n") + "\n", folder: folder)
        let crlf = BatchManifest.parse(rows.joined(separator: "\r\n") + "\r\n", folder: folder)
        #expect(crlf.map(\.outputPrefix) == ["/data/one", "/data/two"])
        #expect(crlf.map(\.outputPrefix) == lf.map(\.outputPrefix))
        #expect(crlf.map(\.line) == [2, 4])
        #expect(crlf.map(\.request) == lf.map(\.request))
        #expect(crlf[1].targetLanguage == "fr" && crlf[1].sourceLanguage == "de")
    }

    @Test("CRLF JSON Lines records read as LF ones")
    func crlfRecords() throws {
        let scratch = try TemporaryDirectory()
        let lines = try [
            BatchFixtures.line(["id": 1, "source_text": BatchFixtures.shortRussian, "target_text": BatchFixtures.shortEnglish]),
            BatchFixtures.line(["id": 2, "source_text": BatchFixtures.russian, "target_text": BatchFixtures.english]),
        ]
        let (lf, _) = try BatchFixtures.runStream(lines.joined(separator: "\n") + "\n", aligner: Self.pairs, in: scratch)
        let (crlf, summary) = try BatchFixtures.runStream(lines.joined(separator: "\r\n") + "\r\n\r\n", aligner: Self.pairs, in: scratch)
        #expect(summary.ok == 2 && summary.failed == 0)
        #expect(crlf == lf)
    }

    @Test("an output prefix that would write over one of the pair's inputs fails the pair before it is read")
    func prefixOntoInput() throws {
        let scratch = try TemporaryDirectory()
        let source = try scratch.file("doc.tsv", text: BatchFixtures.russian)
        let target = try scratch.file("doc.en", text: BatchFixtures.english)
        let aligner = BatchPairAligner(formats: [.pairs, .tsv])
        let outcome = aligner.process(BatchJob(position: 0, line: 3, outputPrefix: scratch.path("doc"),
                                               request: .pair(source: .file(source), target: .file(target))))
        #expect(outcome.status == .error)
        #expect(outcome.error == "output would overwrite input \(source)")
        #expect(try TestPaths.utf8Text(source) == BatchFixtures.russian)
        #expect(!FileManager.default.fileExists(atPath: scratch.path("doc.pairs")), "nothing written before the check")

        // Through a hard link under the output's name: the same file, refused as well.
        try FileManager.default.linkItem(atPath: target, toPath: scratch.path("linked.pairs"))
        let linked = aligner.process(BatchJob(position: 1, line: 4, outputPrefix: scratch.path("linked"),
                                              request: .pair(source: .file(source), target: .file(target))))
        #expect(linked.error == "output would overwrite input \(target)")
    }

    @Test("resuming skips the pairs whose outputs all exist and echoes their ids; a pair with an output missing is aligned again")
    func resume() throws {
        let scratch = try TemporaryDirectory()
        let ru = try scratch.file("story.ru.txt", text: BatchFixtures.russian)
        let en = try scratch.file("story.en.txt", text: BatchFixtures.english)
        let input = try ["a", "b", "c"].map {
            try BatchFixtures.line(["id": $0, "source": ru, "target": en, "output": scratch.path("out/\($0)")])
        }.joined(separator: "\n") + "\n"
        let formats: [OutputFormat] = [.pairs, .tsv]
        let first = try BatchFixtures.runStream(input, aligner: BatchPairAligner(formats: formats, resume: true), in: scratch)
        #expect(first.summary.ok == 3)
        let written = try String(contentsOfFile: scratch.path("out/b.tsv"), encoding: .utf8)
        #expect(written.contains("Лодки одна за другой вышли в залив.") && written.contains("the boats went out into the bay."))

        try FileManager.default.removeItem(atPath: scratch.path("out/b.tsv"))
        try "kept".write(toFile: scratch.path("out/a.pairs"), atomically: true, encoding: .utf8)
        let second = try BatchFixtures.runStream(input, aligner: BatchPairAligner(formats: formats, resume: true), in: scratch)
        let records = try BatchFixtures.records(second.output)
        #expect(records.map { $0["id"] as? String } == ["a", "b", "c"])
        #expect(records.map { $0["status"] as? String } == ["skipped", "ok", "skipped"])
        #expect(second.summary.skipped == 2 && second.summary.ok == 1)
        #expect(try String(contentsOfFile: scratch.path("out/b.tsv"), encoding: .utf8) == written, "b is written again, the same")
        #expect(try String(contentsOfFile: scratch.path("out/a.pairs"), encoding: .utf8) == "kept", "a is not touched")

        // Without resuming, every pair is aligned again.
        let third = try BatchFixtures.runStream(input, aligner: BatchPairAligner(formats: formats), in: scratch)
        #expect(third.summary.ok == 3)
    }

    @Test("shard K/N takes the positions p with p mod N = K-1; the shards together take every pair once")
    func shards() throws {
        let scratch = try TemporaryDirectory()
        let manifest = (0..<7).map { "src\($0).txt\ttgt\($0).txt\tout/\($0)" }
        let text = "# seven pairs\n\n" + manifest.joined(separator: "\n") + "\n"
        let jobs = BatchManifest.parse(text, folder: scratch.url)
        #expect(jobs.map(\.line) == Array(3...9))
        #expect(jobs.first?.request == .pair(source: .file(scratch.path("src0.txt")), target: .file(scratch.path("tgt0.txt"))))
        var taken: [[Int]] = []
        for index in 1...3 {
            let source = BatchJobSource(jobs: jobs, shard: try BatchShard(parsing: "\(index)/3"))
            var positions: [Int] = []
            var sequences: [Int] = []
            while let job = source.next() {
                positions.append(job.position)
                sequences.append(job.sequence)
            }
            #expect(source.total == positions.count)
            #expect(sequences == Array(0..<positions.count))
            taken.append(positions)
        }
        #expect(taken == [[0, 3, 6], [1, 4], [2, 5]])

        // A stream is sharded the same way, by record (blank lines not counted).
        let input = try (0..<5).map {
            try BatchFixtures.line(["id": $0, "source_text": BatchFixtures.shortRussian, "target_text": BatchFixtures.shortEnglish])
        }.joined(separator: "\n\n") + "\n"
        let (output, _) = try BatchFixtures.runStream(input, aligner: Self.pairs, shard: BatchShard(index: 2, count: 2), in: scratch)
        #expect(try BatchFixtures.records(output).map { $0["id"] as? Int } == [1, 3])

        for bad in ["0/2", "3/2", "1/0", "2", "a/b"] {
            #expect(throws: BatchError.self) { try BatchShard(parsing: bad) }
        }
        #expect(throws: BatchError.input("--shard K/N needs 1 ≤ K ≤ N; got '0/2' (K is 1-based: from a 0-based index such as JOB_COMPLETION_INDEX, pass index+1)")) {
            try BatchShard(parsing: "0/2")
        }
    }

    @Test("the caller's factories make each pair's pipeline and writer options, with the pair's languages")
    func factories() throws {
        let scratch = try TemporaryDirectory()
        let seen = Collected()
        let aligner = BatchPairAligner(
            formats: [.json], sourceLanguage: "auto", targetLanguage: "en", diagnoses: false,
            pipeline: { source, target, diagnoses in
                seen.append(Data("\(source)>\(target) \(diagnoses)\n".utf8))
                var pipeline = AlignmentPipeline(outputLevel: .sentence)
                pipeline.diagnoses = diagnoses
                return pipeline
            },
            writerOptions: { source, target in
                var options = OutputFormat.Options()
                options.settings = ["asked": "\(source ?? "-")>\(target ?? "-")"]
                return options
            },
            takeWarnings: { ["a dictionary was missing"] })
        let input = try BatchFixtures.line(["id": 1, "source_text": BatchFixtures.russian, "target_text": BatchFixtures.english]) + "\n"
        let collected = Collected()
        let lines = try scratch.file("in.jsonl", text: input)
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: lines))
        defer { try? handle.close() }
        let summary = BatchRunner(workers: 1).run(BatchJobSource(stream: BatchLineReader(handle: handle)), aligner: aligner,
                                                  output: BatchOrderedOutput { collected.append($0) }, observe: { seen.keep($0) })
        #expect(summary.ok == 1)
        #expect(String(decoding: seen.data, as: UTF8.self) == "ru>en false\n", "auto is resolved before the pipeline is made")
        #expect(seen.sorted.first?.warnings == ["a dictionary was missing"])
        let record = try #require(try BatchFixtures.records(collected.data).first)
        #expect(record["warnings"] == nil, "warnings go to the caller, not into the record")
        #expect(record["beads"] as? Int == 6, "sentence level: six 1-1 beads")
        let json = try #require((record["result"] as? String)?.data(using: .utf8))
        let root = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect((root["settings"] as? [String: String])?["asked"] == "auto>en", "writer options see the languages as given")
        #expect(root["level"] as? String == "sentence")
    }
}
