import Foundation
import Testing
import SverkaTestSupport

/// `sverka` reads DOCX, ODT, HTML and EPUB as it reads plain text: the telegram's two parts made
/// into each format by pandoc and LibreOffice (in the test run) align into the same paragraph
/// beads as the Markdown files they were made from.
@Suite("Document formats through the command")
struct DocumentFormatsTests {
    /// The title pandoc's EPUB writer needs; it puts it on a title page (and heads the first
    /// chapter with it), text the Markdown does not have.
    static let bookTitle = "Telegram 21646"

    /// The telegram's parts in every format, made once for the suite: `ru.docx`, `en.epub`, …
    /// by pandoc, `libreoffice/ru.docx`, `libreoffice/en.odt`, … by LibreOffice from pandoc's HTML.
    final class Telegram: @unchecked Sendable {
        let folder: TemporaryDirectory
        init() throws {
            folder = try TemporaryDirectory()
            for language in ["ru", "en"] {
                let markdown = try DocumentTools.telegramMarkdown(language, in: folder.url)
                try DocumentTools.pandoc(markdown, to: "\(language).docx", in: folder.url)
                try DocumentTools.pandoc(markdown, to: "\(language).odt", in: folder.url)
                try DocumentTools.pandoc(markdown, to: "\(language).html", in: folder.url, options: ["-s", "--metadata", "pagetitle=\(bookTitle)"])
                try DocumentTools.pandoc(markdown, to: "\(language).epub", in: folder.url, options: ["--metadata", "title=\(bookTitle)"])
            }
        }

        /// The path of `name` in the folder.
        func path(_ name: String) -> String { folder.path(name) }
    }

    static let telegram = Result { try Telegram() }

    /// The beads of the plain Markdown parts, computed once.
    static let plainBeads = Result { try beads(TestPaths.russianTelegram, TestPaths.englishTelegram) }

