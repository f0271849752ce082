import Foundation
import Testing
import SverkaTestSupport

extension SverkaProcess {
    /// Runs `sverka arguments…` with `stdin` as its standard input (the rest as ``run(_:in:)``).
    static func run(_ arguments: [String], stdin: String, in directory: URL? = nil) throws -> Result {
        let scratch = try TemporaryDirectory()
        let paths = (input: scratch.path("stdin"), output: scratch.path("stdout"), error: scratch.path("stderr"))
        _ = FileManager.default.createFile(atPath: paths.input, contents: Data(stdin.utf8))
        _ = FileManager.default.createFile(atPath: paths.output, contents: nil)
        _ = FileManager.default.createFile(atPath: paths.error, contents: nil)
        let input = try FileHandle(forReadingFrom: URL(fileURLWithPath: paths.input))
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: paths.output))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: paths.error))

        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? TestPaths.root
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try input.close()
        try out.close()
        try err.close()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: URL(fileURLWithPath: paths.output)), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: paths.error)), as: UTF8.self)
        )
    }
}

@Suite("sverka batch - (JSON Lines on standard input)")
struct BatchJSONLinesTests {
    /// `object` as one line of JSON.
    static func line(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    /// The JSON objects of the lines of `text`.
    static func records(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test("one result per record, in input order: inline texts, files, and bad records; exit 2", .enabled(if: TestPaths.hasEvalData, TestPaths.noEvalData))
    func resultsInOrder() throws {
        let scratch = try TemporaryDirectory()
        let source = try BatchCommandTests.textBerg("test4.de")
        let target = try BatchCommandTests.textBerg("test4.fr")
        let sourceText = try String(contentsOfFile: source, encoding: .utf8)
        let targetText = try String(contentsOfFile: target, encoding: .utf8)
        let input = [
            try Self.line(["id": "inline", "source_text": sourceText, "target_text": targetText]),
            "",
            try Self.line(["source": try BatchCommandTests.textBerg("test2.de"), "target": try BatchCommandTests.textBerg("test2.fr"),
                           "output": scratch.path("out/test2")]),
            try Self.line(["id": 7, "source": "/nonexistent/a.de", "target": target]),
            "{not json",
            try Self.line(["id": "both", "source": source, "source_text": "x", "target": target]),
            try Self.line(["id": 9, "source_text": "Ein Satz.\nNoch einer.", "target_text": "Une phrase.\nEncore une.",
                           "source_lang": "de", "target_lang": "fr"]),
        ].joined(separator: "\n") + "\n"
        let result = try SverkaProcess.run(["batch", "-", "--source-lang", "de", "--target-lang", "fr", "--presegmented",
                                            "--level", "sentence", "--jobs", "3"] + BatchCommandTests.quick, stdin: input)
        #expect(result.status == 2, "\(result)")
        let records = try Self.records(result.stdout)
        try #require(records.count == 6, "\(result)")

        #expect(records[0]["id"] as? String == "inline")
        #expect(records[0]["status"] as? String == "ok")
        let aligned = try SverkaProcess.run(["align", source, target, "--source-lang", "de", "--target-lang", "fr",
                                             "--presegmented", "--level", "sentence", "--format", "pairs", "--no-dictionary"])
        #expect(records[0]["result"] as? String == aligned.stdout, "the inline result is what sverka align prints")
        #expect(records[0]["beads"] as? Int == aligned.stdout.split(separator: "\n").count)
        let divergences = try #require(records[0]["divergences"] as? [String: Int])
        #expect(divergences.keys.contains("untranslated") && divergences.keys.contains("added"))

        #expect(records[1]["output"] as? String == scratch.path("out/test2"))
        #expect(records[1]["status"] as? String == "ok")
        #expect(records[1]["result"] == nil)
        #expect(FileManager.default.fileExists(atPath: scratch.path("out/test2.pairs")))

        #expect(records[2]["id"] as? Int == 7)
        #expect(records[2]["status"] as? String == "error")
        #expect((records[2]["error"] as? String)?.contains("no such file") == true)
        #expect(records[3]["status"] as? String == "error" && records[3]["id"] == nil)
        #expect(records[4]["id"] as? String == "both")
        #expect((records[4]["error"] as? String)?.contains("not both") == true)
        #expect(records[5]["id"] as? Int == 9 && records[5]["status"] as? String == "ok")

        // Error lines name standard input and its line (blank lines count).
        #expect(result.stderrLines.contains { $0.hasPrefix("sverka: error: stdin:4: /nonexistent/a.de: no such file") }, "\(result)")
        #expect(result.stderrLines.contains { $0.hasPrefix("sverka: error: stdin:5: not a valid record") })
        #expect(result.stderr.contains("6 pairs: 3 ok, 3 failed, 0 skipped"))
    }

    @Test("several formats, or moses, give an object of texts keyed by file suffix")
    func severalFormats() throws {
        let input = try Self.line(["id": 1, "source_text": "Ein Satz.\nNoch einer.\n", "target_text": "Une phrase.\nEncore une.\n"]) + "\n"
        let result = try SverkaProcess.run(["batch", "-", "--source-lang", "de", "--target-lang", "fr", "--presegmented",
                                            "--format", "pairs", "--format", "moses", "--format", "pairs"] + BatchCommandTests.quick,
                                           stdin: input)
        #expect(result.status == 0, "\(result)")
        let record = try #require(try Self.records(result.stdout).first)
        let texts = try #require(record["result"] as? [String: String], "\(result)")
        #expect(texts.keys.sorted() == ["de", "fr", "pairs"])
        #expect(texts["de"] == "Ein Satz. Noch einer.\n" || texts["de"] == "Ein Satz.\nNoch einer.\n", "\(texts)")
    }

    @Test("--shard applies to records as it does to manifest lines")
    func shard() throws {
        let input = try (0..<4).map {
            try Self.line(["id": $0, "source_text": "Satz \($0).\n", "target_text": "Phrase \($0).\n"])
        }.joined(separator: "\n") + "\n"
        let result = try SverkaProcess.run(["batch", "-", "--source-lang", "de", "--target-lang", "fr", "--presegmented",
                                            "--shard", "2/2"] + BatchCommandTests.quick, stdin: input)
        #expect(result.status == 0, "\(result)")
        #expect(try Self.records(result.stdout).map { $0["id"] as? Int } == [1, 3])
    }
}
