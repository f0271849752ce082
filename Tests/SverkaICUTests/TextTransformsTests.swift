import Testing
@testable import SverkaICU

@Suite("Normalizer and CaseMapper")
struct TextTransformsTests {
    @Test("NFC composes decomposed letters", arguments: [
        ("e\u{301}", "é"),
        ("и\u{306}", "й"),
        ("е\u{308}", "ё"),
        ("Сталину", "Сталину"),
        ("", ""),
        ("Ѐ and \u{2000}", "Ѐ and \u{2002}"),        // a singleton outside the fast ranges
        ("а\u{483}\u{301}", "а\u{483}\u{301}"),       // Cyrillic titlo, then an acute: ICU decides
        ("Шифртелеграмма № 21646 — «т. Сталину»…", "Шифртелеграмма № 21646 — «т. Сталину»…"),
    ])
    func nfc(input: String, expected: String) {
        #expect(Array(Normalizer.nfc(input).unicodeScalars) == Array(expected.unicodeScalars))
        let result = Normalizer.nfc(input)
        // Compare scalars: Swift's == would call the two forms equal anyway.
        #expect(Array(result.unicodeScalars) == Array(expected.unicodeScalars))
    }

    @Test("ICU lower-cases Cyrillic and Latin", arguments: [
        ("ПВО", "ru", "пво"),
        ("КИМ ИР СЕН", "ru", "ким ир сен"),
        ("ВВС", "ru", "ввс"),
        ("MAO ZEDONG", "en", "mao zedong"),
        ("Ёлка", "ru", "ёлка"),
    ])
    func lowercase(input: String, locale: String, expected: String) {
        #expect(CaseMapper.lowercase(input, locale: locale) == expected)
    }

    @Test("Lower-casing follows the locale: Turkish dotted and dotless I")
    func turkishI() {
        #expect(CaseMapper.lowercase("İstanbul", locale: "tr") == "istanbul")
        #expect(Array(CaseMapper.lowercase("İstanbul", locale: "en").unicodeScalars)
            == Array("i\u{307}stanbul".unicodeScalars))
        #expect(CaseMapper.lowercase("ISPARTA", locale: "tr") == "ısparta")
        #expect(CaseMapper.lowercase("ISPARTA", locale: "en") == "isparta")
    }

    @Test("The UTF-16 form agrees with the String form, and empty stays empty")
    func utf16Form() throws {
        #expect(try CaseMapper.lowercaseUTF16(Array("ПВО".utf16), locale: "ru") == Array("пво".utf16))
        #expect(try CaseMapper.lowercaseUTF16([], locale: "ru").isEmpty)
    }

    @Test("ICU's version is a dotted number (72.x on the reference system)")
    func version() {
        let parts = icuVersion.split(separator: ".")
        #expect(parts.count >= 2)
        #expect(parts.allSatisfy { Int($0) != nil })
    }

    @Test("ICU error codes have their ICU names", arguments: [
        (Int32(1), "U_ILLEGAL_ARGUMENT_ERROR"),
        (Int32(10), "U_INVALID_CHAR_FOUND"),
        (Int32(12), "U_ILLEGAL_CHAR_FOUND"),
        (Int32(15), "U_BUFFER_OVERFLOW_ERROR"),
    ])
    func errorNames(code: Int32, name: String) {
        #expect(ICUError(code: code).name == name)
        #expect(ICUError(code: code).description == name)
    }
}

@Suite("Normalizer fast path")
struct NormalizerFastPathTests {
    @Test("every character the fast path trusts is left alone by ICU's NFC, alone and after each other")
    func trustedRangesAreStable() {
        let trusted = (0...0x2116).compactMap(Unicode.Scalar.init).filter(Normalizer.isStableUnderNFC)
        #expect(trusted.count > 1000)
        // Force the ICU path with a leading combining acute, then drop it from the result.
        let text = String(String.UnicodeScalarView(trusted))
        let viaICU = Normalizer.nfc("\u{301}" + text)
        #expect(Array(viaICU.unicodeScalars.dropFirst()) == Array(text.unicodeScalars))
    }
}
