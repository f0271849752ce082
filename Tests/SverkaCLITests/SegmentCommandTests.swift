import Foundation
import Sverka
import Testing
import SverkaTestSupport

@Suite("sverka segment: output")
struct SegmentCommandOutputTests {
    @Test("The Russian telegram: 77 paragraphs, 91 sentences, 4 on line 66, nothing on stderr")
    func russianText() throws {
        let result = try SverkaProcess.run(["segment", TestPaths.russianTelegram])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("¶ ") }.count == 77)
        #expect(lines.filter { $0.hasPrefix("  [") }.count == 91)
        #expect(lines.filter { $0.contains("] 66: ") } == [
            "  [28] 66: К тому же в ходе борьбы корейский и китайский народы усилили свою мощь, что воодушевляет миролюбивые народы всего мира на борьбу против агрессивной войны и способствует развитию движения защиты мира во всем мире.",
            "  [29] 66: Это также заставляет главные силы американского империализма сковываться и терпеть непрерывные потери на востоке.",
            "  [30] 66: В то время, как оплот мира во всем мире — Советский Союз может усилить свое строительство и может оказывать свое влияние на развитие революционного движения народов всех стран.",
            "  [31] 66: Это будет означать оттяжку новой мировой войны.",
        ])
        #expect(lines.contains("  [79] 145: КИМ ИР СЕН."))
    }

    /// Keys of the JSON output; the documented shape is
    /// `{"paragraphs": [{"index","line","text","sentences": [{"index","line","text"}]}]}` (plus name, language, plain).
    @Test("--format json parses, has the documented shape, and counts sentences over the whole file",
          arguments: [(TestPaths.russianTelegram, "ru", 77, 91), (TestPaths.englishTelegram, "en", 47, 62)])
    func json(path: String, language: String, paragraphCount: Int, sentenceCount: Int) throws {
        let result = try SverkaProcess.run(["segment", "--format", "json", path])
        #expect(result.status == 0, "\(result)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(root["language"] as? String == language) // guessed: --lang defaults to auto
        let paragraphs = try #require(root["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.count == paragraphCount)
        var next = 0
        for (p, paragraph) in paragraphs.enumerated() {
            #expect(paragraph["index"] as? Int == p)
            #expect(paragraph["line"] is Int)
            #expect(paragraph["text"] is String)
            let sentences = try #require(paragraph["sentences"] as? [[String: Any]])
            #expect(!sentences.isEmpty)
            for sentence in sentences {
                #expect(sentence["index"] as? Int == next)
                let line = try #require(sentence["line"] as? Int)
                #expect(line >= paragraph["line"] as? Int ?? .max)
                #expect((sentence["text"] as? String)?.isEmpty == false)
                next += 1
            }
        }
        #expect(next == sentenceCount)
    }

    @Test("The English line `\"To Comrade KIM IL SUNG.` is one sentence of its own paragraph in the JSON")
    func englishAddress() throws {
        let result = try SverkaProcess.run(["segment", "--format", "json", "--lang", "en", TestPaths.englishTelegram])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let paragraphs = try #require(root["paragraphs"] as? [[String: Any]])
        let paragraph = try #require(paragraphs.first { $0["line"] as? Int == 15 })
        let sentences = try #require(paragraph["sentences"] as? [[String: Any]])
        #expect(sentences.count == 1)
        #expect(sentences.first?["text"] as? String == "\"To Comrade KIM IL SUNG.")
        #expect(sentences.first?["index"] as? Int == 7)
    }

    @Test("The Russian telegram in other encodings prints exactly what the UTF-8 file prints",
          arguments: [("telegram-ru.windows-1251.md", nil), ("telegram-ru.windows-1251.md", "windows-1251"),
                      ("telegram-ru.utf16le-bom.md", nil), ("telegram-ru.utf16be-bom.md", nil),
                      ("telegram-ru.utf8-bom.md", nil), ("telegram-ru.utf16le-bom.md", "UTF-16LE")] as [(String, String?)])
    func encodings(file: String, encoding: String?) throws {
        let reference = try SverkaProcess.run(["segment", TestPaths.russianTelegram])
        let arguments = ["segment", TestPaths.fixture(file)] + (encoding.map { ["--encoding", $0] } ?? [])
        let result = try SverkaProcess.run(arguments)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == reference.stdout)
    }

    @Test("KOI8-R: detected, or named with --encoding, gives the UTF-8 excerpt's output",
          arguments: [[], ["--encoding", "KOI8-R"], ["--encoding", "koi8-r"]])
    func koi8(extra: [String]) throws {
        let reference = try SverkaProcess.run(["segment", TestPaths.fixture("telegram-ru-excerpt.utf8.md")])
        let result = try SverkaProcess.run(["segment", TestPaths.fixture("telegram-ru-excerpt.koi8-r.md")] + extra)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == reference.stdout)
        #expect(reference.stdout.split(separator: "\n").filter { $0.hasPrefix("  [") }.count == 19)
    }

    @Test("--presegmented: one sentence per line, blank line between paragraphs, nothing re-split")
    func presegmented() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("pre.txt", text: "Передать т. Сталину лично. Всё.\nЭкз. № 2\n\nКИМ ИР СЕН. 21.00 16 июля 1952г.\n")
        let result = try SverkaProcess.run(["segment", "--presegmented", "--lang", "ru", path])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == """
        ¶ 0 (line 1)
          [0] 1: Передать т. Сталину лично. Всё.
          [1] 2: Экз. № 2
        ¶ 1 (line 4)
          [2] 4: КИМ ИР СЕН. 21.00 16 июля 1952г.

        """)
    }

    @Test("-o writes the output to a file and nothing to stdout")
    func outputFile() throws {
        let directory = try TemporaryDirectory()
        let output = directory.path("out.json")
        let result = try SverkaProcess.run(["segment", "--format", "json", "-o", output, TestPaths.englishTelegram])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.isEmpty)
        let written = try Data(contentsOf: URL(fileURLWithPath: output))
        let root = try #require(try JSONSerialization.jsonObject(with: written) as? [String: Any])
        #expect((root["paragraphs"] as? [Any])?.count == 47)
    }

    @Test("CRLF input prints the same as LF input")
    func crlf() throws {
        let directory = try TemporaryDirectory()
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: TestPaths.englishTelegram)), as: UTF8.self)
        let path = try directory.file("crlf.en.md", text: text.replacingOccurrences(of: "\n", with: "\r\n"))
        let crlf = try SverkaProcess.run(["segment", path])
        let lf = try SverkaProcess.run(["segment", TestPaths.englishTelegram])
        #expect(crlf.status == 0, "\(crlf)")
        #expect(crlf.stdout == lf.stdout)
    }

    @Test("--version prints the library's version; --help documents the exit codes")
    func versionAndHelp() throws {
        let version = try SverkaProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == SverkaRelease.version)
        let help = try SverkaProcess.run(["segment", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--presegmented"))
        #expect(help.stdout.contains("--encoding"))
    }
}

