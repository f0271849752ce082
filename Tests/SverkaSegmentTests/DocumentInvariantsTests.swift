import Testing
import SverkaIngest
@testable import SverkaSegment
import SverkaTestSupport

@Suite("DocumentInvariants")
struct DocumentInvariantsTests {
    @Test("The telegram parts and the whole file are sound, as running and as pre-segmented text",
          arguments: [(TestPaths.russianTelegram, "ru"), (TestPaths.englishTelegram, "en"), (TestPaths.wholeTelegram, "ru"),
                      (TestPaths.wholeTelegram, "en")])
    func telegram(path: String, language: String) throws {
        for mode in [DocumentSegmenter.Mode.running, .presegmented] {
            let document = try TestDocuments.file(path, language: language, mode: mode)
            #expect(!document.sentences.isEmpty)
            #expect(DocumentInvariants.violation(in: document) == nil)
        }
    }

    @Test("The telegram with CRLF line ends is sound")
    func crlf() throws {
        let text = try TestPaths.utf8Text(TestPaths.russianTelegram).replacingOccurrences(of: "\n", with: "\r\n")
        let document = try TestDocuments.document(text, language: "ru")
        #expect(document.sentences.count == 91)
        #expect(DocumentInvariants.violation(in: document) == nil)
    }

    @Test("Odd inputs are sound in both modes", arguments: [
        "Нет перевода строки в конце. Вообще",
        "\n\n\nВедущие пустые строки.\n",
        "Одна строка.",
        "x",
        "\tТабуляция\tв начале. И\tвнутри.\t\n\t\n",
        "Экз. № 1\tтов. Сталину\tЭкз. № 7\n№ 2\tтов. Сталину\t№ 8\n",
        "**\n\n# \n\n##\n\n---\n\n*\n\n\\_\\_\n\n* * *\n",
        "# \n## Заголовок\n**",
        "Текст.   \n\n   \n  Отступ.  \n",
        "Один.\u{2029}\u{2029}Два.\u{85}Три.",
        "Нераз\u{A0}рывный пробел. И\u{3000}ещё.",
        "Конец.\r\nCRLF.\r\n\r\nНовый абзац.\r",
        "Смесь English и русского. Mr. Smith и т. Сталин.",
        "\u{FEFF}BOM в тексте. Ещё.",
        "𝔸 и эмодзи 🙂. Конец.",
    ])
    func oddInputs(text: String) throws {
        for mode in [DocumentSegmenter.Mode.running, .presegmented] {
            let document = try TestDocuments.document(text, language: "ru", mode: mode)
            #expect(DocumentInvariants.violation(in: document) == nil)
            #expect(!document.paragraphs.isEmpty)
            // No sentence is white space alone.
            #expect(document.sentences.allSatisfy { !$0.text.isEmpty })
        }
    }

    // The checker must catch broken documents, or the tests above prove nothing.

    static func sample() throws -> Document {
        try TestDocuments.document("Первое. Второе.\n\nТретье.\n", language: "ru")
    }

    static func rebuild(_ d: Document, paragraphs: [Paragraph]? = nil, sentences: [Sentence]? = nil, text: String? = nil) -> Document {
        Document(name: d.name, language: d.language, text: text ?? d.text, paragraphs: paragraphs ?? d.paragraphs,
                 sentences: sentences ?? d.sentences)
    }

    @Test("A dropped sentence is caught")
    func droppedSentence() throws {
        let d = try Self.sample()
        let broken = Self.rebuild(d, sentences: Array(d.sentences.dropLast()))
        #expect(DocumentInvariants.violation(in: d) == nil)
        #expect(DocumentInvariants.violation(in: broken) == "paragraph 1 names sentences past the last one")
    }

    @Test("A wrong sentence index is caught")
    func wrongIndex() throws {
        let d = try Self.sample()
        var sentences = d.sentences
        let s = sentences[1]
        sentences[1] = Sentence(index: 7, paragraph: s.paragraph, line: s.line, text: s.text, plain: s.plain, range: s.range)
        #expect(DocumentInvariants.violation(in: Self.rebuild(d, sentences: sentences)) == "sentence 1 has index 7")
    }

    @Test("A gap between sentence spans is caught")
    func gap() throws {
        let d = try Self.sample()
        var sentences = d.sentences
        let s = sentences[1]
        sentences[1] = Sentence(index: 1, paragraph: 0, line: s.line, text: s.text, plain: s.plain,
                                range: (s.range.lowerBound + 1)..<s.range.upperBound)
        #expect(DocumentInvariants.violation(in: Self.rebuild(d, sentences: sentences)) == "sentence 1 does not start where the previous ended")
    }

    @Test("Text outside every paragraph is caught")
    func lostText() throws {
        let d = try Self.sample()
        let broken = Self.rebuild(d, paragraphs: Array(d.paragraphs.prefix(1)), sentences: Array(d.sentences.prefix(2)))
        #expect(DocumentInvariants.violation(in: broken)?.contains("belongs to no paragraph") == true)
    }

    @Test("Paragraph text that differs from the file is caught")
    func changedText() throws {
        let d = try Self.sample()
        let p = d.paragraphs[1]
        let changed = Paragraph(index: 1, line: p.line, text: "Другое.", plain: p.plain, range: p.range, sentenceRange: p.sentenceRange)
        #expect(DocumentInvariants.violation(in: Self.rebuild(d, paragraphs: [d.paragraphs[0], changed])) == "paragraph 1 text differs from the file")
    }

    @Test("A sentence whose text is not in its span is caught")
    func sentenceTextElsewhere() throws {
        let d = try Self.sample()
        var sentences = d.sentences
        let s = sentences[0]
        sentences[0] = Sentence(index: 0, paragraph: 0, line: 1, text: "Третье.", plain: s.plain, range: s.range)
        #expect(DocumentInvariants.violation(in: Self.rebuild(d, sentences: sentences)) == "sentence 0 text is not in its span")
    }
}

extension DocumentInvariantsTests {
    @Test("A sentence span past its paragraph (and past the text) is reported, not a crash")
    func spanPastParagraph() throws {
        let d = try Self.sample()
        var sentences = d.sentences
        let s = sentences[2]
        sentences[2] = Sentence(index: 2, paragraph: 1, line: s.line, text: s.text, plain: s.plain,
                                range: s.range.lowerBound..<(d.text.utf16.count + 5))
        #expect(DocumentInvariants.violation(in: Self.rebuild(d, sentences: sentences)) == "sentence 2 runs past its paragraph")
    }
}
