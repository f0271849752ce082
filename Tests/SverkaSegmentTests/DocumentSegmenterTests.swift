import Foundation
import Testing
import SverkaIngest
@testable import SverkaSegment
import SverkaTestSupport

@Suite("DocumentSegmenter: the whole telegram")
struct DocumentSegmenterTelegramTests {
    /// Every sentence of each telegram part, pinned after checking `sverka segment` by hand
    /// (`Tests/Fixtures/telegram-*.sentences.json`).
    @Test("All sentences, paragraphs and lines of each part are as pinned",
          arguments: [(TestPaths.russianTelegram, "ru", "telegram-ru.sentences.json", 77),
                      (TestPaths.englishTelegram, "en", "telegram-en.sentences.json", 47)])
    func pinned(path: String, language: String, golden: String, paragraphCount: Int) throws {
        let document = try TestDocuments.file(path, language: language)
        let expected = try PinnedSentence.load(golden)
        let actual = document.sentences.map { PinnedSentence(paragraph: $0.paragraph, line: $0.line, text: $0.text) }
        #expect(document.paragraphs.count == paragraphCount)
        #expect(actual.count == expected.count)
        for (a, e) in zip(actual, expected) { #expect(a == e) }
    }

    @Test("Sentence counts of the two parts: 91 Russian, 62 English")
    func counts() throws {
        #expect(try TestDocuments.file(TestPaths.russianTelegram, language: "ru").sentences.count == 91)
        #expect(try TestDocuments.file(TestPaths.englishTelegram, language: "en").sentences.count == 62)
    }

    @Test("Sentence indices count over the whole file and line numbers point at the sentence's text")
    func indicesAndLines() throws {
        let document = try TestDocuments.file(TestPaths.russianTelegram, language: "ru")
        let lines = try TestPaths.utf8Text(TestPaths.russianTelegram).split(separator: "\n", omittingEmptySubsequences: false)
        for (i, sentence) in document.sentences.enumerated() {
            #expect(sentence.index == i)
            let firstLine = sentence.text.split(separator: "\n", omittingEmptySubsequences: false)[0]
            #expect(lines[sentence.line - 1].contains(firstLine), "sentence \(i) is not on line \(sentence.line)")
        }
        for (i, paragraph) in document.paragraphs.enumerated() {
            #expect(paragraph.index == i)
            #expect(lines[paragraph.line - 1].hasPrefix(paragraph.text.split(separator: "\n")[0]))
        }
    }

    @Test("A sentence that continues on the next line keeps the line where it starts; the next one gets its own")
    func sentenceLines() throws {
        let document = try TestDocuments.file(TestPaths.russianTelegram, language: "ru")
        let paragraph = try Segment.paragraph(startingAt: 106, in: document)
        let sentences = Array(document.sentences(ofParagraph: paragraph.index))
        #expect(sentences.map(\.text) == ["С приветом !", "МАО ЦЗЕ-ДУН,  \n3 часа 00 минут 15.7 с.г.\""])
        #expect(sentences.map(\.line) == [106, 106])
        #expect(sentences[1].plain == "МАО ЦЗЕ-ДУН, 3 часа 00 минут 15.7 с.г.\"")

        let wrapped = try TestDocuments.document("Первое.\nВторое на\nдвух строках. Третье.\n\nЧетвёртое.", language: "ru")
        #expect(wrapped.sentences.map(\.text) == ["Первое.", "Второе на\nдвух строках.", "Третье.", "Четвёртое."])
        #expect(wrapped.sentences.map(\.line) == [1, 2, 3, 5])
    }

    @Test("The whole file (header, Russian, English) segments as its parts do, by line")
    func wholeFile() throws {
        let whole = try TestDocuments.file(TestPaths.wholeTelegram, language: "ru")
        #expect(DocumentInvariants.violation(in: whole) == nil)
        // The Russian part is lines 27–192 of the whole file.
        let russian = try TestDocuments.file(TestPaths.russianTelegram, language: "ru")
        let inWhole = whole.sentences.filter { (27...192).contains($0.line) }
        #expect(inWhole.map(\.text) == russian.sentences.map(\.text))
        #expect(inWhole.map { $0.line - 26 } == russian.sentences.map(\.line))
    }
}

@Suite("DocumentSegmenter: encodings")
struct DocumentSegmenterEncodingTests {
    @Test("The Russian telegram in windows-1251, UTF-16LE/BE and UTF-8 with BOM gives the UTF-8 sentences",
          arguments: ["telegram-ru.windows-1251.md", "telegram-ru.utf16le-bom.md", "telegram-ru.utf16be-bom.md", "telegram-ru.utf8-bom.md"])
    func sameSentences(file: String) throws {
        let reference = try TestDocuments.file(TestPaths.russianTelegram, language: "ru")
        let document = try TestDocuments.file(TestPaths.fixture(file), language: "ru")
        #expect(document.sentences.count == reference.sentences.count)
        #expect(document.sentences.map(\.text) == reference.sentences.map(\.text))
        #expect(document.sentences.map(\.line) == reference.sentences.map(\.line))
        #expect(document.paragraphs.map(\.line) == reference.paragraphs.map(\.line))
    }

