import Foundation
import Testing
import SverkaIngest
import SverkaReaders
import SverkaTestSupport
import ZIPFoundation

/// Damaged and malicious files: each a one-line ``InputError``, never a crash, a hang or a
/// memory blow-up.
@Suite("Hostile documents")
struct HostileDocumentTests {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A DOCX whose `word/document.xml` is a paragraph followed by `padding` spaces (deflated to
    /// almost nothing), made by ZIPFoundation.
    static func spacious(_ padding: Int, in scratch: TemporaryDirectory) throws -> String {
        let head = Array("<w:document xmlns:w=\"\(wordNamespace)\"><w:body><w:p><w:r><w:t>Text</w:t></w:r></w:p>".utf8)
        let tail = Array("</w:body></w:document>".utf8)
        let total = head.count + padding + tail.count
        let path = scratch.path("bomb.docx")
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(total), compressionMethod: .deflate) { position, size in
            Data((Int(position)..<Int(position) + size).map { index in
                index < head.count ? head[index] : index >= total - tail.count ? tail[index - (total - tail.count)] : 0x20
            })
        }
        return path
    }

    @Test("a zip bomb (a small file inflating past --max-input-size) is refused by its declared size")
    func declaredBomb() throws {
        let scratch = try TemporaryDirectory()
        let path = try Self.spacious(50_000_000, in: scratch)
        #expect(try TestPaths.bytes(path).count < 200_000)
        #expect(throws: InputError.inflatesTooLarge(path: path, entry: "word/document.xml", limit: 10_000_000)) {
            try ReaderTestSupport.read(path, maxInputBytes: 10_000_000)
        }
        // Within the limit it is read.
        #expect(try ReaderTestSupport.paragraphs(ReaderTestSupport.read(path, maxInputBytes: 60_000_000)) == ["Text"])
    }

    @Test("a zip bomb that lies about its size is stopped while inflating, at the limit")
    func lyingBomb() throws {
        let scratch = try TemporaryDirectory()
        let path = try Self.spacious(50_000_000, in: scratch)
        var bytes = try TestPaths.bytes(path)
        // The uncompressed size, 1000 bytes: in the local header (offset 22) and the central directory entry (offset 24).
        let small: [UInt8] = [0xE8, 0x03, 0, 0]
        bytes.replaceSubrange(22..<26, with: small)
        let centralSignature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        let centralFound = (0..<bytes.count - 4).first { (offset: Int) -> Bool in Array(bytes[offset..<offset + 4]) == centralSignature }
        let central = try #require(centralFound)
        bytes.replaceSubrange(central + 24..<central + 28, with: small)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(throws: InputError.inflatesTooLarge(path: path, entry: "word/document.xml", limit: 10_000_000)) {
            try ReaderTestSupport.read(path, maxInputBytes: 10_000_000)
        }
        // Under a larger limit the lie itself is found: the size inflated is not the one declared.
        #expect(throws: InputError.unreadableDocument(path: path, format: "DOCX", reason: "word/document.xml is damaged in the zip archive (its checksum or size is wrong)")) {
            try ReaderTestSupport.read(path, maxInputBytes: 60_000_000)
        }
    }

    @Test("a truncated DOCX (made by pandoc, cut in half) is a one-line error",
          .enabled(if: DocumentTools.hasPandoc, DocumentTools.noPandoc))
    func truncated() throws {
        let scratch = try TemporaryDirectory()
        let docx = try DocumentTools.pandoc(try ReaderTestSupport.writeStructured(in: scratch), to: "harbour.docx", in: scratch.url)
        let bytes = try TestPaths.bytes(docx)
        for cut in [bytes.count / 2, bytes.count - 10, 30] {
            let path = try scratch.file("cut-\(cut).docx", bytes: Array(bytes[..<cut]))
            #expect(throws: InputError.unreadableDocument(path: path, format: "DOCX", reason: "a damaged or truncated zip archive: its central directory is missing")) {
                try ReaderTestSupport.read(path)
            }
        }
    }

    @Test("a damaged part (bytes of the deflated document.xml flipped) is a one-line error",
          .enabled(if: DocumentTools.hasPandoc, DocumentTools.noPandoc))
    func damagedPart() throws {
        let scratch = try TemporaryDirectory()
        let docx = try DocumentTools.pandoc(try ReaderTestSupport.writeStructured(in: scratch), to: "harbour.docx", in: scratch.url)
        var bytes = try TestPaths.bytes(docx)
        // The local header of word/document.xml: the signature, 26 bytes, then the name.
        let name = Array("word/document.xml".utf8)
        let signature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        let found = (0..<bytes.count - 30 - name.count).first { (offset: Int) -> Bool in
            Array(bytes[offset..<offset + 4]) == signature && Array(bytes[offset + 30..<offset + 30 + name.count]) == name
        }
        let header = try #require(found)
        let extra = Int(bytes[header + 28]) | Int(bytes[header + 29]) << 8
        let start = header + 30 + name.count + extra + 20
        for index in start..<start + 40 { bytes[index] ^= 0x5A }
        let path = try scratch.file("damaged.docx", bytes: bytes)
        #expect(throws: InputError.self) { try ReaderTestSupport.read(path) }
        do {
            _ = try ReaderTestSupport.read(path)
        } catch let error as InputError {
            guard case .unreadableDocument(_, "DOCX", let reason) = error else { Issue.record("\(error)"); return }
            #expect(reason.hasPrefix("word/document.xml is"))
            #expect(!error.description.contains("\n"))
        }
    }

    @Test("a .docx that is not a zip, a zip without word/document.xml, a document.xml that is not well-formed, an empty one")
    func wrongContent() throws {
        let scratch = try TemporaryDirectory()
        let text = try scratch.file("text.docx", text: "Just a plain text file.\n")
        #expect(throws: InputError.unreadableDocument(path: text, format: "DOCX", reason: "not a zip archive")) {
            try ReaderTestSupport.read(text)
        }
        let odt = scratch.path("empty.odt")
        let archive = try Archive(url: URL(fileURLWithPath: odt), accessMode: .create)
        try archive.addEntry(with: "mimetype", type: .file, uncompressedSize: Int64(5)) { _, _ in Data("hello".utf8) }
        #expect(throws: InputError.unreadableDocument(path: odt, format: "ODT", reason: "no content.xml in the zip archive")) {
            try ReaderTestSupport.read(odt)
        }
        func docx(_ name: String, _ xml: String) throws -> String {
            let path = scratch.path(name)
            let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
            let bytes = Data(xml.utf8)
            try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
            return path
        }
        let broken = try docx("broken.docx", "<w:document xmlns:w=\"\(Self.wordNamespace)\"><w:body><w:p></w:body>")
        do {
            _ = try ReaderTestSupport.read(broken)
            Issue.record("a document.xml that is not well-formed was read")
        } catch let error as InputError {
            #expect(error.description.hasPrefix("\(broken): cannot read it as DOCX (word/document.xml is not well-formed XML: line 1: "))
        }
        let empty = try docx("empty.docx", "<w:document xmlns:w=\"\(Self.wordNamespace)\"><w:body><w:p/></w:body></w:document>")
        #expect(throws: InputError.empty(path: empty)) { try ReaderTestSupport.read(empty) }
        // Entities a document declares are never expanded: a small one is left out, and a
        // "billion laughs" is refused by libxml2 before it grows.
        let declared = try docx("declared.docx", """
        <?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "ha">]>
        <w:document xmlns:w="\(Self.wordNamespace)"><w:body><w:p><w:r><w:t>Laugh: &a;.</w:t></w:r></w:p></w:body></w:document>
        """)
        #expect(try ReaderTestSupport.paragraphs(of: declared) == ["Laugh: ."])
        let laughs = try docx("laughs.docx", """
        <?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
        <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>
        <w:document xmlns:w="\(Self.wordNamespace)"><w:body><w:p><w:r><w:t>Laugh: &f;&f;&f;&f;&f;&f;&f;&f;&f;&f;.</w:t></w:r></w:p></w:body></w:document>
        """)
        do {
            _ = try ReaderTestSupport.read(laughs)
            Issue.record("a billion laughs was read")
        } catch let error as InputError {
            #expect(error.description.contains("word/document.xml is not well-formed XML"))
        }
    }

    @Test("an .html file that is a zip archive, or binary, is refused in one line")
    func binaryHTML() throws {
        let scratch = try TemporaryDirectory()
        let zip = try scratch.file("page.html", bytes: [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0])
        #expect(throws: InputError.unreadableDocument(path: zip, format: "HTML", reason: "a zip archive, not HTML")) {
            try ReaderTestSupport.read(zip)
        }
        let binary = try scratch.file("binary.htm", bytes: Array("<p>text</p>\n".utf8) + [0, 1, 2, 3])
        #expect(throws: InputError.binary(path: binary, line: 2)) { try ReaderTestSupport.read(binary) }
    }
}
