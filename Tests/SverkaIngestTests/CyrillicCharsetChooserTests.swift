import Testing
import SverkaICU
@testable import SverkaIngest

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
        #expect(Set(ranked.map { $0.name }) == CyrillicCharsetChooser.cyrillicCharsets)
    }

    @Test("Latin text with a few accented letters keeps ICU's order")
    func latinUntouched() {
        let bytes = Array("Le caf".utf8) + [0xE9] + Array(" est tr".utf8) + [0xE8] + Array("s bon.".utf8)
        let candidates = [CharsetGuess(name: "ISO-8859-1", confidence: 56), CharsetGuess(name: "ISO-8859-2", confidence: 46)]
        #expect(CyrillicCharsetChooser.rank(candidates, bytes: bytes) == candidates)
    }

    @Test("UTF-8 multibyte evidence: two well-formed sequences are needed", arguments: [
        (Array("Мир".utf8), true),
        (Array("Мx".utf8), false),
        (Array("plain ascii".utf8), false),
        ([0xD1, 0xF2, 0xE0, 0xEB, 0xE8, 0xED, 0xF3] as [UInt8], false), // "Сталину" in windows-1251
        ([0xF3, 0xD4, 0xC1, 0xCC, 0xC9, 0xCE, 0xD5] as [UInt8], false), // "Сталину" in KOI8-R
        (Array("ab".utf8) + [0xFF] + Array("вв".utf8), true),
    ])
    func utf8Evidence(bytes: [UInt8], expected: Bool) {
        #expect(UTF8Evidence.hasMultibyteSequence(bytes) == expected)
    }
}
