import Foundation
import Testing
import SverkaTestSupport

/// The input options of `align`, `segment` and `batch` through the built `sverka`: paragraph
/// conventions (`--paragraphs`), an encoding for each file, control characters. The story and
/// letter fixtures were written for the tests (Tests/Fixtures/README.md).
@Suite("Input options: paragraphs, encodings, control characters")
struct InputOptionsTests {
    let scratch: TemporaryDirectory

    init() throws {
        scratch = try TemporaryDirectory()
    }

    static func story(_ name: String) -> String { TestPaths.fixture(name) }

    /// The beads of a `--format pairs` output.
    static func beads(_ output: String) -> [Substring] { output.split(separator: "\n") }

    @Test("One paragraph per line, no blank lines: 12 paragraph beads, not one bead for the whole text")
    func onePerLine() throws {
        let pairs = try SverkaProcess.run(["align", Self.story("story-ru.lines.txt"), Self.story("story-en.lines.txt"),
                                           "--format", "pairs", "--no-scores"])
        #expect(pairs.status == 0, "\(pairs)")
        #expect(Self.beads(pairs.stdout) == (0..<12).map { "[\($0)]:[\($0)]" })
        let report = try SverkaProcess.run(["align", Self.story("story-ru.lines.txt"), Self.story("story-en.wrapped.txt"), "--quiet"])
        #expect(report.stdout.contains("original:    12 paragraphs, 24 sentences (paragraphs one per line)"), "\(report)")
        #expect(report.stdout.contains("translation: 12 paragraphs"), "\(report)")
        #expect(report.stdout.contains("(paragraphs hard-wrapped lines joined)"), "\(report)")
        #expect(report.stdout.contains("1-1: 12"), "\(report)")
    }

    @Test("JSON records the paragraphs asked for and those used on each side")
    func jsonSettings() throws {
        let result = try SverkaProcess.run(["align", Self.story("story-ru.lines.txt"), Self.story("story-en.txt"), "--format", "json"])
        #expect(result.status == 0, "\(result)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let settings = try #require(json["settings"] as? [String: String])
        #expect(settings["paragraphs"] == "auto")
        #expect(settings["sourceParagraphs"] == "lines")
        #expect(settings["targetParagraphs"] == "blank-lines")
    }