    @Test("The KOI8-R excerpt gives the sentences of its UTF-8 original, detected or named",
          arguments: [nil, "KOI8-R"] as [String?])
    func koi8(encoding: String?) throws {
        let reference = try TestDocuments.file(TestPaths.fixture("telegram-ru-excerpt.utf8.md"), language: "ru")
        let document = try TestDocuments.file(TestPaths.fixture("telegram-ru-excerpt.koi8-r.md"), language: "ru", encoding: encoding)
        #expect(reference.sentences.count == 19)
        #expect(document.sentences.map(\.text) == reference.sentences.map(\.text))
        #expect(document.sentences.map(\.line) == reference.sentences.map(\.line))
    }

    @Test("CRLF input gives the same sentences and lines as LF input")
    func crlf() throws {
        let text = try TestPaths.utf8Text(TestPaths.russianTelegram)
        let lf = try TestDocuments.document(text, language: "ru")
        let crlf = try TestDocuments.document(text.replacingOccurrences(of: "\n", with: "\r\n"), language: "ru")
        #expect(crlf.sentences.map(\.text) == lf.sentences.map(\.text))
        #expect(crlf.sentences.map(\.line) == lf.sentences.map(\.line))
        #expect(DocumentInvariants.violation(in: crlf) == nil)
    }
}

@Suite("DocumentSegmenter: pre-segmented input")
struct DocumentSegmenterPresegmentedTests {
    static let input = """
    Передать т. Сталину лично. Всё.
    Экз. № 2

    Товарищу КИМ ИР СЕНУ.
    С высочайшим уважением к Вам. КИМ ИР СЕН. 21.00 16 июля 1952г.
      Отступ слева.


    1. Необходимо усилить ПВО.
    """

