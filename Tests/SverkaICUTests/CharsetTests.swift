import Testing
@testable import SverkaICU
import SverkaTestSupport

@Suite("Charset: ICU detection and strict decoding")
struct CharsetTests {
    static let shortRussian = "Ваша телеграмма от 3.00 15 июля сего года получена. "
        + "Мы считаем, что Ваш анализ относительно современной обстановки правильный.\n"

    @Test("ICU knows the charsets Sverka documents, under their aliases",
          arguments: ["UTF-8", "utf8", "windows-1251", "cp1251", "KOI8-R", "koi8r", "UTF-16LE", "UTF-16BE", "UTF-16", "ISO-8859-5", "IBM866"])
    func knownCharsets(name: String) {
        #expect(Charset.isKnown(name))
    }

    @Test("Names that are not charsets are unknown", arguments: ["", "nope", "UTF-9", "windows-9999"])
    func unknownCharsets(name: String) {
        #expect(!Charset.isKnown(name))
    }

    @Test("Decoding with an unknown charset throws unknownCharset")
    func decodeUnknownCharset() {
        #expect(throws: Charset.DecodingError.unknownCharset("nope")) {
            try Charset.decodeUTF16([0x41], charset: "nope")
        }
    }

    @Test("Empty input decodes to nothing")
    func decodeEmpty() throws {
        #expect(try Charset.decodeUTF16([], charset: "UTF-8").isEmpty)
    }

    @Test("The windows-1251 and KOI8-R fixtures decode to the same text as the UTF-8 one",
          arguments: [("short-ru.windows-1251.txt", "windows-1251"), ("short-ru.koi8-r.txt", "KOI8-R")])
    func decodeLegacyCyrillic(file: String, charset: String) throws {
        let bytes = try TestPaths.bytes(TestPaths.fixture(file))
        // Single-byte charsets: one UTF-16 unit per byte.
        let units = try Charset.decodeUTF16(bytes, charset: charset)
        #expect(units.count == bytes.count)
        #expect(String(decoding: units, as: UTF16.self) == Self.shortRussian)
    }

    @Test("The same bytes read in the wrong Cyrillic charset give different letters")
    func wrongCharsetGivesOtherLetters() throws {
        let bytes = try TestPaths.bytes(TestPaths.fixture("short-ru.koi8-r.txt"))
        let misread = String(decoding: try Charset.decodeUTF16(bytes, charset: "windows-1251"), as: UTF16.self)
        #expect(misread != Self.shortRussian)
        #expect(!misread.contains("телеграмма"))
    }

    @Test("Invalid UTF-8 names the offset of the first bad byte")
    func invalidUTF8Offset() {
        // "Мир " is 7 bytes; then a lone 0xFF.
        let bytes = Array("Мир ".utf8) + [0xFF] + Array(" да".utf8)
        let error = #expect(throws: Charset.DecodingError.self) {
            try Charset.decodeUTF16(bytes, charset: "UTF-8")
        }
        guard case let .invalidBytes(offset, icuError)? = error else {
            Issue.record("expected invalidBytes, got \(String(describing: error))")
            return
        }
        #expect(offset == 7)
        #expect(icuError.hasPrefix("U_"))
    }

    @Test("A byte the charset does not have (0xC0 in US-ASCII) is an error at its offset")
    func illegalASCIIByte() {
        let error = #expect(throws: Charset.DecodingError.self) {
            try Charset.decodeUTF16([0x41, 0x42, 0xC0, 0x43], charset: "US-ASCII")
        }
        guard case let .invalidBytes(offset, _)? = error else {
            Issue.record("expected invalidBytes, got \(String(describing: error))")
            return
        }
        #expect(offset == 2)
    }

    @Test("UTF-16 text decodes with surrogate pairs intact")
    func utf16Surrogates() throws {
        let text = "Ж𝔸"
        let bytes = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let units = try Charset.decodeUTF16(bytes, charset: "UTF-16LE")
        #expect(String(decoding: units, as: UTF16.self) == text)
        #expect(units.count == 3)
    }

    @Test("The detector proposes windows-1251 and KOI8-R for the telegram in those charsets",
          arguments: [("telegram-ru.windows-1251.md", "windows-1251"), ("telegram-ru-excerpt.koi8-r.md", "KOI8-R")])
    func detectorProposesCyrillic(file: String, charset: String) throws {
        let guesses = Charset.detect(try TestPaths.bytes(TestPaths.fixture(file)))
        #expect(!guesses.isEmpty)
        #expect(guesses.contains { $0.name == charset })
        #expect(guesses.allSatisfy { (0...100).contains($0.confidence) })
        // Best first.
        #expect(guesses.map(\.confidence) == guesses.map(\.confidence).sorted(by: >))
    }

    @Test("The detector finds nothing in no bytes")
    func detectEmpty() {
        #expect(Charset.detect([]).isEmpty)
    }
}
