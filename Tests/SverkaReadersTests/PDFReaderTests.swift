import Foundation
import Testing
import SverkaIngest
import SverkaSegment
import SverkaTestSupport
@testable import SverkaReaders

/// PDFReader on real PDFs made by LibreOffice in the test run (``PDFSamples``).
@Suite("PDFReader: the text layer of real PDFs", PDFSamples.requiresLibreOffice)
struct PDFReaderTests {
    /// The words of `text` (white space and form feeds between them; a dash too, as a line may
    /// break after a dash with no space, and the line break then reads as one), in order.
    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0.isWhitespace || $0 == "—" })
    }

    /// The paragraphs of `text` segmented as `language`, their white space made single spaces.
    static func paragraphs(_ text: DecodedText, language: String) throws -> [String] {
        try DocumentSegmenter(language: language).segment(text).paragraphs.map { words($0.text).joined(separator: " ") }
    }

    @Test("the telegram's PDF holds the words of its text file, pages as form feeds, paragraphs as in the file",
          arguments: [("ru", \PDFSamples.Files.telegramRussian, \PDFSamples.Files.telegramRussianText),
                      ("en", \PDFSamples.Files.telegramEnglish, \PDFSamples.Files.telegramEnglishText)])
    func telegram(language: String, pdf: KeyPath<PDFSamples.Files, String> & Sendable,
                  text: KeyPath<PDFSamples.Files, String> & Sendable) throws {
        let files = try PDFSamples.files()
        let read = try PDFReader().read(path: files[keyPath: pdf])
        let original = try InputDecoder().load(path: files[keyPath: text])
        #expect(read.warnings.isEmpty)
        // Every word, once (the cells of the distribution table come in poppler's reading order).
        #expect(Self.words(read.text).sorted() == Self.words(original.text).sorted())
        let pages = read.text.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        #expect(pages.count >= 3, "LibreOffice printed the \(language) part on \(pages.count) pages")
        #expect(pages.allSatisfy { !$0.allSatisfy(\.isWhitespace) })
        // Each paragraph of the file (the table aside) is a paragraph of the PDF, or was cut in two
        // by a page break; the PDF's lines were joined back into the file's paragraphs.
        let fromPDF = try Self.paragraphs(read, language: language)
        let cut = Set(zip(fromPDF, fromPDF.dropFirst()).map { $0 + " " + $1 })
        let fromFile = try Self.paragraphs(original, language: language)
        let tableless = try DocumentSegmenter(language: language).segment(original).paragraphs
            .filter { !$0.text.contains("\t") }.map { Self.words($0.text).joined(separator: " ") }
        let missing = tableless.filter { !fromPDF.contains($0) && !cut.contains($0) }
        #expect(missing.isEmpty, "paragraphs of the file not found in the PDF: \(missing)")
        #expect(fromPDF.count >= fromFile.count && fromPDF.count <= fromFile.count + pages.count - 1)
    }

    @Test("the report's pages begin with the running head and end with their page number, in order")
    func pageFurnitureStaysOnItsPage() throws {
        let read = try PDFReader().read(path: try PDFSamples.files().report)
        let pages = read.text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
        #expect(pages.count >= 4, "the report has \(pages.count) pages")
        let head = ExpeditionReport.runningHead
        for (index, page) in pages.enumerated() {
            let blocks = page.components(separatedBy: "\n\n").map { Self.words($0).joined(separator: " ") }
            #expect(blocks.first == head, "page \(index + 1) begins \(blocks.first ?? "")")
            let number = blocks.last?.filter { $0 != " " && $0 != "–" }
            #expect(number == String(index + 1), "page \(index + 1) ends \(blocks.last ?? "")")
        }
        // The broken word ends one page and begins the next.
        let ends = pages.map { Self.words($0.components(separatedBy: "\n\n").dropLast().joined(separator: " ")).last ?? "" }
        #expect(ends.contains("помо-"))
    }

    @Test("a PDF without a text layer (a picture of a page) is refused: no OCR")
    func scan() throws {
        let path = try PDFSamples.files().scan
        #expect(throws: PDFError.noTextLayer(path: path, pages: 1)) { try PDFReader().read(path: path) }
        #expect(PDFError.noTextLayer(path: path, pages: 1).description.contains("no text layer"))
    }

    @Test("an encrypted PDF is refused, not opened")
    func encrypted() throws {
        let path = try PDFSamples.files().encrypted
        #expect(throws: PDFError.encrypted(path: path)) { try PDFReader().read(path: path) }
    }

    @Test("a file named .pdf that is not one, a truncated PDF and junk after %PDF- are refused with PDFError")
    func notAPDF() throws {
        let files = try PDFSamples.files()
        let folder = try TemporaryDirectory()
        let text = try folder.file("letter.pdf", text: "Дорогой друг,\n\nэто не PDF.\n")
        #expect(throws: PDFError.notPDF(path: text)) { try PDFReader().read(path: text) }
        let junk = try folder.file("junk.pdf", bytes: Array("%PDF-1.7\n".utf8) + (0..<4000).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        #expect(throws: PDFError.self) { try PDFReader().read(path: junk) }
        let whole = try TestPaths.bytes(files.telegramRussian)
        let truncated = try folder.file("truncated.pdf", bytes: Array(whole.prefix(whole.count / 3)))
        do {
            let read = try PDFReader().read(path: truncated)
            // poppler may rebuild a truncated file's table of objects: then what it reads is text
            // of the telegram, never anything else.
            #expect(Set(Self.words(read.text)).isSubset(of: Set(Self.words(try TestPaths.utf8Text(files.telegramRussianText)))))
        } catch let error as PDFError {
            #expect(error.description.hasPrefix(truncated + ": "))
        }
    }

    @Test("the size limit counts the PDF's bytes and the text taken out of it")
    func sizeLimit() throws {
        let path = try PDFSamples.files().telegramRussian
        let size = try TestPaths.bytes(path).count
        #expect(throws: InputError.tooLarge(path: path, bytes: size, limit: size - 1)) {
            try PDFReader(maxInputBytes: size - 1).read(path: path)
        }
        #expect(throws: Never.self) { try PDFReader(maxInputBytes: size).read(path: path) }
        // The text taken out counts too: a few compressed bytes can hold much text.
        let text = try PDFReader().read(path: path).text.utf8.count
        #expect(throws: PDFError.textTooLarge(path: "small", limit: text / 2)) {
            try PDFReader(maxInputBytes: text / 2).text(of: try TestPaths.bytes(path), name: "small")
        }
    }

    @Test("claims(path:) takes .pdf names and regular files that begin with %PDF-, never a pipe")
    func claims() throws {
        let folder = try TemporaryDirectory()
        #expect(PDFReader.claims(path: folder.path("missing.PDF")))
        #expect(PDFReader.claims(path: try folder.file("report", bytes: Array("%PDF-1.4\n".utf8))))
        #expect(!PDFReader.claims(path: try folder.file("notes.txt", text: "%PDF is a format.\n")))
        #expect(!PDFReader.claims(path: "/dev/stdin"))
    }
}