    @Test("One sentence per line, a blank line between paragraphs; nothing is re-split")
    func linesAreSentences() throws {
        let document = try TestDocuments.document(Self.input, language: "ru", mode: .presegmented)
        #expect(document.sentences.map(\.text) == [
            "Передать т. Сталину лично. Всё.",
            "Экз. № 2",
            "Товарищу КИМ ИР СЕНУ.",
            "С высочайшим уважением к Вам. КИМ ИР СЕН. 21.00 16 июля 1952г.",
            "Отступ слева.",
            "1. Необходимо усилить ПВО.",
        ])
        #expect(document.sentences.map(\.index) == Array(0..<6))
        #expect(document.sentences.map(\.line) == [1, 2, 4, 5, 6, 9])
        #expect(document.sentences.map(\.paragraph) == [0, 0, 1, 1, 1, 2])
        #expect(document.paragraphs.map(\.line) == [1, 4, 9])
        #expect(document.paragraphs.map(\.sentenceRange) == [0..<2, 2..<5, 5..<6])
        #expect(DocumentInvariants.violation(in: document) == nil)
    }

    @Test("The same text as running text is split differently (so the mode matters)")
    func runningDiffers() throws {
        let document = try TestDocuments.document(Self.input, language: "ru", mode: .running)
        #expect(document.sentences.count > 6)
    }

    @Test("The telegram written one sentence per line reads back as the same sentences")
    func roundTrip() throws {
        let running = try TestDocuments.file(TestPaths.russianTelegram, language: "ru")
        let lines = running.paragraphs.map { paragraph in
            running.sentences(ofParagraph: paragraph.index).map { $0.text.replacingOccurrences(of: "\n", with: " ") }
                .joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
        let presegmented = try TestDocuments.document(lines, language: "ru", mode: .presegmented)
        #expect(presegmented.sentences.count == running.sentences.count)
        #expect(presegmented.paragraphs.count == running.paragraphs.count)
        #expect(presegmented.sentences.map(\.text) == running.sentences.map { $0.text.replacingOccurrences(of: "\n", with: " ") })
        #expect(presegmented.sentences.map(\.paragraph) == running.sentences.map(\.paragraph))
        #expect(DocumentInvariants.violation(in: presegmented) == nil)
    }

    @Test("Pre-segmented sentences get their plain text with markup removed")
    func plain() throws {
        let document = try TestDocuments.document("**Совершенно секретно**\n*Герасимов* (ГЕРАСИМОВ)\n", language: "ru", mode: .presegmented)
        #expect(document.sentences.map(\.plain) == ["Совершенно секретно", "Герасимов (ГЕРАСИМОВ)"])
    }
}

@Suite("DocumentSegmenter: odd input")
struct DocumentSegmenterOddInputTests {
    @Test("Blank-only and empty text give no paragraphs", arguments: ["", "\n\n", "  \n\t\n"])
    func blank(text: String) throws {
        let document = try TestDocuments.document(text, language: "ru")
        #expect(document.paragraphs.isEmpty)
        #expect(document.sentences.isEmpty)
        #expect(DocumentInvariants.violation(in: document) == nil)
    }

    @Test("Leading blank lines shift the line numbers; no final newline is fine")
    func leadingBlankLines() throws {
        let document = try TestDocuments.document("\n\n\nПервая строка. Вторая.", language: "ru")
        #expect(document.paragraphs.map(\.line) == [4])
        #expect(document.sentences.map(\.text) == ["Первая строка.", "Вторая."])
        #expect(document.sentences.map(\.line) == [4, 4])
    }

    @Test("The document keeps its name, language and text")
    func metadata() throws {
        let document = try TestDocuments.document("Текст.\n", language: "ru", name: "n.md")
        #expect(document.name == "n.md")
        #expect(document.language == "ru")
        #expect(document.text == "Текст.\n")
    }

