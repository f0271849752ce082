import Foundation
import Testing
import SverkaIngest
@testable import SverkaSegment
import SverkaTestSupport

/// Odd and hostile texts through ``DocumentSegmenter`` in Russian, English and German, running
/// and pre-segmented: every document keeps the ``DocumentInvariants`` (nothing lost, ranges tile),
/// its line numbers count the line feeds before each unit, and the scoring text is white space
/// collapsed to single spaces.
@Suite("Hostile input: segmentation")
struct HostileSegmentationTests {
    static let languages = ["ru", "en", "de"]
    static let modes: [DocumentSegmenter.Mode] = [.running, .presegmented]

    static let texts: [String] = [
        "Первая строка.\r\nВторая строка.\r\n\r\nНовый абзац.\rСтрока после CR.\r",
        "Один.\u{2028}Два в той же строке.\u{2029}Три.\u{2029}\u{2029}Четыре.\u{85}Пять.",
        "\u{2029}\n\u{2028}\nТекст между разделителями.\n\u{2029}",
        "...!!!???\n\n---\n\n***\n\n« » — – … ; : ,\n",
        "1234567890\n\n42 17 99\n\n3.00 14-го 1952г. № 2707\n",
        "Thе Sоviet Uniоn sеnt а tеlеgrаm. Тhis is Cyrillic inside Latin.",
        "مرحبا بالعالم. هذه جملة ثانية.\n\nשלום עולם. זה משפט שני.\n\n\u{202E}txet desrever\u{202C} and \u{200F}marks.",
        "👍🏽 Эмодзи. 👨‍👩‍👧 Семья. 🇷🇺 Флаг.\n\nе\u{301}\u{301}\u{301} и\u{306} a\u{489} \u{332}\u{332}.",
        " \u{301}Начало с комбинирующего знака. Ещё.\n\n\u{301}\u{301}\n",
        "col1\tcol2\t\tcol4. Tab\tinside.\n\n\t\tОтступ табуляцией.\n",
        "\u{FEFF}\u{FEFF}Невидимые BOM.\u{FEFF} Внутри\u{FEFF}текста.\n\n\u{FEFF}\n",
        "**\n\n# \n\n###### \n\n\\*\\*\n\n*a*b*\n\n\\",
        "Т. е. т. Сталин, И. В. Сталин, Mr. J. R. R. Smith, No. 5, S. 7, z. B. ein.",
        "\u{AD}\u{AD}помо\u{AD}\n\nгать -\n\n- 3 -\n",
        "\u{0}\u{1}\u{1B}\u{7F} controls \u{FFFE}\u{FFFF}\u{FFFD}.",
        String(repeating: "а", count: 3000) + " " + String(repeating: ".", count: 3000),
        String(repeating: "Слово. ", count: 2000),
        String(repeating: "\n", count: 50) + "x" + String(repeating: " \n", count: 50),
    ]

