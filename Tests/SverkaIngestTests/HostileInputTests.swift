import Foundation
import Testing
@testable import SverkaIngest

/// Odd and hostile bytes through ``InputDecoder``: each is either read as text that keeps the
/// ``DecodedText`` promises (NFC, LF line ends only, no BOM, not blank) or refused with an
/// ``InputError`` of one line that names the line — never a trap.
@Suite("Hostile input: decoding")
struct HostileInputTests {
    static let decoder = InputDecoder()

    /// The bytes of `text` in UTF-8.
    static func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// The bytes of `text` in UTF-16LE, with a BOM.
    static func utf16LE(_ text: String) -> [UInt8] {
        [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    /// Decodes `bytes`, expecting an ``InputError``; returns it.
    static func refusal(_ bytes: [UInt8], name: String = "hostile.txt", encoding: String? = nil) -> InputError? {
        do {
            let decoded = try decoder.decode(bytes, name: name, encoding: encoding)
            Issue.record("decoded as \(decoded.encoding): \(decoded.text.debugDescription.prefix(200))")
            return nil
        } catch let error as InputError {
            #expect(!error.description.contains("\n"), "the message is one line")
            return error
        } catch {
            Issue.record("threw \(type(of: error)), not an InputError: \(error)")
            return nil
        }
    }

    /// The promises of a decoded text.
    static func expectSound(_ decoded: DecodedText) {
        #expect(!decoded.text.unicodeScalars.contains("\r"))
        #expect(decoded.text.first != "\u{FEFF}")
        #expect(decoded.text == decoded.text.precomposedStringWithCanonicalMapping)
        #expect(!decoded.text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0 == "\u{FEFF}" })
    }

    // MARK: - Broken encodings

    @Test("Invalid UTF-8 in the middle of a file is refused, naming its line and byte")
    func invalidUTF8InTheMiddle() throws {
        let head = Self.utf8("Телеграмма Сталину.\nВторая строка, тоже по-русски.\n")
        let bytes = head + [0xD0, 0xFF, 0xFE] + Self.utf8(" третья строка\nчетвёртая\n")
        let error = try #require(Self.refusal(bytes))
        #expect(error == .invalidEncoding(path: "hostile.txt", encoding: "UTF-8", line: 3, byteOffset: head.count))
        #expect(error.description.hasPrefix("hostile.txt:3: invalid UTF-8 byte sequence at byte \(head.count)"))
    }

    @Test("The line of a bad byte counts CRLF and lone CR line ends as the text will",
          arguments: ["\r\n", "\r", "\n"])
    func invalidUTF8AfterOtherLineEnds(lineEnd: String) throws {
        let head = Self.utf8("Первая строка." + lineEnd + "Вторая строка." + lineEnd + "Третья ")
        let error = try #require(Self.refusal(head + [0xFF] + Self.utf8(lineEnd + "и последняя")))
        #expect(error == .invalidEncoding(path: "hostile.txt", encoding: "UTF-8", line: 3, byteOffset: head.count))
    }

    @Test("In UTF-16 a 0x0A byte inside a letter (Њ is U+040A) is no line end")
    func utf16LineNumbers() throws {
        // "ЊЊ\nЊ" then a lone low surrogate: the bad unit is on line 2.
        let bytes = Self.utf16LE("ЊЊ\nЊ") + [0x00, 0xDC] + Self.utf16LE("x").dropFirst(2)
        let error = try #require(Self.refusal(bytes))
        guard case .invalidEncoding(_, let encoding, let line, let offset) = error else {
            Issue.record("not an encoding error: \(error)")
            return
        }
        #expect(encoding == "UTF-16LE")
        #expect(line == 2)
        #expect(offset == 10)
    }

    @Test("A BOM followed by invalid UTF-8 is refused on line 1")
    func bomThenGarbage() throws {
        let error = try #require(Self.refusal([0xEF, 0xBB, 0xBF] + Self.utf8("Текст ") + [0xC3, 0x28]))
        #expect(error == .invalidEncoding(path: "hostile.txt", encoding: "UTF-8", line: 1, byteOffset: 3 + 11))
    }

    // MARK: - Line ends, separators, BOMs

    @Test("A UTF-8 BOM is dropped and the encoding named")
    func utf8BOM() throws {
        let decoded = try Self.decoder.decode([0xEF, 0xBB, 0xBF] + Self.utf8("Привет.\n"), name: "bom.txt")
        #expect(decoded.text == "Привет.\n")
        #expect(decoded.encoding == "UTF-8")
        Self.expectSound(decoded)
    }

    @Test("CRLF, lone CR and mixed line ends all become LF, one line end each")
    func lineEnds() throws {
        let decoded = try Self.decoder.decode(Self.utf8("a\r\nb\rc\nd\r\r\ne\n\r"), name: "ends.txt")
        #expect(decoded.text == "a\nb\nc\nd\n\ne\n\n")
        Self.expectSound(decoded)
    }

    @Test("U+2028, U+2029 and NEL are text, kept as they are")
    func unicodeSeparators() throws {
        let text = "Первая\u{2028}вторая\u{2029}третья\u{85}четвёртая\n"
        let decoded = try Self.decoder.decode(Self.utf8(text), name: "seps.txt")
        #expect(decoded.text == text)
        Self.expectSound(decoded)
    }

    // MARK: - Binary data

    @Test("NUL bytes in a file without a BOM are binary data, on their line")
    func nulBytes() throws {
        let error = try #require(Self.refusal(Self.utf8("Текст\nещё\u{0}текст\n")))
        #expect(error == .binary(path: "hostile.txt", line: 2))
    }

    @Test("A NUL character in UTF-16 with a BOM is binary data, on its line")
    func nulInUTF16() throws {
        let error = try #require(Self.refusal(Self.utf16LE("Текст\r\nещё\r\n\u{0}")))
        #expect(error == .binary(path: "hostile.txt", line: 3))
    }

    // MARK: - Nothing to read

    @Test("An empty file, white space only, and BOMs only are all empty",
          arguments: [[], Self.utf8(" \n\t\n\u{A0}\u{3000}\n"), [0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 0x0A],
                      Self.utf8("\u{FEFF}\u{2029}\u{FEFF}")] as [[UInt8]])
    func empty(bytes: [UInt8]) throws {
        let error = try #require(Self.refusal(bytes, name: "blank.txt"))
        #expect(error == .empty(path: "blank.txt"))
    }

    @Test("A combining mark after a space is text, not white space")
    func loneCombiningMark() throws {
        let decoded = try Self.decoder.decode(Self.utf8(" \u{301}\n"), name: "mark.txt")
        #expect(decoded.text.unicodeScalars.contains("\u{301}"))
    }

    // MARK: - Odd but valid text

    @Test("Only punctuation, only digits, homoglyphs, right-to-left text, emoji and tabs decode unchanged",
          arguments: ["...!!!???\n\n---\n\n***\n", "1234567890\n\n42 17 99\n", "Thе Sоviet Uniоn\n",
                      "مرحبا بالعالم.\n\nשלום עולם.\n", "👍🏽 👨‍👩‍👧 🇷🇺 ok\n", "col1\tcol2\t\tcol4\n"])
    func oddText(text: String) throws {
        let decoded = try Self.decoder.decode(Self.utf8(text), name: "odd.txt")
        #expect(decoded.text == text)
        #expect(decoded.encoding == "UTF-8")
        Self.expectSound(decoded)
    }

    @Test("Combining marks are composed (NFC)")
    func combiningMarks() throws {
        let decoded = try Self.decoder.decode(Self.utf8("е\u{308}ж и\u{306}од cafe\u{301}\n"), name: "nfc.txt")
        #expect(decoded.text == "ёж йод café\n")
    }

    @Test("A 5 MB line without punctuation decodes in one piece")
    func fiveMegabyteLine() throws {
        let words = ["переговоры", "товарищ", "сообщение", "договор", "Москва", "помощь"]
        var text = ""
        text.reserveCapacity(5_100_000)
        var k = 0
        while text.utf8.count < 5_000_000 {
            text += words[k % words.count] + " "
            k += 1
        }
        let decoded = try Self.decoder.decode(Self.utf8(text), name: "long.txt")
        #expect(decoded.text.utf8.count == text.utf8.count)
        #expect(!decoded.text.contains("\n"))
    }
}
