import Foundation
import Testing
@testable import SverkaIngest
import SverkaTestSupport

@Suite("InputDecoder: reading the telegram")
struct InputDecoderTelegramTests {
    @Test("Both telegram parts are read as detected UTF-8, unchanged",
          arguments: [TestPaths.russianTelegram, TestPaths.englishTelegram])
    func telegramIsUTF8(path: String) throws {
        let decoded = try InputDecoder().load(path: path)
        #expect(decoded.encoding == "UTF-8")
        #expect(decoded.encodingWasDetected)
        #expect(decoded.name == path)
        #expect(decoded.text == (try TestPaths.utf8Text(path)))
    }

    /// The Russian telegram made with `iconv` in other encodings (see Tests/Fixtures/README.md).
    @Test("The Russian telegram in other encodings decodes to the same text, with the encoding detected",
          arguments: [
              ("telegram-ru.windows-1251.md", "windows-1251"),
              ("telegram-ru.utf16le-bom.md", "UTF-16LE"),
              ("telegram-ru.utf16be-bom.md", "UTF-16BE"),
              ("telegram-ru.utf8-bom.md", "UTF-8"),
          ])
    func telegramInOtherEncodings(file: String, encoding: String) throws {
        let decoded = try InputDecoder().load(path: TestPaths.fixture(file))
        #expect(decoded.encoding == encoding)
        #expect(decoded.encodingWasDetected)
        #expect(!decoded.text.unicodeScalars.contains("\u{FEFF}"))
        #expect(decoded.text == (try TestPaths.utf8Text(TestPaths.russianTelegram)))
    }

    @Test("A KOI8-R excerpt of the telegram is detected as KOI8-R and matches its UTF-8 original")
    func koi8Excerpt() throws {
        let decoded = try InputDecoder().load(path: TestPaths.fixture("telegram-ru-excerpt.koi8-r.md"))
        #expect(decoded.encoding == "KOI8-R")
        #expect(decoded.encodingWasDetected)
        #expect(decoded.text == (try TestPaths.utf8Text(TestPaths.fixture("telegram-ru-excerpt.utf8.md"))))
    }

    @Test("Two short Russian sentences are detected in KOI8-R and in windows-1251",
          arguments: [("short-ru.koi8-r.txt", "KOI8-R"), ("short-ru.windows-1251.txt", "windows-1251")])
    func shortDetection(file: String, encoding: String) throws {
        let decoded = try InputDecoder().load(path: TestPaths.fixture(file))
        #expect(decoded.encoding == encoding)
        #expect(decoded.text == (try TestPaths.utf8Text(TestPaths.fixture("short-ru.utf8.txt"))))
    }

    @Test("A short all-capitals Russian line is detected in each single-byte Cyrillic charset",
          arguments: [
              ([0xF3, 0xEF, 0xF7, 0xE5, 0xF2, 0xFB, 0xE5, 0xEE, 0xEE, 0xEF, 0x20, 0xF3, 0xE5, 0xEB, 0xF2, 0xE5, 0xF4, 0xEE, 0xEF, 0x0A] as [UInt8], "KOI8-R"),
              ([0xD1, 0xCE, 0xC2, 0xC5, 0xD0, 0xD8, 0xC5, 0xCD, 0xCD, 0xCE, 0x20, 0xD1, 0xC5, 0xCA, 0xD0, 0xC5, 0xD2, 0xCD, 0xCE, 0x0A], "windows-1251"),
          ])
    func allCapitalsDetection(bytes: [UInt8], encoding: String) throws {
        let decoded = try InputDecoder().decode(bytes, name: "caps")
        #expect(decoded.encoding == encoding)
        #expect(decoded.text == "СОВЕРШЕННО СЕКРЕТНО\n")
    }