    @Test("--paragraphs names the convention: blank-lines reads the one-per-line story as one paragraph, as before")
    func named() throws {
        let result = try SverkaProcess.run(["align", Self.story("story-ru.lines.txt"), Self.story("story-en.lines.txt"),
                                            "--format", "json", "--paragraphs", "blank-lines"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let source = try #require(json["source"] as? [String: Any])
        #expect((source["paragraphs"] as? [Any])?.count == 1)
        #expect((json["settings"] as? [String: String])?["paragraphs"] == "blank-lines")
        let bad = try SverkaProcess.run(["align", Self.story("story-ru.txt"), Self.story("story-en.txt"), "--paragraphs", "pages"])
        #expect(bad.status == 1, "\(bad)")
    }

    @Test("segment: paragraphs one per line are found, said on standard error; --paragraphs names them")
    func segment() throws {
        let result = try SverkaProcess.run(["segment", Self.story("story-en.lines-indented.txt"), "--lang", "en"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.components(separatedBy: "¶ ").count - 1 == 12)
        #expect(result.stderr.contains("story-en.lines-indented.txt: paragraphs one per line (detected"), "\(result)")
        let named = try SverkaProcess.run(["segment", Self.story("story-en.lines-indented.txt"), "--lang", "en", "--paragraphs", "lines"])
        #expect(named.stderr.isEmpty, "\(named)")
        #expect(named.stdout == result.stdout)
        let wrapped = try SverkaProcess.run(["segment", Self.story("story-en.wrapped.txt"), "--lang", "en", "--paragraphs", "wrapped"])
        #expect(wrapped.stdout.components(separatedBy: "¶ ").count - 1 == 12)
    }

    @Test("batch: --paragraphs and an encoding for each side apply to every pair")
    func batch() throws {
        let source = try scratch.file("ru.txt", bytes: try TestPaths.bytes(Self.story("story-ru.lines.txt")).map { $0 })
        let manifest = try scratch.file("pairs.tsv", text: "\(source)\t\(Self.story("story-en.lines.txt"))\tout/one\n")
        let auto = try SverkaProcess.run(["batch", manifest, "--quiet"])
        #expect(auto.status == 0, "\(auto)")
        #expect(Self.beads(try String(contentsOfFile: scratch.path("out/one.pairs"), encoding: .utf8)).count == 12)
        let named = try SverkaProcess.run(["batch", manifest, "--quiet", "--paragraphs", "blank-lines"])
        #expect(named.status == 0, "\(named)")
        #expect(Self.beads(try String(contentsOfFile: scratch.path("out/one.pairs"), encoding: .utf8)).count == 1)
        // A windows-1251 original beside a UTF-8 translation.
        let letter = try scratch.file("letter.1251.txt", bytes: try TestPaths.bytes(TestPaths.fixture("letter-ru.windows-1251.txt")))
        let pair = try scratch.file("letter.tsv", text: "\(letter)\t\(TestPaths.fixture("letter-ru.utf8.txt"))\tout/letter\tru\tru\n")
        let both = try SverkaProcess.run(["batch", pair, "--quiet", "--encoding", "windows-1251", "--format", "json"])
        #expect(both.stderr.contains("letter-ru.utf8.txt: the file is valid UTF-8 but was read as windows-1251"), "\(both)")
        let each = try SverkaProcess.run(["batch", pair, "--quiet", "--source-encoding", "windows-1251", "--format", "json"])
        #expect(each.status == 0, "\(each)")
        #expect(!each.stderr.contains("valid UTF-8"), "\(each)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: scratch.path("out/letter.json")))) as? [String: Any])
        let texts = ["source", "target"].compactMap { ((json[$0] as? [String: Any])?["paragraphs"] as? [[String: Any]])?.first?["text"] as? String }
        #expect(texts.count == 2 && texts[0] == texts[1])
    }

    @Test("align: a windows-1251 original and a UTF-8 translation, each read in its own encoding; one --encoding warns")
    func encodingForEachFile() throws {
        let original = TestPaths.fixture("letter-ru.windows-1251.txt")
        let translation = TestPaths.fixture("letter-ru.utf8.txt")
        let shared = try SverkaProcess.run(["align", original, translation, "--source-lang", "ru", "--target-lang", "ru",
                                            "--encoding", "windows-1251", "--format", "pairs"])
        #expect(shared.status == 0, "\(shared)")
        #expect(shared.stderrLines.contains { $0.hasPrefix("sverka: warning: \(translation): the file is valid UTF-8 but was read as windows-1251") },
                "\(shared)")
        let each = try SverkaProcess.run(["align", original, translation, "--source-lang", "ru", "--target-lang", "ru",
                                          "--source-encoding", "windows-1251", "--format", "tsv"])
        #expect(each.status == 0, "\(each)")
        #expect(!each.stderr.contains("valid UTF-8"), "\(each)")
        let row = try #require(each.stdout.split(separator: "\n").dropFirst().first).split(separator: "\t")
        #expect(row.count >= 2 && row[0] == row[1] && row[0].hasPrefix("В понедельник, 3 марта"))
        // --target-encoding over --encoding.
        let over = try SverkaProcess.run(["align", original, translation, "--source-lang", "ru", "--target-lang", "ru",
                                          "--encoding", "windows-1251", "--target-encoding", "UTF-8", "--format", "pairs"])
        #expect(over.status == 0 && !over.stderr.contains("valid UTF-8"), "\(over)")
    }

    @Test("--source-encoding and --target-encoding on a single file are a usage error", arguments: [
        ["segment", "Corpus/wilson-113642-telegram-21646.ru.md", "--source-encoding", "UTF-8"],
        ["split", "Corpus/wilson-113642-telegram-21646.md", "--target-encoding", "UTF-8", "--output", "/nonexistent"],
        ["align", "Corpus/wilson-113642-telegram-21646.md", "--source-encoding", "UTF-8"],
    ])
    func singleFile(arguments: [String]) throws {
        let result = try SverkaProcess.run(arguments)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines.count == 1 && result.stderr.contains("name the encoding of"), "\(result)")
        #expect(result.stdout.isEmpty)
    }

    @Test("Form feed, vertical tab and ESC inside lines: every writer shows the same clean text; the ESC is named with its line")
    func controlCharacters() throws {
        let ru = try scratch.file("ru.txt", text: "Там жило\u{0C}около ста человек.\n\nДом\u{0B}стоял у реки.\u{1B}\n")
        let en = try scratch.file("en.txt", text: "About a hundred people lived there.\n\nThe house stood by the river.\n")
        var outputs: [String: String] = [:]
        for format in ["tsv", "tmx", "html", "json", "report"] {
            let result = try SverkaProcess.run(["align", ru, en, "--format", format, "--no-color"])
            #expect(result.status == 0, "\(format): \(result)")
            #expect(result.stderrLines.contains { $0 == "sverka: warning: \(ru):4: dropped 1 control character (ESC U+001B) on line 4" }, "\(result)")
            outputs[format] = result.stdout
        }
        for (format, output) in outputs {
            #expect(!output.contains("\u{FFFD}"), "\(format)")
            #expect(!output.unicodeScalars.contains { [0x0B, 0x0C, 0x1B].contains($0.value) } || format == "report", "\(format)")
            #expect(!output.contains("жило\u{FFFD}около") && !output.contains("жилооколо"), "\(format)")
        }
        let tsv = try #require(outputs["tsv"])
        #expect(tsv.contains("Дом\\nстоял у реки."), "a vertical tab is a line break, escaped as one")
    }
}
