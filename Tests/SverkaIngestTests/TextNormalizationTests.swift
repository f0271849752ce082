import Testing
@testable import SverkaIngest

@Suite("TextNormalization and DecodedText")
struct TextNormalizationTests {
    @Test("Line ends become LF", arguments: [
        ("a\r\nb\r\n", "a\nb\n"),
        ("a\rb\r", "a\nb\n"),
        ("a\r\r\nb", "a\n\nb"),
        ("a\n\rb", "a\n\nb"),
        ("\r\n", "\n"),
        ("no line end", "no line end"),
        ("", ""),
    ])
    func lineEnds(input: String, expected: String) {
        let result = TextNormalization.normalize(input)
        #expect(Array(result.utf8) == Array(expected.utf8))
    }

    @Test("CRLF with Cyrillic text keeps every letter")
    func crlfCyrillic() {
        let result = TextNormalization.normalize("Экз. № 2\r\nЛист „ 2 “\r\n")
        #expect(result == "Экз. № 2\nЛист „ 2 “\n")
    }

    @Test("NFC composes, and composed text is left alone")
    func nfc() {
        #expect(Array(TextNormalization.normalize("Е\u{308}лка").unicodeScalars) == Array("Ёлка".unicodeScalars))
        #expect(Array(TextNormalization.normalize("Ёлка").unicodeScalars) == Array("Ёлка".unicodeScalars))
    }

    @Test("DecodedText normalises what it is given and keeps its metadata")
    func decodedText() {
        let text = DecodedText(name: "n", text: "a\r\nб\u{306}", encoding: "KOI8-R", encodingWasDetected: true)
        #expect(Array(text.text.unicodeScalars) == Array("a\nб\u{306}".unicodeScalars)) // б has no composed form with breve
        #expect(text.name == "n")
        #expect(text.encoding == "KOI8-R")
        #expect(text.encodingWasDetected)
        let defaults = DecodedText(name: "m", text: "и\u{306}")
        #expect(Array(defaults.text.unicodeScalars) == ["й"])
        #expect(defaults.encoding == "UTF-8")
        #expect(!defaults.encodingWasDetected)
    }
}