    @Test("Western text in ISO-8859-1 is not mistaken for Cyrillic")
    func latin1StaysLatin() throws {
        // "Grüße aus München. Das ist schön." in ISO-8859-1.
        let bytes = Array("Gr".utf8) + [0xFC, 0xDF] + Array("e aus M".utf8) + [0xFC] + Array("nchen. Das ist sch".utf8)
            + [0xF6] + Array("n.\n".utf8)
        let decoded = try InputDecoder().decode(bytes, name: "de")
        #expect(decoded.text == "Grüße aus München. Das ist schön.\n")
        #expect(!decoded.encoding.contains("1251"))
    }
}

@Suite("InputDecoder: --encoding")
struct InputDecoderOverrideTests {
    @Test("A named encoding is used as given and reported as not detected")
    func explicitEncoding() throws {
        let decoded = try InputDecoder().load(path: TestPaths.fixture("telegram-ru-excerpt.koi8-r.md"), encoding: "KOI8-R")
        #expect(decoded.encoding == "KOI8-R")
        #expect(!decoded.encodingWasDetected)
        #expect(decoded.text == (try TestPaths.utf8Text(TestPaths.fixture("telegram-ru-excerpt.utf8.md"))))
    }

    @Test("A named encoding is not second-guessed: KOI8-R bytes read as windows-1251 give other letters")
    func explicitEncodingWins() throws {
        let decoded = try InputDecoder().load(path: TestPaths.fixture("short-ru.koi8-r.txt"), encoding: "windows-1251")
        #expect(decoded.encoding == "windows-1251")
        #expect(!decoded.text.contains("телеграмма"))
    }

    @Test("A named Unicode encoding drops the BOM of its own family, under any spelling ICU accepts",
          arguments: [("telegram-ru.utf16le-bom.md", "UTF-16LE"), ("telegram-ru.utf16be-bom.md", "UTF-16BE"),
                      ("telegram-ru.utf16le-bom.md", "UTF-16"), ("telegram-ru.utf16be-bom.md", "utf-16"),
                      ("telegram-ru.utf8-bom.md", "UTF-8"), ("telegram-ru.utf8-bom.md", "utf8"),
                      ("telegram-ru.utf16le-bom.md", "utf16le"), ("telegram-ru.utf16be-bom.md", "UTF_16BE")])
    func explicitUnicodeEncoding(file: String, encoding: String) throws {
        let decoded = try InputDecoder().load(path: TestPaths.fixture(file), encoding: encoding)
        #expect(!decoded.text.unicodeScalars.contains("\u{FEFF}"))
        #expect(decoded.text == (try TestPaths.utf8Text(TestPaths.russianTelegram)))
    }

    @Test("An unknown encoding name is InputError.unknownEncoding")
    func unknownEncoding() {
        #expect(throws: InputError.unknownEncoding(name: "nope")) {
            try InputDecoder().load(path: TestPaths.russianTelegram, encoding: "nope")
        }
        #expect(throws: InputError.unknownEncoding(name: "UTF-9")) {
            try InputDecoder().decode(Array("text".utf8), name: "x", encoding: "UTF-9")
        }
    }

    @Test("windows-1251 bytes read with --encoding UTF-8 fail at the first Cyrillic byte, line 1")
    func wrongExplicitEncoding() {
        let path = TestPaths.fixture("telegram-ru.windows-1251.md")
        // Line 1 is "7. Сталину 72": the С is byte 3.
        #expect(throws: InputError.invalidEncoding(path: path, encoding: "UTF-8", line: 1, byteOffset: 3)) {
            try InputDecoder().load(path: path, encoding: "UTF-8")
        }
    }
}

