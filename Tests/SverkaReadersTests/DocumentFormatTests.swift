import Testing
import SverkaReaders

@Suite("Document formats")
struct DocumentFormatTests {
    @Test("the format comes from the extension, in any case; other files are plain text")
    func byExtension() {
        #expect(DocumentFormat(path: "a/b/Report.DOCX") == .docx)
        #expect(DocumentFormat(path: "x.odt") == .odt)
        #expect(DocumentFormat(path: "x.htm") == .html)
        #expect(DocumentFormat(path: "x.xhtml") == .html)
        #expect(DocumentFormat(path: "book.epub") == .epub)
        #expect(DocumentFormat(path: "notes.txt") == nil)
        #expect(DocumentFormat(path: "telegram.md") == nil)
        #expect(DocumentFormat(path: ".docx") == nil)
        #expect(DocumentFormat(path: "folder.docx/plain") == nil)
        #expect(DocumentFormat(path: "-") == nil)
    }
}
