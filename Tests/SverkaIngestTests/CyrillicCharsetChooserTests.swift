import Testing
import SverkaICU
@testable import SverkaIngest
import SverkaTestSupport

@Suite("CyrillicCharsetChooser and UTF8Evidence")
struct CyrillicCharsetChooserTests {
    @Test("Russian reads as more Russian than its mis-decodings")
    func likelihood() {
        let russian = CyrillicCharsetChooser.russianLikelihood("Ваша телеграмма от 3.00 15 июля сего года получена.")
        // The same windows-1251 bytes read as KOI8-R.
        let misread = CyrillicCharsetChooser.russianLikelihood("бЮЬЮ РЕКЕЦПЮЛЛЮ НР 3.00 15 ХЧКЪ ЯЕЦН ЦНДЮ ОНКСВЕМЮ.")
        #expect(russian > misread)
        #expect(russian > -6)
        #expect(CyrillicCharsetChooser.russianLikelihood("MAO ZEDONG") == -.infinity)
    }

    @Test("The letter frequencies cover the 33 letters and sum to about 1")
    func frequencies() {
        #expect(CyrillicCharsetChooser.russianLetterFrequency.count == 33)
        let total = CyrillicCharsetChooser.russianLetterFrequency.values.reduce(0, +)
        #expect(abs(total - 1) < 0.01)
    }

    @Test("ASCII-only input keeps ICU's order")
    func asciiUntouched() {
        let candidates = [CharsetGuess(name: "ISO-8859-1", confidence: 30)]
        #expect(CyrillicCharsetChooser.rank(candidates, bytes: Array("plain".utf8)) == candidates)
    }

    @Test("KOI8-R capitals are ranked KOI8-R first even when ICU proposes windows-1251 first")
    func reranksKOI8() {
        let bytes: [UInt8] = [0xF3, 0xEF, 0xF7, 0xE5, 0xF2, 0xFB, 0xE5, 0xEE, 0xEE, 0xEF] // СОВЕРШЕННО
        let ranked = CyrillicCharsetChooser.rank([CharsetGuess(name: "windows-1251", confidence: 40)], bytes: bytes)
        #expect(ranked.first?.name == "KOI8-R")
        #expect(Set(ranked.map { $0.name }) == Set(CyrillicCharsetChooser.cyrillicCharsets))
    }

    @Test("Latin text with a few accented letters keeps ICU's order")
    func latinUntouched() {
        let bytes = Array("Le caf".utf8) + [0xE9] + Array(" est tr".utf8) + [0xE8] + Array("s bon.".utf8)
        let candidates = [CharsetGuess(name: "ISO-8859-1", confidence: 56), CharsetGuess(name: "ISO-8859-2", confidence: 46)]
        #expect(CyrillicCharsetChooser.rank(candidates, bytes: bytes) == candidates)
    }

    @Test("UTF-8 evidence: well-formed sequences, at least half as many as the stray high bytes", arguments: [
        (Array("Мир".utf8), true),
        (Array("Мx".utf8), false),
        (Array("plain ascii".utf8), false),
        ([0xD1, 0xF2, 0xE0, 0xEB, 0xE8, 0xED, 0xF3] as [UInt8], false), // "Сталину" in windows-1251
        ([0xF3, 0xD4, 0xC1, 0xCC, 0xC9, 0xCE, 0xD5] as [UInt8], false), // "Сталину" in KOI8-R
        (Array("ab".utf8) + [0xFF] + Array("вв".utf8), true),
        ([0xE0, 0xA0, 0xA4, 0x20, 0xE0, 0xA0, 0xA4, 0x20, 0xAC, 0xA8, 0xE0, 0x20, 0xA8, 0x20, 0xA2, 0xAE, 0xA9, 0xAD, 0xA0] as [UInt8], false),
        // "рад рад мир и война" in IBM866: two chance 3-byte sequences (`рад`), more stray bytes
    ])
    func utf8Evidence(bytes: [UInt8], expected: Bool) {
        #expect(UTF8Evidence.meantAsUTF8(bytes) == expected)
    }

    @Test("A Russian paragraph in IBM866 and in ISO-8859-5 holds chance UTF-8 sequences but is not meant as UTF-8",
          arguments: ["letter-ru.ibm866.txt", "letter-ru.iso-8859-5.txt", "letter-ru.ibm855.txt"])
    func legacyIsNotBrokenUTF8(file: String) throws {
        let bytes = try TestPaths.bytes(TestPaths.fixture(file))
        #expect(UTF8Evidence.counts(bytes).sequences >= 2, "the case the old rule refused as broken UTF-8")
        #expect(!UTF8Evidence.meantAsUTF8(bytes))
    }

    @Test("Every Cyrillic charset ICU converts is ranked first on the paragraph it encodes",
          arguments: InputDecoderLegacyTests.russianLetters + [("letter-uk.koi8-u.txt", "KOI8-U")])
    func ranksEachCharsetFirst(file: String, charset: String) throws {
        let bytes = try TestPaths.bytes(TestPaths.fixture(file))
        let ranked = CyrillicCharsetChooser.rank(Charset.detect(bytes).filter { !$0.name.hasPrefix("UTF") }, bytes: bytes)
        #expect(ranked.first?.name == charset)
    }

    @Test("Capitals inside a lower-case word count against a decoding (MacCyrillic я read as windows-1251 Я)")
    func capitalsInsideWords() {
        #expect(CyrillicCharsetChooser.russianLikelihood("моя семья") > CyrillicCharsetChooser.russianLikelihood("моЯ семьЯ"))
    }

    @Test("Box drawing counts heavily against a decoding (Ukrainian KOI8-U read as KOI8-R)")
    func boxDrawing() {
        #expect(CyrillicCharsetChooser.russianLikelihood("Її брат писав") > CyrillicCharsetChooser.russianLikelihood("╖╖ брат писав"))
    }
}