@Suite("InputDecoder: bad input")
struct InputDecoderBadInputTests {
    @Test("A missing file is fileNotFound")
    func missingFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("no-such-file.txt").path
        #expect(throws: InputError.fileNotFound(path: path)) { try InputDecoder().load(path: path) }
    }

    @Test("A directory is unreadable")
    func directory() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.path
        #expect(throws: InputError.unreadable(path: path, reason: "it is a directory")) {
            try InputDecoder().load(path: path)
        }
    }

    @Test("Files with no text are empty", arguments: [
        ("empty", [] as [UInt8]),
        ("spaces and newlines", Array("  \n\t\n   \n".utf8)),
        ("CRLF blank lines", Array("\r\n\r\n".utf8)),
        ("no-break spaces", Array("\u{00A0}\u{2003}\n".utf8)),
        ("UTF-8 BOM only", [0xEF, 0xBB, 0xBF]),
        ("UTF-16LE BOM and a space", [0xFF, 0xFE, 0x20, 0x00]),
    ])
    func emptyFiles(label: String, bytes: [UInt8]) throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("blank.txt", bytes: bytes)
        #expect(throws: InputError.empty(path: path)) { try InputDecoder().load(path: path) }
        #expect(throws: InputError.empty(path: "name")) { try InputDecoder().decode(bytes, name: "name") }
    }

    @Test("NUL bytes make a file binary, and the error names the line of the first one")
    func nulBytes() throws {
        let directory = try TemporaryDirectory()
        let bytes = Array("Первая строка.\nВторая.\nТре".utf8) + [0x00, 0x01, 0x02] + Array("тья.\n".utf8)
        let path = try directory.file("binary.bin", bytes: bytes)
        #expect(throws: InputError.binary(path: path, line: 3)) { try InputDecoder().load(path: path) }
    }

    @Test("UTF-16 without a BOM is read by its NUL bytes, in either byte order")
    func utf16WithoutBOM() throws {
        let little = "Мир.\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let decoded = try InputDecoder().decode(little, name: "x")
        #expect(decoded.text == "Мир.\n")
        #expect(decoded.encoding == "UTF-16LE")
        #expect(decoded.encodingWasDetected)
        let big = "Мир.\n".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try InputDecoder().decode(big, name: "x").encoding == "UTF-16BE")
        #expect(try InputDecoder().decode(little, name: "x", encoding: "UTF-16LE").text == "Мир.\n")
    }

    @Test("Control characters other than tab, line ends, VT, FF and ESC are binary, on their line")
    func controlCharacters() throws {
        let bytes = Array("one\ntwo\nthree \u{07} bell\n".utf8)
        #expect(throws: InputError.binary(path: "x", line: 3)) { try InputDecoder().decode(bytes, name: "x") }
        // A vertical tab is a line break, a form feed stays (a page break), ESC is dropped and named.
        let fine = try InputDecoder().decode(Array("a\tb\u{0B}c\u{0C}d\u{1B}e\n".utf8), name: "x")
        #expect(fine.text == "a\tb\nc\u{0C}de\n")
        #expect(fine.warnings == ["x:2: dropped 1 control character (ESC U+001B) on line 2"])
    }

    @Test("Invalid UTF-8 inside the telegram is an error naming its line and byte")
    func invalidUTF8InTheMiddle() throws {
        let original = try TestPaths.utf8Text(TestPaths.russianTelegram)
        let lines = original.split(separator: "\n", omittingEmptySubsequences: false)
        // Break line 66 after its first words.
        let before = lines[..<65].joined(separator: "\n") + "\n" + "К тому же "
        let after = String(lines[65].dropFirst("К тому же ".count)) + "\n" + lines[66...].joined(separator: "\n")
        let bytes = Array(before.utf8) + [0xFF] + Array(after.utf8)
        let directory = try TemporaryDirectory()
        let path = try directory.file("broken.ru.md", bytes: bytes)
        let expected = InputError.invalidEncoding(path: path, encoding: "UTF-8", line: 66, byteOffset: before.utf8.count)
        #expect(throws: expected) { try InputDecoder().load(path: path) }
        #expect(expected.description.hasPrefix("\(path):66: invalid UTF-8 byte sequence at byte \(before.utf8.count)"))
    }

    @Test("A truncated UTF-8 sequence at the very end is invalid too")
    func truncatedUTF8() {
        let bytes = Array("Мир и война.\nДа".utf8) + [0xD0]
        #expect(throws: InputError.invalidEncoding(path: "x", encoding: "UTF-8", line: 2, byteOffset: bytes.count - 1)) {
            try InputDecoder().decode(bytes, name: "x")
        }
    }

    @Test("A file larger than the limit is tooLarge, both from a path and from bytes")
    func tooLarge() throws {
        let path = TestPaths.russianTelegram
        let size = try TestPaths.bytes(path).count
        #expect(throws: InputError.tooLarge(path: path, bytes: size, limit: 1000)) {
            try InputDecoder(maxInputBytes: 1000).load(path: path)
        }
        #expect(throws: InputError.tooLarge(path: "x", bytes: 5, limit: 4)) {
            try InputDecoder(maxInputBytes: 4).decode(Array("12345".utf8), name: "x")
        }
        // Exactly at the limit is fine.
        #expect(try InputDecoder(maxInputBytes: size).load(path: path).text.hasPrefix("7. Сталину 72\n"))
    }

    @Test("The default limit is 512 MiB")
    func defaultLimit() {
        #expect(InputDecoder.defaultMaxInputBytes == 536_870_912)
        #expect(InputDecoder().maxInputBytes == InputDecoder.defaultMaxInputBytes)
    }

    @Test("Unreadable files are reported as such", .enabled(if: getuid() != 0, "root can read any file"))
    func noPermission() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("secret.txt", text: "Текст.\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        #expect(throws: InputError.unreadable(path: path, reason: "permission denied or I/O error")) {
            try InputDecoder().load(path: path)
        }
    }
}