    @Test("Sentence and paragraph plain text is free of markup and extra white space")
    func plainText() throws {
        let document = try TestDocuments.document("## ШИФРТЕЛЕГРАММА № 21646\n\n**СОВЕРШЕННО СЕКРЕТНО**  \nСнятие копий воспрещается\n\nПродолжение шифртелеграммы № \\_\\_ и *курсив* текст. Итого 2 * 3.\n", language: "ru")
        #expect(document.paragraphs.map(\.plain) == [
            "ШИФРТЕЛЕГРАММА № 21646",
            "СОВЕРШЕННО СЕКРЕТНО Снятие копий воспрещается",
            "Продолжение шифртелеграммы № _ _ и курсив текст. Итого 2 * 3.",
        ])
        #expect(document.sentences.map(\.plain) == [
            "ШИФРТЕЛЕГРАММА № 21646",
            "СОВЕРШЕННО СЕКРЕТНО Снятие копий воспрещается",
            "Продолжение шифртелеграммы № _ _ и курсив текст.",
            "Итого 2 * 3.",
        ])
        #expect(document.sentences.map(\.text)[1] == "**СОВЕРШЕННО СЕКРЕТНО**  \nСнятие копий воспрещается")
    }

    @Test("The telegram's markup never reaches the plain text",
          arguments: [(TestPaths.russianTelegram, "ru"), (TestPaths.englishTelegram, "en")])
    func telegramPlain(path: String, language: String) throws {
        let document = try TestDocuments.file(path, language: language)
        for sentence in document.sentences {
            #expect(!sentence.plain.contains("**"))
            #expect(!sentence.plain.contains("\\"))
            #expect(!sentence.plain.hasPrefix("#"))
            #expect(!sentence.plain.contains("\n"))
            #expect(!sentence.plain.contains("  "))
        }
    }

    @Test("Headings, bold and italic lines of the Russian telegram have plain text without markup",
          arguments: [(3, "ВТОРОЕ ГЛАВНОЕ УПРАВЛЕНИЕ ГЕНШТАБА СОВЕТСКОЙ АРМИИ"), (5, "ШИФРТЕЛЕГРАММА № 21646"),
                      (7, "СОВЕРШЕННО СЕКРЕТНО Снятие копий воспрещается"), (164, "Герасимов (ГЕРАСИМОВ)"),
                      (88, "Продолжение шифртелеграммы № _ _ _ _ _")])
    func telegramMarkupLines(line: Int, plain: String) throws {
        let document = try TestDocuments.file(TestPaths.russianTelegram, language: "ru")
        let paragraph = try Segment.paragraph(startingAt: line, in: document)
        #expect(paragraph.plain == plain)
        #expect(document.sentences(ofParagraph: paragraph.index).map(\.plain) == [plain])
    }
}

@Suite("DocumentSegmenter: paragraph conventions")
struct DocumentSegmenterConventionTests {
    @Test("The convention is detected unless named, and recorded on the document")
    func recorded() throws {
        let text = "Первый абзац. В нём две фразы.\nВторой абзац.\nТретий абзац.\n"
        #expect(try TestDocuments.document(text, language: "ru").paragraphs.count == 3)
        #expect(try TestDocuments.document(text, language: "ru").paragraphConvention == .lines)
        let named = try DocumentSegmenter(language: "ru", paragraphs: .blankLines).segment(DecodedText(name: "t", text: text))
        #expect(named.paragraphs.count == 1)
        #expect(named.paragraphConvention == .blankLines)
        #expect(named.warnings.isEmpty, "named: no warning")
    }

    @Test("Pre-segmented input keeps blank lines between paragraphs unless told otherwise")
    func presegmented() throws {
        let text = "Первое предложение.\nВторое предложение.\nТретье предложение.\n"
        let document = try TestDocuments.document(text, language: "ru", mode: .presegmented)
        #expect(document.paragraphs.count == 1)
        #expect(document.sentences.count == 3)
        let lines = try DocumentSegmenter(language: "ru", mode: .presegmented, paragraphs: .lines).segment(DecodedText(name: "t", text: text))
        #expect(lines.paragraphs.count == 3)
    }

    @Test("A whole text of 10 lines or more that stays one paragraph gets a warning; the decoding's warnings come first")
    func oneParagraphWarning() throws {
        let text = (1...12).map { "строка номер \($0), без конца" }.joined(separator: "\n") + "\u{1B}"
        let document = try DocumentSegmenter(language: "ru").segment(DecodedText(name: "one.txt", text: text))
        #expect(document.paragraphs.count == 1)
        #expect(document.warnings.count == 2)
        #expect(document.warnings.first?.hasPrefix("one.txt:12: dropped 1 control character") == true)
        #expect(document.warnings.last?.hasPrefix("one.txt: the whole text is one paragraph of 12 lines") == true)
    }

    @Test("Paragraphs split at a form feed inside a line keep the text on both sides, and the document stays sound")
    func formFeedInsideALine() throws {
        let document = try TestDocuments.document("Там жило\u{0C}около ста человек.\n\nДалее.", language: "ru")
        #expect(document.paragraphs.map(\.text) == ["Там жило", "около ста человек.", "Далее."])
        #expect(document.paragraphs.map(\.line) == [1, 1, 3])
        #expect(DocumentInvariants.violation(in: document) == nil)
    }
}