@Suite("sverka segment: errors")
struct SegmentCommandErrorTests {
    /// Exit code 2 and exactly one line on stderr, `sverka: error: …`, nothing on stdout.
    static func expectInputError(_ result: SverkaProcess.Result, contains fragments: [String],
                                 sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 2, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(result.stderr.hasSuffix("\n"), sourceLocation: sourceLocation)
        #expect(result.stderrLines.count == 1, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("sverka: error: "), sourceLocation: sourceLocation)
        for fragment in fragments {
            #expect(result.stderr.contains(fragment), "no “\(fragment)” in \(result.stderr)", sourceLocation: sourceLocation)
        }
    }

    @Test("A missing file")
    func missing() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("nope.md")
        Self.expectInputError(try SverkaProcess.run(["segment", path]), contains: ["\(path): no such file"])
    }

    @Test("A directory")
    func directory() throws {
        let directory = try TemporaryDirectory()
        Self.expectInputError(try SverkaProcess.run(["segment", directory.url.path]), contains: ["it is a directory"])
    }

    @Test("Empty and whitespace-only files", arguments: ["", "  \n\t\n\n"])
    func empty(text: String) throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("empty.md", text: text)
        Self.expectInputError(try SverkaProcess.run(["segment", path]), contains: ["\(path): the file is empty"])
    }

    @Test("A binary file names the line of its first NUL")
    func binary() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("data.bin", bytes: Array("Строка.\nЕщё\n".utf8) + [0, 1, 2, 3, 0xFF, 0xFE])
        Self.expectInputError(try SverkaProcess.run(["segment", path]), contains: ["\(path):3: binary data"])
    }

    @Test("Invalid UTF-8 in the middle of the telegram names its line")
    func invalidUTF8() throws {
        let original = try Data(contentsOf: URL(fileURLWithPath: TestPaths.russianTelegram))
        let text = String(decoding: original, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let before = lines[..<99].joined(separator: "\n") + "\nЕсли же "
        let after = String(lines[99].dropFirst("Если же ".count)) + "\n" + lines[100...].joined(separator: "\n")
        let directory = try TemporaryDirectory()
        let path = try directory.file("broken.md", bytes: Array(before.utf8) + [0xC0, 0xAF] + Array(after.utf8))
        Self.expectInputError(try SverkaProcess.run(["segment", path]),
                              contains: ["\(path):100: invalid UTF-8 byte sequence at byte \(before.utf8.count)", "--encoding"])
    }

    @Test("A file over --max-input-size")
    func tooLarge() throws {
        let size = try FileManager.default.attributesOfItem(atPath: TestPaths.russianTelegram)[.size] as? Int
        Self.expectInputError(try SverkaProcess.run(["segment", "--max-input-size", "100", TestPaths.russianTelegram]),
                              contains: ["has \(size ?? -1) bytes, more than the limit of 100"])
    }

    @Test("An unknown --encoding")
    func unknownEncoding() throws {
        // A usage error, found while parsing the options (exit 1), not after reading the file.
        let result = try SverkaProcess.run(["segment", "--encoding", "koi-9", TestPaths.russianTelegram])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines.count == 1 && result.stderr.contains("unknown encoding 'koi-9'"), "\(result)")
    }

    @Test("A wrong --encoding makes the bytes invalid, on the line where that shows")
    func wrongEncoding() throws {
        let path = TestPaths.fixture("telegram-ru.windows-1251.md")
        Self.expectInputError(try SverkaProcess.run(["segment", "--encoding", "UTF-8", path]),
                              contains: ["\(path):1: invalid UTF-8"])
    }

    @Test("An output file that cannot be written")
    func unwritableOutput() throws {
        let directory = try TemporaryDirectory()
        let output = directory.path("no/such/dir/out.txt")
        Self.expectInputError(try SverkaProcess.run(["segment", "-o", output, TestPaths.englishTelegram]),
                              contains: ["cannot write the output"])
    }

    @Test("Usage errors exit 1 with `sverka: error:` first", arguments: [
        ["segment", "--bogus", "x.md"],
        ["segment"],
        ["segment", "--format", "xml", "x.md"],
        ["segment", "--max-input-size", "lots", "x.md"],
        ["segment", "a.md", "b.md"],
    ])
    func usage(arguments: [String]) throws {
        let result = try SverkaProcess.run(arguments)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("sverka: error: "), "\(result)")
    }
}
