import Foundation
import Testing
import SverkaTestSupport

/// A dictionary named with `--dictionary` that cannot be used is an input error (exit 2), before
/// any alignment; one that can is used, whatever its line ends.
@Suite("sverka --dictionary FILE")
struct DictionaryOptionTests {
    @Test("missing, a folder, binary, not UTF-8, or without a pair: exit 2 with one line", arguments: ["align", "batch"])
    func unusable(command: String) throws {
        let scratch = try TemporaryDirectory()
        let cases: [(String, String)] = [
            (scratch.path("missing.tsv"), "no such dictionary file"),
            (scratch.url.path, "not a dictionary: it is a folder"),
            (try scratch.file("binary.tsv", bytes: [0x7F, 0x45, 0x4C, 0x46, 0, 1, 2, 0x09, 0x41, 0x0A]), "not a dictionary: binary data (NUL bytes)"),
            (try scratch.file("latin1.tsv", bytes: Array("caf".utf8) + [0xE9, 0x09] + Array("coffee\n".utf8)), "not a dictionary: not UTF-8 text"),
            (try scratch.file("empty.tsv", text: "# nothing but a comment\n\n"), "no translation pairs in the dictionary"),
        ]
        let manifest = try scratch.file("manifest.tsv", text: "\(TestPaths.russianTelegram)\t\(TestPaths.englishTelegram)\tout/one\n")
        for (path, words) in cases {
            let arguments = command == "align" ? ["align", TestPaths.russianTelegram, TestPaths.englishTelegram]
                                               : ["batch", manifest, "--quiet"]
            let result = try SverkaProcess.run(arguments + ["--dictionary", path])
            #expect(result.status == 2, "\(result)")
            #expect(result.stderrLines == ["sverka: error: \(path): \(words)" + (words.hasPrefix("no translation") ? " (expected source<TAB>target or `target @ source` lines)" : "")],
                    "\(result)")
            #expect(result.stdout.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.path("out")), "no pair was aligned")
    }

    @Test("a CRLF dictionary works as its LF copy does")
    func crlf() throws {
        let scratch = try TemporaryDirectory()
        let lines = ["# ru\ten", "противник\tenemy", "аэродром\tairfield", "товарищ\tcomrade", "Сталин\tStalin"]
        let lf = try scratch.file("lf.tsv", text: lines.joined(separator: "\n") + "\n")
        let crlf = try scratch.file("crlf.tsv", text: lines.joined(separator: "\r\n") + "\r\n")
        let base = ["align", TestPaths.russianTelegram, TestPaths.englishTelegram, "--format", "json", "--no-self-training"]
        let withLF = try SverkaProcess.run(base + ["--dictionary", lf])
        let withCRLF = try SverkaProcess.run(base + ["--dictionary", crlf])
        #expect(withLF.status == 0 && withCRLF.status == 0, "\(withLF)\n\(withCRLF)")
        #expect(withLF.stderr.isEmpty && withCRLF.stderr.isEmpty)
        #expect(withLF.stdout == withCRLF.stdout)
    }
}