    /// 1 + the line feeds before UTF-16 offset `offset` of `units`, from `firstLine`.
    static func line(at offset: Int, in units: [UInt16], firstLine: Int) -> Int {
        firstLine + units[..<offset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// Everything checked of one document.
    static func expectSound(_ document: Document, firstLine: Int, _ context: String) {
        #expect(DocumentInvariants.violation(in: document) == nil, "\(context)")
        let units = Array(document.text.utf16)
        for paragraph in document.paragraphs {
            #expect(paragraph.line == line(at: paragraph.range.lowerBound, in: units, firstLine: firstLine), "\(context)")
            #expect(!paragraph.plain.contains("  ") && paragraph.plain == paragraph.plain.trimmingCharacters(in: .whitespaces), "\(context)")
        }
        for sentence in document.sentences {
            let start = sentence.range.first { !MarkupMask.isWhitespace(units[$0]) } ?? sentence.range.lowerBound
            #expect(sentence.line == line(at: start, in: units, firstLine: firstLine), "\(context) sentence \(sentence.index)")
            #expect(!sentence.plain.unicodeScalars.contains { $0 != " " && $0.value <= 0xFFFF && MarkupMask.isWhitespace(UInt16($0.value)) },
                    "\(context) sentence \(sentence.index) plain text keeps a line break or tab")
        }
        // A text with anything but white space has a paragraph; blank text has none.
        let blank = units.allSatisfy(MarkupMask.isWhitespace)
        #expect(document.paragraphs.isEmpty == blank, "\(context)")
    }

    @Test("Odd texts are sound in every language and mode, from line 1 and from line 27",
          arguments: Array(texts.indices))
    func oddTexts(index: Int) throws {
        let text = Self.texts[index]
        for language in Self.languages {
            for mode in Self.modes {
                for firstLine in [1, 27] {
                    let decoded = DecodedText(name: "odd-\(index)", text: text, firstLine: firstLine)
                    let document = try DocumentSegmenter(language: language, mode: mode).segment(decoded)
                    Self.expectSound(document, firstLine: firstLine, "text \(index) \(language) \(mode) from \(firstLine)")
                }
            }
        }
    }

    @Test("CRLF and lone CR count as one line each, as LF does")
    func lineEndsCountOnce() throws {
        let document = try TestDocuments.document("Один.\r\nДва.\rТри.\n\r\nЧетыре.", language: "ru", mode: .presegmented)
        #expect(document.sentences.map(\.line) == [1, 2, 3, 5])
        #expect(document.paragraphs.map(\.line) == [1, 5])
    }

    @Test("U+2028 and U+2029 split sentences but not paragraphs, and keep their line")
    func unicodeSeparators() throws {
        let document = try TestDocuments.document("Один\u{2029}Два\u{2028}Три.\n\nЧетыре.", language: "ru")
        #expect(document.paragraphs.count == 2)
        #expect(document.sentences.first?.line == 1)
        #expect(document.sentences.last?.text == "Четыре.")
        #expect(document.sentences.last?.line == 3)
    }

    @Test("Markup opening a sentence goes with that sentence, markup closing one stays with it",
          arguments: [
              ("Да? **Нет** конечно.", ["Да?", "**Нет** конечно."]),
              ("Да.** Нет.", ["Да.**", "Нет."]),
              ("Один.\n# Заголовок", ["Один.", "# Заголовок"]),
              ("Раз. \\_Два\\_ три.", ["Раз.", "\\_Два\\_ три."]),
              ("Mit? **жирный** Vertrag. *Kursiv* Ende.", ["Mit?", "**жирный** Vertrag.", "*Kursiv* Ende."]),
          ])
    func markupAtSentenceStarts(text: String, expected: [String]) throws {
        // Found by the alignment property tests: `Mit? **жирный**` was split as `Mit? **` + `жирный**`.
        let document = try TestDocuments.document(text, language: "ru")
        #expect(document.sentences.map(\.text) == expected)
        #expect(DocumentInvariants.violation(in: document) == nil)
    }

    @Test("Only invisible white space (U+FEFF, U+2029) gives no paragraph")
    func invisibleOnly() throws {
        let document = try TestDocuments.document("\u{FEFF}\n\u{2029}\n\u{3000}\u{FEFF}", language: "en")
        #expect(document.paragraphs.isEmpty)
        #expect(document.sentences.isEmpty)
    }

    @Test("A 5 MB line without punctuation is one paragraph and one sentence, quickly")
    func fiveMegabyteLine() throws {
        let words = ["переговоры", "товарищ", "сообщение", "договор", "Москва", "помощь", "Сталин"]
        var text = ""
        text.reserveCapacity(5_100_000)
        var k = 0
        while text.utf8.count < 5_000_000 {
            text += words[(k * 7 + k / 3) % words.count] + " "
            k += 1
        }
        let started = Date()
        let document = try TestDocuments.document(text, language: "ru")
        let seconds = Date().timeIntervalSince(started)
        #expect(document.paragraphs.count == 1)
        #expect(document.sentences.count == 1)
        #expect(DocumentInvariants.violation(in: document) == nil)
        #expect(seconds < 60, "segmenting 5 MB took \(seconds) s")
    }
}