@Suite("InputDecoder: line endings and normalisation")
struct InputDecoderNormalizationTests {
    @Test("CRLF input decodes to the same text as LF input")
    func crlf() throws {
        let original = try TestPaths.utf8Text(TestPaths.russianTelegram)
        let crlf = original.replacingOccurrences(of: "\n", with: "\r\n")
        let decoded = try InputDecoder().decode(Array(crlf.utf8), name: "crlf")
        #expect(!decoded.text.utf8.contains(13))
        #expect(decoded.text == original)
    }

    @Test("Decomposed letters come out composed (NFC)")
    func nfc() throws {
        let decoded = try InputDecoder().decode(Array("и\u{306} е\u{308}\n".utf8), name: "x")
        #expect(Array(decoded.text.unicodeScalars) == Array("й ё\n".unicodeScalars))
    }
}

@Suite("InputDecoder: legacy charsets, DOS and UTF-16 files, encodings named for the wrong file")
struct InputDecoderLegacyTests {
    /// Tests/Fixtures/letter-ru.utf8.txt: one paragraph written for these tests; the other
    /// letter-* files are `iconv` conversions of it (see Tests/Fixtures/README.md).
    static let letter = TestPaths.fixture("letter-ru.utf8.txt")

    /// The Russian letter's fixture in each Cyrillic legacy charset, with the charset's ICU name.
    static let russianLetters = [
        ("letter-ru.windows-1251.txt", "windows-1251"),
        ("letter-ru.koi8-r.txt", "KOI8-R"),
        ("letter-ru.iso-8859-5.txt", "ISO-8859-5"),
        ("letter-ru.ibm866.txt", "IBM866"),
        ("letter-ru.x-mac-cyrillic.txt", "x-mac-cyrillic"),
        ("letter-ru.ibm855.txt", "IBM855"),
    ]

    @Test("A Russian paragraph in each Cyrillic legacy charset is detected and reads as the original",
          arguments: russianLetters)
    func legacyCharsets(file: String, charset: String) throws {
        let decoded = try InputDecoder().load(path: TestPaths.fixture(file))
        #expect(decoded.encoding == charset)
        #expect(decoded.encodingWasDetected)
        #expect(decoded.text == (try TestPaths.utf8Text(Self.letter)))
        #expect(decoded.warnings.isEmpty)
    }

    @Test("A Ukrainian paragraph in KOI8-U is read as KOI8-U, not as KOI8-R's box drawing")
    func koi8U() throws {
        let decoded = try InputDecoder().load(path: TestPaths.fixture("letter-uk.koi8-u.txt"))
        #expect(decoded.encoding == "KOI8-U")
        #expect(decoded.text == (try TestPaths.utf8Text(TestPaths.fixture("letter-uk.utf8.txt"))))
    }

