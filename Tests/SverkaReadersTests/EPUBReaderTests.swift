import Foundation
import Testing
import SverkaIngest
@testable import SverkaReaders
import SverkaTestSupport
import ZIPFoundation

@Suite("EPUB reader")
struct EPUBReaderTests {
    /// An EPUB made by pandoc from two chapters of my own, in `scratch`.
    static func book(in scratch: TemporaryDirectory) throws -> String {
        try scratch.file("book.md", text: """
        # First chapter

        The lighthouse keeper counted the ships.

        # Second chapter

        Fog rolled in &amp; the bell rang all night.
        """)
        return try DocumentTools.pandoc("book.md", to: "book.epub", in: scratch.url, options: ["--metadata", "title=Harbour Tales"])
    }

    @Test("the spine's documents in order, through the HTML reader (the navigation document's <nav> left out)",
          .enabled(if: DocumentTools.hasPandoc, DocumentTools.noPandoc))
    func spineOrder() throws {
        let scratch = try TemporaryDirectory()
        let decoded = try ReaderTestSupport.read(try Self.book(in: scratch))
        #expect(ReaderTestSupport.paragraphs(decoded) == [
            "Harbour Tales", // pandoc's title page, the first item of its spine
            "First chapter", "The lighthouse keeper counted the ships.",
            "Second chapter", "Fog rolled in & the bell rang all night.",
        ])
        #expect(decoded.warnings.isEmpty)
    }

    @Test("a spine item missing from the archive is a warning naming it; the rest of the book is read",
          .enabled(if: DocumentTools.hasPandoc, DocumentTools.noPandoc))
    func missingSpineItem() throws {
        let scratch = try TemporaryDirectory()
        let path = try Self.book(in: scratch)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .update)
        let chapters = archive.filter { $0.path.hasSuffix(".xhtml") && $0.path.contains("ch0") }.map(\.path).sorted()
        try #require(chapters.count == 2, "pandoc made \(chapters)")
        try archive.remove(try #require(archive[chapters[0]]))
        let decoded = try ReaderTestSupport.read(path)
        #expect(ReaderTestSupport.paragraphs(decoded) == ["Harbour Tales", "Second chapter", "Fog rolled in & the bell rang all night."])
        #expect(decoded.warnings == ["\(path): spine item \(chapters[0]) is missing from the archive; the book is read without it"])
    }

    @Test("no readable spine item, or no container, is a one-line error",
          .enabled(if: DocumentTools.hasPandoc, DocumentTools.noPandoc))
    func nothingReadable() throws {
        let scratch = try TemporaryDirectory()
        let path = try Self.book(in: scratch)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .update)
        for entry in archive.filter({ $0.path.hasSuffix(".xhtml") }).map(\.path) {
            try archive.remove(try #require(archive[entry]))
        }
        #expect(throws: InputError.unreadableDocument(path: path, format: "EPUB", reason: "none of the documents its spine lists can be read")) {
            try ReaderTestSupport.read(path)
        }
        try archive.remove(try #require(archive["META-INF/container.xml"]))
        #expect(throws: InputError.unreadableDocument(path: path, format: "EPUB", reason: "no META-INF/container.xml in the zip archive")) {
            try ReaderTestSupport.read(path)
        }
    }

    @Test("hrefs are resolved against the package document's folder, percent-decoded, fragments dropped")
    func hrefResolution() {
        #expect(EPUBReader.resolve("text/ch%201.xhtml#top", against: ["OEBPS"]) == "OEBPS/text/ch 1.xhtml")
        #expect(EPUBReader.resolve("../Text/a.xhtml", against: ["OPS", "package"]) == "OPS/Text/a.xhtml")
        #expect(EPUBReader.resolve("a.xhtml", against: []) == "a.xhtml")
    }
}
