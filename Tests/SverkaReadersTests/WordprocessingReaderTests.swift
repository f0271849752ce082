import Foundation
import Testing
import SverkaIngest
@testable import SverkaReaders
import SverkaTestSupport

@Suite("DOCX reader")
struct WordprocessingReaderTests {
    @Test("a DOCX made by pandoc: headings, list items and table cells are paragraphs; a footnote leaves its paragraph whole and follows the body; insertions kept, deletions dropped; a line break is a space",
          .enabled(if: DocumentTools.hasPandoc, DocumentTools.noPandoc))
    func pandocDocument() throws {
        let scratch = try TemporaryDirectory()
        let docx = try DocumentTools.pandoc(try ReaderTestSupport.writeStructured(in: scratch), to: "harbour.docx", in: scratch.url)
        let decoded = try ReaderTestSupport.read(docx)
        #expect(ReaderTestSupport.paragraphs(decoded) == ReaderTestSupport.structuredParagraphs)
        #expect(!decoded.text.contains("nobody saw"), "deleted text must be dropped")
        // One paragraph a line, a blank line between: paragraph N on line 2N − 1.
        let lines = decoded.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[2] == "The ferry left the north pier at dawn and reached the island before the wind turned.")
    }

    @Test("a DOCX saved by LibreOffice reads as the same paragraphs",
          .enabled(if: DocumentTools.hasPandoc && DocumentTools.hasLibreOffice, DocumentTools.noLibreOffice))
    func libreOfficeDocument() throws {
        let scratch = try TemporaryDirectory()
        // pandoc → ODT would lose the tracked changes; LibreOffice converts pandoc's DOCX with them.
        let docx = try DocumentTools.pandoc(try ReaderTestSupport.writeStructured(in: scratch), to: "harbour.docx", in: scratch.url)
        let saved = try DocumentTools.libreOffice(docx, to: "docx", in: scratch.url)
        #expect(try ReaderTestSupport.paragraphs(of: saved) == ReaderTestSupport.structuredParagraphs)
    }

    @Test("endnotes are numbered i, ii, iv, … as word processors number them")
    func endnoteLabels() {
        #expect([1, 2, 4, 9, 14, 40, 1994].map(NoteLabel.endnote) == ["i", "ii", "iv", "ix", "xiv", "xl", "mcmxciv"])
    }
}