    @Test("A DOS file (IBM866, CRLF) ending in Ctrl-Z is read without it, detected or named")
    func dosEndOfFile() throws {
        let dos: [UInt8] = try TestPaths.bytes(TestPaths.fixture("letter-ru.ibm866.txt")).flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] } + [0x1A]
        let expected = try TestPaths.utf8Text(Self.letter)
        let detected = try InputDecoder().decode(dos, name: "dos.txt")
        #expect(detected.encoding == "IBM866")
        #expect(detected.text == expected)
        #expect(try InputDecoder().decode(dos, name: "dos.txt", encoding: "cp866").text == expected)
        // UTF-8, with a BOM: the same; a file of marks only is empty.
        #expect(try InputDecoder().decode([0xEF, 0xBB, 0xBF] + Array("Конец.\n".utf8) + [0x1A], name: "x").text == "Конец.\n")
        #expect(throws: InputError.empty(path: "x")) { try InputDecoder().decode([0x1A], name: "x") }
        // UTF-16BE ending in К (0x04 0x1A) keeps its last byte.
        #expect(try InputDecoder().decode([0xFE, 0xFF, 0x04, 0x1A], name: "x").text == "К")
        // Padding to a whole record: several marks.
        #expect(try InputDecoder().decode(Array("Конец.\r\n".utf8) + [0x1A, 0x1A, 0x1A], name: "x").text == "Конец.\n")
        // Anywhere else Ctrl-Z is no end of file: binary data, on its line.
        #expect(throws: InputError.binary(path: "x", line: 2)) {
            try InputDecoder().decode(Array("Раз.\n\u{1A}Два.\n".utf8), name: "x")
        }
    }

    @Test("The paragraph in UTF-16 without a BOM, either byte order, is read as UTF-16", arguments: ["UTF-16LE", "UTF-16BE"])
    func utf16WithoutBOM(order: String) throws {
        let text = try TestPaths.utf8Text(Self.letter)
        let bytes = text.utf16.flatMap { order == "UTF-16LE" ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let decoded = try InputDecoder().decode(bytes, name: "x")
        #expect(decoded.encoding == order)
        #expect(decoded.encodingWasDetected)
        #expect(decoded.text == text)
    }

    @Test("NUL bytes in UTF-16's pattern that do not decode as text are refused, naming UTF-16")
    func utf16PatternNotText() throws {
        let bell = "Мир\u{07}.\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let error = InputError.binaryOrUTF16(path: "x", line: 1, encoding: "UTF-16LE")
        #expect(throws: error) { try InputDecoder().decode(bell, name: "x") }
        #expect(error.description.contains("name its encoding with --encoding"))
        // NUL bytes on both sides of the pairs: plain binary data.
        #expect(throws: InputError.binary(path: "x", line: 1)) { try InputDecoder().decode([0x41, 0x00, 0x00, 0x42, 0x41, 0x00, 0x00, 0x42], name: "x") }
    }

    @Test("A UTF-8 file read in another encoding as asked is read so, with a warning")
    func utf8ReadAsLegacy() throws {
        let decoded = try InputDecoder().load(path: Self.letter, encoding: "windows-1251")
        #expect(decoded.text.hasPrefix("Р’ РїРѕРЅРµРґРµР»СЊРЅРёРє"))
        #expect(decoded.warnings.first == "\(Self.letter): the file is valid UTF-8 but was read as windows-1251, as asked; if it is UTF-8, do not name its encoding (--source-encoding and --target-encoding name each file's own)")
        // No warning for the right encoding, for UTF-8 named, or for ASCII.
        #expect(try InputDecoder().load(path: TestPaths.fixture("letter-ru.windows-1251.txt"), encoding: "windows-1251").warnings.isEmpty)
        #expect(try InputDecoder().load(path: Self.letter, encoding: "utf8").warnings.isEmpty)
        #expect(try InputDecoder().decode(Array("plain".utf8), name: "x", encoding: "KOI8-R").warnings.isEmpty)
    }
}