    /// The paragraph beads of `sverka align source target`: per bead its kind and the ordinals
    /// of the paragraphs on each side, counting only paragraphs with a letter or digit that are
    /// not the EPUB's title (a Markdown rule `-----` is a paragraph of the plain text and none
    /// of the documents made from it).
    static func beads(_ source: String, _ target: String) throws -> [String] {
        let result = try SverkaProcess.run(["align", source, target, "--format", "json", "--quiet"])
        try #require(result.status == 0, "\(result)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        func ordinals(_ side: String) throws -> [Int: Int] {
            let paragraphs = try #require((json[side] as? [String: Any])?["paragraphs"] as? [[String: Any]])
            var ordinals: [Int: Int] = [:]
            for paragraph in paragraphs {
                let text = paragraph["text"] as? String ?? ""
                guard text.contains(where: { $0.isLetter || $0.isNumber }), text != bookTitle else { continue }
                ordinals[paragraph["index"] as? Int ?? -1] = ordinals.count
            }
            return ordinals
        }
        let (sources, targets) = (try ordinals("source"), try ordinals("target"))
        let alignments = try #require(json["alignments"] as? [String: Any])
        let beads = try #require((alignments["paragraph"] as? [String: Any])?["beads"] as? [[String: Any]])
        return beads.compactMap { bead in
            let left = (bead["source"] as? [Int] ?? []).compactMap { sources[$0] }
            let right = (bead["target"] as? [Int] ?? []).compactMap { targets[$0] }
            if left.isEmpty && right.isEmpty { return nil }
            return "\(bead["kind"] ?? "") \(left) \(right)"
        }
    }

    @Test("any two formats made by pandoc align into the plain texts' paragraph beads",
          .enabled(if: DocumentTools.hasPandoc, DocumentTools.noPandoc),
          arguments: [("ru.docx", "en.odt"), ("ru.html", "en.epub"), ("ru.odt", "en.docx"), ("ru.epub", "en.html"),
                      ("PLAIN", "en.docx"), ("ru.epub", "en.epub")])
    func pandocFormats(source: String, target: String) throws {
        let telegram = try Self.telegram.get()
        let expected = try Self.plainBeads.get()
        #expect(expected.count > 50)
        let sourcePath = source == "PLAIN" ? TestPaths.russianTelegram : telegram.path(source)
        #expect(try Self.beads(sourcePath, telegram.path(target)) == expected)
    }

    @Test("a DOCX and an ODT saved by LibreOffice align into the plain texts' paragraph beads",
          .enabled(if: DocumentTools.hasPandoc && DocumentTools.hasLibreOffice, DocumentTools.noLibreOffice))
    func libreOfficeFormats() throws {
        let telegram = try Self.telegram.get()
        let docx = try DocumentTools.libreOffice(telegram.path("ru.html"), to: "docx", in: telegram.folder.url)
        let odt = try DocumentTools.libreOffice(telegram.path("en.html"), to: "odt", in: telegram.folder.url)
        #expect(try Self.beads(docx, odt) == (try Self.plainBeads.get()))
    }

    @Test("segment: paragraph N of a document is on line 2N − 1 of its text",
          .enabled(if: DocumentTools.hasPandoc, DocumentTools.noPandoc))
    func segmentLines() throws {
        let telegram = try Self.telegram.get()
        let result = try SverkaProcess.run(["segment", telegram.path("en.docx")])
        #expect(result.status == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.prefix(4) == ["¶ 0 (line 1)", "  [0] 1: SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF OF THE SOVIET ARMY",
                                    "¶ 1 (line 3)", "  [1] 3: CIPHERED TELEGRAM No.\u{A0}21646"]) // pandoc's typography: a no-break space after "No."
    }

    @Test("batch reads documents as align does",
          .enabled(if: DocumentTools.hasPandoc, DocumentTools.noPandoc))
    func batch() throws {
        let telegram = try Self.telegram.get()
        let scratch = try TemporaryDirectory()
        let manifest = try scratch.file("manifest.tsv", text: "\(telegram.path("ru.docx"))\t\(telegram.path("en.epub"))\tout/pair\n")
        let result = try SverkaProcess.run(["batch", manifest, "--format", "json", "--quiet", "--jobs", "1"], in: scratch.url)
        #expect(result.status == 0, "\(result)")
        let aligned = try SverkaProcess.run(["align", telegram.path("ru.docx"), telegram.path("en.epub"), "--format", "json", "--quiet"])
        #expect(try TestPaths.utf8Text(scratch.path("out/pair.json")) == aligned.stdout)
    }

    @Test("a truncated DOCX, a zip bomb, a .docx that is text: one line, exit 2; an EPUB missing a spine item: a warning, exit 0",
          .enabled(if: DocumentTools.hasPandoc, DocumentTools.noPandoc))
    func badFiles() throws {
        let telegram = try Self.telegram.get()
        let scratch = try TemporaryDirectory()
        let bytes = try TestPaths.bytes(telegram.path("ru.docx"))
        let truncated = try scratch.file("truncated.docx", bytes: Array(bytes.prefix(bytes.count / 2)))
        var result = try SverkaProcess.run(["align", truncated, TestPaths.englishTelegram])
        #expect(result.status == 2)
        #expect(result.stderrLines == ["sverka: error: \(truncated): cannot read it as DOCX (a damaged or truncated zip archive: its central directory is missing)"])

        result = try SverkaProcess.run(["segment", "--max-input-size", "20000", telegram.path("ru.docx")])
        #expect(result.status == 2)
        #expect(result.stderrLines == ["sverka: error: \(telegram.path("ru.docx")): word/document.xml inflates to more than the limit of 20000 bytes (raise it with --max-input-size)"])

        let text = try scratch.file("text.docx", text: "Not a document.\n")
        result = try SverkaProcess.run(["segment", text])
        #expect(result.status == 2)
        #expect(result.stderrLines == ["sverka: error: \(text): cannot read it as DOCX (not a zip archive)"])

        // Standard input stays plain text: a DOCX piped in is binary data.
        result = try SverkaProcess.run(["segment", "-"], input: telegram.path("ru.docx"))
        #expect(result.status == 2)
        #expect(result.stderrLines.count == 1 && result.stderr.contains("binary data"))
    }

    @Test("an HTML page in windows-1251 that says so in <meta charset> is decoded right")
    func windows1251Page() throws {
        let scratch = try TemporaryDirectory()
        let utf8 = try scratch.file("page.txt", text: "<html><head><meta charset=\"windows-1251\"></head><body><p>Телеграмма получена.</p></body></html>")
        try DocumentTools.run("iconv", ["-f", "UTF-8", "-t", "WINDOWS-1251", "-o", scratch.path("page.html"), utf8], in: scratch.url)
        let result = try SverkaProcess.run(["segment", scratch.path("page.html")])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "¶ 0 (line 1)\n  [0] 1: Телеграмма получена.\n")
    }
}
