import Foundation
import Testing
import SverkaIngest
import SverkaReaders
import SverkaTestSupport

@Suite("ODT reader")
struct OpenDocumentReaderTests {
    @Test("an ODT saved by LibreOffice (from a DOCX with tracked changes): the same paragraphs as the DOCX, notes labelled by their citations after the body, deletions dropped",
          .enabled(if: DocumentTools.hasPandoc && DocumentTools.hasLibreOffice, DocumentTools.noLibreOffice))
    func libreOfficeDocument() throws {
        let scratch = try TemporaryDirectory()
        let docx = try DocumentTools.pandoc(try ReaderTestSupport.writeStructured(in: scratch), to: "harbour.docx", in: scratch.url)
        let odt = try DocumentTools.libreOffice(docx, to: "odt", in: scratch.url)
        let decoded = try ReaderTestSupport.read(odt)
        #expect(ReaderTestSupport.paragraphs(decoded) == ReaderTestSupport.structuredParagraphs)
        #expect(!decoded.text.contains("nobody saw"))
    }

    @Test("an ODT made by pandoc: notes out of their paragraphs, line breaks as spaces, list items and cells their own paragraphs",
          .enabled(if: DocumentTools.hasPandoc, DocumentTools.noPandoc))
    func pandocDocument() throws {
        let scratch = try TemporaryDirectory()
        // Without the tracked changes, which pandoc's ODT writer does not write (it keeps both texts).
        let markdown = ReaderTestSupport.structuredMarkdown.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("{.insertion") }.joined(separator: "\n")
        try scratch.file("plain.md", text: markdown)
        let odt = try DocumentTools.pandoc("plain.md", to: "plain.odt", in: scratch.url)
        let expected = ReaderTestSupport.structuredParagraphs.filter { !$0.hasPrefix("The harbour master wrote") }
        #expect(try ReaderTestSupport.paragraphs(of: odt) == expected)
    }
}
