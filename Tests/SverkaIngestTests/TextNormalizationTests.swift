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

@Suite("TextNormalization: control characters")
struct TextNormalizationControlTests {
    @Test("A vertical tab is a line break; ESC, DEL and C1 controls are dropped with their lines; tab, FF and NEL stay")
    func controls() {
        let (text, dropped) = TextNormalization.normalizeControls("жило\u{1B}[0mоколо\u{0B}дома\ncтрока\u{7F}\u{9B}\nтаб\tFF\u{0C}NEL\u{85}.")
        #expect(text == "жило[0mоколо\nдома\ncтрока\nтаб\tFF\u{0C}NEL\u{85}.")
        #expect(dropped.map(\.line) == [1, 3, 3])
        #expect(dropped.map(\.scalar.value) == [0x1B, 0x7F, 0x9B])
    }

    @Test("Text without such characters comes back as it was")
    func clean() {
        let (text, dropped) = TextNormalization.normalizeControls("Мир\tи\nвойна\u{0C}.")
        #expect(text == "Мир\tи\nвойна\u{0C}.")
        #expect(dropped.isEmpty)
    }

    @Test("DecodedText names the dropped characters and their lines, counted from its first line")
    func decodedTextWarning() {
        let decoded = DecodedText(name: "part.txt", text: "a\u{1B}b\nc\nd\u{7F}\u{7F}\n", firstLine: 10)
        #expect(decoded.text == "ab\nc\nd\n")
        #expect(decoded.warnings == ["part.txt:10: dropped 3 control characters (ESC U+001B, DEL U+007F) on lines 10, 12"])
        let many = DecodedText(name: "m", text: (1...7).map { "\($0)\u{1B}" }.joined(separator: "\n"))
        #expect(many.warnings == ["m:1: dropped 7 control characters (ESC U+001B) on lines 1, 2, 3, 4, 5 and 2 more"])
    }
}
