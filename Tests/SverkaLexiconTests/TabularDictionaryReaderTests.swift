import Foundation
import Testing
import SverkaTestSupport
@testable import SverkaLexicon

@Suite("TabularDictionaryReader and a dictionary file named by the user")
struct TabularDictionaryReaderTests {
    @Test("CRLF line ends (and a byte-order mark) give the pairs LF gives")
    func crlf() throws {
        let scratch = try TemporaryDirectory()
        let lines = ["# source\ttarget", "враг\tenemy", "город\tcity", "city @ город"]
        let lf = try TabularDictionaryReader.read(path: try scratch.file("lf.tsv", text: lines.joined(separator: "\n") + "\n"))
        let crlf = try TabularDictionaryReader.read(path: try scratch.file("crlf.tsv", text: "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"))
        #expect(lf.entries.count == 3)
        #expect(crlf.entries == lf.entries)
        #expect(crlf.entries.first == BilingualDictionary.Entry(first: "враг", second: "enemy"))
    }

    @Test("a file that cannot be a dictionary throws why")
    func refused() throws {
        let scratch = try TemporaryDirectory()
        let missing = scratch.path("missing.tsv")
        #expect(throws: DictdReader.ReadError.notFound(missing)) { try TabularDictionaryReader.read(path: missing) }
        let binary = try scratch.file("binary.tsv", bytes: [0x41, 0x09, 0x42, 0x00, 0x0A])
        #expect(throws: DictdReader.ReadError.notText(binary, reason: "binary data (NUL bytes)")) { try TabularDictionaryReader.read(path: binary) }
        let latin1 = try scratch.file("latin1.tsv", bytes: [0x63, 0x61, 0x66, 0xE9, 0x09, 0x63, 0x0A])
        #expect(throws: DictdReader.ReadError.notText(latin1, reason: "not UTF-8 text")) { try TabularDictionaryReader.read(path: latin1) }
        let empty = try scratch.file("empty.tsv", text: "# only a comment\nno pair on this line\n")
        #expect(throws: DictdReader.ReadError.noEntries(empty)) { try TabularDictionaryReader.read(path: empty) }
    }

    @Test("LexiconCache.loadFile throws for a file source that cannot be used; the lexicon then warns and is nil")
    func cache() throws {
        let scratch = try TemporaryDirectory()
        let missing = scratch.path("missing.tsv")
        let cache = LexiconCache(source: .file(missing))
        #expect(throws: DictdReader.ReadError.notFound(missing)) { try cache.loadFile() }
        #expect(cache.lexicon(sourceLanguage: "ru", targetLanguage: "en") == nil)
        #expect(cache.takeWarnings() == ["\(missing): no such dictionary file; aligning without it"])

        let good = LexiconCache(source: .file(try scratch.file("good.tsv", text: "враг\tenemy\r\nгород\tcity\r\n")))
        try good.loadFile()
        #expect(good.lexicon(sourceLanguage: "ru", targetLanguage: "en") != nil)
        #expect(good.takeWarnings().isEmpty)
    }
}
