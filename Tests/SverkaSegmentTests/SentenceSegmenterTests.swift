import Testing
@testable import SverkaSegment
import SverkaTestSupport

@Suite("SentenceSegmenter: the telegram's paragraphs")
struct SentenceSegmenterTelegramTests {
    @Test("Russian paragraph at line 66 gives exactly 4 sentences")
    func russianLine66() throws {
        let document = try TestDocuments.file(TestPaths.russianTelegram, language: "ru")
        let paragraph = try Segment.paragraph(startingAt: 66, in: document)
        let sentences = document.sentences(ofParagraph: paragraph.index)
        #expect(sentences.map(\.text) == [
            "К тому же в ходе борьбы корейский и китайский народы усилили свою мощь, что воодушевляет миролюбивые народы всего мира на борьбу против агрессивной войны и способствует развитию движения защиты мира во всем мире.",
            "Это также заставляет главные силы американского империализма сковываться и терпеть непрерывные потери на востоке.",
            "В то время, как оплот мира во всем мире — Советский Союз может усилить свое строительство и может оказывать свое влияние на развитие революционного движения народов всех стран.",
            "Это будет означать оттяжку новой мировой войны.",
        ])
        #expect(sentences.allSatisfy { $0.line == 66 })
    }

    @Test("Its English counterpart at line 29 gives the same 4 sentences")
    func englishLine29() throws {
        let document = try TestDocuments.file(TestPaths.englishTelegram, language: "en")
        let paragraph = try Segment.paragraph(startingAt: 29, in: document)
        let sentences = document.sentences(ofParagraph: paragraph.index).map(\.text)
        #expect(sentences.count == 4)
        #expect(sentences.first?.hasPrefix("In addition, in the course of the struggle") == true)
        #expect(sentences.last == "This will mean the delay of a new world war.")
    }

    @Test("Single-sentence paragraphs that end in a period after a name stay single",
          arguments: [("ru", 36, "\"Товарищу КИМ ИР СЕНУ."), ("ru", 38, "Копия товарищу ЛИ КЭ-НУН."),
                      ("en", 15, "\"To Comrade KIM IL SUNG."), ("en", 17, "Copy to Comrade LI KENONG.")])
    func addressLines(language: String, line: Int, text: String) throws {
        let path = language == "ru" ? TestPaths.russianTelegram : TestPaths.englishTelegram
        let document = try TestDocuments.file(path, language: language)
        let paragraph = try Segment.paragraph(startingAt: line, in: document)
        #expect(document.sentences(ofParagraph: paragraph.index).map(\.text) == [text])
    }

    @Test("English paragraph at line 19 has two sentences; Russian splits the same text over two paragraphs")
    func englishLine19() throws {
        let document = try TestDocuments.file(TestPaths.englishTelegram, language: "en")
        let paragraph = try Segment.paragraph(startingAt: 19, in: document)
        let sentences = document.sentences(ofParagraph: paragraph.index).map(\.text)
        #expect(sentences.count == 2)
        #expect(sentences.first == "After we wrote a telegram to comrade Ri Geon-yeong [Ri Gon Yong] we received your telegram of 18:00 14 July of this year.")
    }

    @Test("The closing line: `…к Вам. КИМ ИР СЕН. 21.00 16 июля 1952г.\"` is three sentences, in both languages",
          arguments: [("ru", 145, ["С высочайшим уважением к Вам.", "КИМ ИР СЕН.", "21.00 16 июля 1952г.\""]),
                      ("en", 87, ["With highest respect toward you.", "KIM IL SUNG.", "21:00 16 July 1952.\""])])
    func closingLine(language: String, line: Int, expected: [String]) throws {
        let path = language == "ru" ? TestPaths.russianTelegram : TestPaths.englishTelegram
        let document = try TestDocuments.file(path, language: language)
        let paragraph = try Segment.paragraph(startingAt: line, in: document)
        #expect(document.sentences(ofParagraph: paragraph.index).map(\.text) == expected)
    }

    @Test("`с.г.` inside a sentence does not end it (line 34), nor `ч.`, `м.`, `г.` (line 19)",
          arguments: [34, 19, 25, 10])
    func russianAbbreviationLines(line: Int) throws {
        let document = try TestDocuments.file(TestPaths.russianTelegram, language: "ru")
        let paragraph = try Segment.paragraph(startingAt: line, in: document)
        #expect(paragraph.sentenceRange.count == 1)
    }

    @Test("Numbered list items keep their marker: `1. Необходимо…` (line 131) and `1. It is necessary…` (line 73)",
          arguments: [("ru", 131, "1. Необходимо усилить зенитную артиллерию, по крайней мере, на 10 полков."),
                      ("en", 73, "1. It is necessary to strengthen antiaircraft artillery, by at least 10 regiments.")])
    func listMarkers(language: String, line: Int, first: String) throws {
        let path = language == "ru" ? TestPaths.russianTelegram : TestPaths.englishTelegram
        let document = try TestDocuments.file(path, language: language)
        let paragraph = try Segment.paragraph(startingAt: line, in: document)
        let sentences = document.sentences(ofParagraph: paragraph.index).map(\.text)
        #expect(sentences.count == 2)
        #expect(sentences.first == first)
    }
}

@Suite("SentenceSegmenter: abbreviations, initials and list markers")
struct SentenceSegmenterAbbreviationTests {
    @Test("A period after an abbreviation does not end the sentence", arguments: [
        ("ru", "Передать т. Сталину лично. Всё.", ["Передать т. Сталину лично.", "Всё."]),
        ("ru", "Доложить тов. Молотову немедленно. Готово.", ["Доложить тов. Молотову немедленно.", "Готово."]),
        ("ru", "Телеграмма от 3.00 15 июля с.г. на имя товарища КИМ ИР СЕНА получена. Ответ послан.",
         ["Телеграмма от 3.00 15 июля с.г. на имя товарища КИМ ИР СЕНА получена.", "Ответ послан."]),
        ("ru", "Экз. № 2 отправлен. Конец.", ["Экз. № 2 отправлен.", "Конец."]),
        ("ru", "Отправлено в 1952 г. Мао Цзе-дуну. Конец.", ["Отправлено в 1952 г. Мао Цзе-дуну.", "Конец."]),
        ("ru", "Получена „ 12 “ ч. “ 15 “ м. “ 18 “ 7 1952 г. Экз. № 2", ["Получена „ 12 “ ч. “ 15 “ м. “ 18 “ 7 1952 г. Экз. № 2"]),
        ("ru", "Отп. 14 экз.", ["Отп. 14 экз."]),
        ("ru", "Смотри (см. сл. лист) далее. Конец.", ["Смотри (см. сл. лист) далее.", "Конец."]),
        ("en", "He met Mr. Smith yesterday. It rained.", ["He met Mr. Smith yesterday.", "It rained."]),
        ("en", "Ciphered telegram No. 2084 was sent. Then it was read.", ["Ciphered telegram No. 2084 was sent.", "Then it was read."]),
        ("en", "See e.g. The Times. Done.", ["See e.g. The Times.", "Done."]),
        ("en", "Gen. Peng Dehuai agreed. Dr. Li did not.", ["Gen. Peng Dehuai agreed.", "Dr. Li did not."]),
    ])
    func abbreviations(language: String, text: String, expected: [String]) throws {
        #expect(try Segment.sentences(text, language: language) == expected)
    }

    @Test("Initials do not end a sentence", arguments: [
        ("ru", "Подписал И. В. Сталин. Конец.", ["Подписал И. В. Сталин.", "Конец."]),
        ("ru", "Товарищу И.В. Сталину. Лично.", ["Товарищу И.В. Сталину.", "Лично."]),
        ("ru", "Передать тов. И.В. Сталину лично. Всё.", ["Передать тов. И.В. Сталину лично.", "Всё."]),
        ("en", "Signed J.R. Smith. Done.", ["Signed J.R. Smith.", "Done."]),
        ("en", "See J. R. Tolkien today. Done.", ["See J. R. Tolkien today.", "Done."]),
    ])
    func initials(language: String, text: String, expected: [String]) throws {
        #expect(try Segment.sentences(text, language: language) == expected)
    }

    @Test("A name or number before the period still ends the sentence", arguments: [
        ("ru", "С высочайшим уважением к Вам. КИМ ИР СЕН. 21.00 16 июля", ["С высочайшим уважением к Вам.", "КИМ ИР СЕН.", "21.00 16 июля"]),
        ("en", "Signed MAO ZEDONG. We will report to you.", ["Signed MAO ZEDONG.", "We will report to you."]),
        ("en", "I said no. Then we left.", ["I said no.", "Then we left."]),
        ("en", "Losses were 2084. We went on.", ["Losses were 2084.", "We went on."]),
        ("ru", "Так и было. Это конец.", ["Так и было.", "Это конец."]),
    ])
    func realEnds(language: String, text: String, expected: [String]) throws {
        #expect(try Segment.sentences(text, language: language) == expected)
    }

    @Test("List markers stay with their sentence", arguments: [
        ("ru", "1. Необходимо усилить ПВО. 2. Необходимо усилить ВВС.", ["1. Необходимо усилить ПВО.", "2. Необходимо усилить ВВС."]),
        ("ru", "12. Пункт двенадцатый.", ["12. Пункт двенадцатый."]),
        ("ru", "IV. Раздел четвертый.", ["IV. Раздел четвертый."]),
        ("en", "a. First item.", ["a. First item."]),
        ("en", "3. In infantry operations it is necessary.", ["3. In infantry operations it is necessary."]),
    ])
    func listMarkers(language: String, text: String, expected: [String]) throws {
        #expect(try Segment.sentences(text, language: language) == expected)
    }

    @Test("`No.` before a word may end a sentence (it is only an abbreviation before a number)")
    func noBeforeWord() throws {
        #expect(try Segment.sentences("The answer was No. Then we left.", language: "en") == ["The answer was No.", "Then we left."])
    }

    @Test("A custom abbreviation list replaces the built-in one")
    func customList() throws {
        let units = Array("Передать т. Сталину лично.".utf16)
        let none = try SentenceSegmenter(language: "ru", abbreviations: AbbreviationList(always: [String](), beforeNumber: [String]()))
        #expect(none.split(units).count == 2)
        let builtIn = try SentenceSegmenter(language: "ru")
        #expect(builtIn.split(units) == [0..<units.count])
    }

    @Test("Spans tile the text exactly; empty text gives none")
    func spansTile() throws {
        let segmenter = try SentenceSegmenter(language: "ru")
        let units = Array("Один. Два! Три? Четыре".utf16)
        let spans = segmenter.split(units)
        #expect(spans.count == 4)
        #expect(spans.first?.lowerBound == 0)
        #expect(spans.last?.upperBound == units.count)
        for (a, b) in zip(spans, spans.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
        #expect(segmenter.split([]).isEmpty)
    }

    @Test("Paragraph and line separators inside a line never make an empty sentence",
          arguments: ["Один.\u{2029}\u{2029}Два.", "Один.\u{85}\u{85}Два.", "\u{2029}Один. Два.", "Один. Два.\u{2029}\u{2029}"])
    func noBlankSentences(text: String) throws {
        let sentences = try Segment.sentences(text, language: "ru")
        #expect(sentences == ["Один.", "Два."])
    }

    @Test("Helpers: the word before the final period, list markers, first character")
    func helpers() {
        func slice(_ s: String) -> ArraySlice<UInt16> { ArraySlice(Array(s.utf16)) }
        #expect(SentenceSegmenter.wordBeforeFinalPeriod(slice("в 1952 г. ")) == "г")
        #expect(SentenceSegmenter.wordBeforeFinalPeriod(slice("июля с.г.")) == "с.г")
        #expect(SentenceSegmenter.wordBeforeFinalPeriod(slice("Экз. № 2 Экз.")) == "Экз")
        #expect(SentenceSegmenter.wordBeforeFinalPeriod(slice("No. 2084.")) == nil)
        #expect(SentenceSegmenter.wordBeforeFinalPeriod(slice("конец!")) == nil)
        #expect(SentenceSegmenter.isListMarker(slice("1. ")))
        #expect(SentenceSegmenter.isListMarker(slice("IV.")))
        #expect(!SentenceSegmenter.isListMarker(slice("1952.")))
        #expect(!SentenceSegmenter.isListMarker(slice("Да.")))
        #expect(SentenceSegmenter.firstCharacter(slice("  „Товарищу")) == "Т")
        #expect(SentenceSegmenter.firstCharacter(slice("   ")) == nil)
    }
}

@Suite("SentenceSegmenter: dialogue and quotation")
struct SentenceSegmenterDialogueTests {
    @Test("A question with its attribution, then the reply, is two sentences in both languages", arguments: [
        ("ru", "— Куда ты идёшь? — спросил он. — Домой.", ["— Куда ты идёшь? — спросил он.", "— Домой."]),
        ("en", "\"Where are you going?\" he asked. \"Home.\"", ["\"Where are you going?\" he asked.", "\"Home.\""]),
    ])
    func questionAttributionReply(language: String, text: String, expected: [String]) throws {
        #expect(try Segment.sentences(text, language: language) == expected)
    }

    @Test("A lower-case attribution after `?` or `!` (with quotes, an ellipsis or a dash) does not end the sentence", arguments: [
        ("ru", "«Стой!» — крикнул он.", ["«Стой!» — крикнул он."]),
        ("ru", "— Как? — удивилась она.", ["— Как? — удивилась она."]),
        ("ru", "«Неужели вы не понимаете?» — тихо сказала княжна и отвернулась к окну.",
         ["«Неужели вы не понимаете?» — тихо сказала княжна и отвернулась к окну."]),
        ("ru", "— Да неужели?.. — прошептал Алёша, бледнея.", ["— Да неужели?.. — прошептал Алёша, бледнея."]),
        ("ru", "— Вы ли это, Пётр Степанович?! — вскричал старик и привстал с кресла.",
         ["— Вы ли это, Пётр Степанович?! — вскричал старик и привстал с кресла."]),
        ("ru", "«Что же мне делать?» спросил он себя в сотый раз.", ["«Что же мне делать?» спросил он себя в сотый раз."]),
        ("en", "\"Stop!\" she cried.", ["\"Stop!\" she cried."]),
        ("en", "\"Do you not understand?\" the princess said quietly, and turned to the window.",
         ["\"Do you not understand?\" the princess said quietly, and turned to the window."]),
        ("en", "‘Is it really you?’ asked the old man, rising from his chair.",
         ["‘Is it really you?’ asked the old man, rising from his chair."]),
        ("en", "“Enough!” cried Rogozhin. “Enough, I say!”", ["“Enough!” cried Rogozhin.", "“Enough, I say!”"]),
        ("en", "\"Can it be?…\" whispered Alyosha, turning pale.", ["\"Can it be?…\" whispered Alyosha, turning pale."]),
    ])
    func attributionAfterQuestionOrExclamation(language: String, text: String, expected: [String]) throws {
        #expect(try Segment.sentences(text, language: language) == expected)
    }

    @Test("A dash opening a capitalised reply after a sentence end starts a new sentence", arguments: [
        ("ru", "— Вы давно в Петербурге? — Третий день. — А где остановились?",
         ["— Вы давно в Петербурге?", "— Третий день.", "— А где остановились?"]),
        ("ru", "— Куда? — Домой.", ["— Куда?", "— Домой."]),
        ("ru", "— Не пойду! — Пойдёшь, голубчик, пойдёшь.", ["— Не пойду!", "— Пойдёшь, голубчик, пойдёшь."]),
        ("ru", "— Я всё сказал, — ответил князь и встал. — Теперь ваша очередь.",
         ["— Я всё сказал, — ответил князь и встал.", "— Теперь ваша очередь."]),
        ("ru", "— Не знаю… — Так узнайте!", ["— Не знаю…", "— Так узнайте!"]),
        ("ru", "«Прощайте», — сказала она. — «Прощайте», — повторил он.",
         ["«Прощайте», — сказала она.", "— «Прощайте», — повторил он."]),
        ("ru", "— Стой! — крикнул он. — Стой, говорю тебе!", ["— Стой! — крикнул он.", "— Стой, говорю тебе!"]),
        ("ru", "— Куда ты? – спросила мать. – На службу.", ["— Куда ты? – спросила мать.", "– На службу."]),
        ("en", "— Have you been long in Petersburg? — Three days. — And where are you staying?",
         ["— Have you been long in Petersburg?", "— Three days.", "— And where are you staying?"]),
        ("en", "— Where to? — asked the coachman. — Home.", ["— Where to? — asked the coachman.", "— Home."]),
    ])
    func dashOpensReply(language: String, text: String, expected: [String]) throws {
        #expect(try Segment.sentences(text, language: language) == expected)
    }

    @Test("An ellipsis after `?` or `!` stays with it (ICU breaks between them)", arguments: [
        ("ru", "— Правда?… — прошептал он.", ["— Правда?… — прошептал он."]),
        ("ru", "— Не знаю?… — Так узнайте!", ["— Не знаю?…", "— Так узнайте!"]),
        ("en", "\"Really?…\" He stood up.", ["\"Really?…\"", "He stood up."]),
        ("en", "Enough!…", ["Enough!…"]),
    ])
    func ellipsisAfterQuestion(language: String, text: String, expected: [String]) throws {
        #expect(try Segment.sentences(text, language: language) == expected)
    }

    @Test("Without a quote or a dash a lower-case word after `?` is not taken for an attribution", arguments: [
        ("en", "Where are you going? he asked.", ["Where are you going?", "he asked."]),
        ("ru", "Да? конечно.", ["Да?", "конечно."]),
    ])
    func bareQuestionStaysSplit(language: String, text: String, expected: [String]) throws {
        #expect(try Segment.sentences(text, language: language) == expected)
    }

    @Test("A whole exchange in one paragraph, Russian and English", arguments: [
        ("ru", "— Ну что, батюшка, решились? — спросила старуха, не поднимая глаз. — Решился. — И не жаль вам? — Нет! — отрезал он и вышел.",
         ["— Ну что, батюшка, решились? — спросила старуха, не поднимая глаз.", "— Решился.",
          "— И не жаль вам?", "— Нет! — отрезал он и вышел."]),
        ("en", "\"Well, sir, have you made up your mind?\" the old woman asked, not raising her eyes. \"I have.\" \"And you are not sorry?\" \"No!\" he snapped, and went out.",
         ["\"Well, sir, have you made up your mind?\" the old woman asked, not raising her eyes.", "\"I have.\"",
          "\"And you are not sorry?\"", "\"No!\" he snapped, and went out."]),
    ])
    func wholeExchange(language: String, text: String, expected: [String]) throws {
        #expect(try Segment.sentences(text, language: language) == expected)
    }

    @Test("Ordinary text keeps its sentences: news, abbreviations, dashes inside a sentence", arguments: [
        ("ru", "Москва — столица России. Заседание открылось в 10 ч. утра.", ["Москва — столица России.", "Заседание открылось в 10 ч. утра."]),
        ("ru", "Договор подписан в 1952 г. — Москва, Кремль. Текст прилагается.",
         ["Договор подписан в 1952 г. — Москва, Кремль.", "Текст прилагается."]),
        ("ru", "Передать т. Сталину лично. — Всё?", ["Передать т. Сталину лично.", "— Всё?"]),
        ("ru", "Подписал И. В. — Сталин. Конец.", ["Подписал И. В. — Сталин.", "Конец."]),
        ("ru", "Правительство объявило о снижении цен. Это решение — важный шаг.",
         ["Правительство объявило о снижении цен.", "Это решение — важный шаг."]),
        ("ru", "Он ушёл. — подумала она с досадой.", ["Он ушёл. — подумала она с досадой."]),
        ("ru", "Что делать? Кто виноват? Эти вопросы звучат до сих пор.", ["Что делать?", "Кто виноват?", "Эти вопросы звучат до сих пор."]),
        ("en", "The minister arrived on Monday. Talks began at 9 a.m. sharp. Mr. Smith declined to comment.",
         ["The minister arrived on Monday.", "Talks began at 9 a.m. sharp.", "Mr. Smith declined to comment."]),
        ("en", "Will prices rise? Analysts expect so. Exports fell by 3 per cent in May — the worst month since 1951.",
         ["Will prices rise?", "Analysts expect so.", "Exports fell by 3 per cent in May — the worst month since 1951."]),
        ("en", "Stop! Police!", ["Stop!", "Police!"]),
    ])
    func ordinaryText(language: String, text: String, expected: [String]) throws {
        #expect(try Segment.sentences(text, language: language) == expected)
    }

    @Test("Hostile dialogue punctuation: the spans tile the text and nothing crashes", arguments: [
        "—", "— — —", "—\u{2014}—Да", "\"\"\"", "«»«»", "?!?!", "?! — ", " — ?", ". — А", "! — а", "?» — ", "— ?»",
        "…—…—", "\u{2029}— Да? —\u{2029}— Нет.", "‼ — Ох", "“?” ‘!’ «?» — а",
        String(repeating: "?!", count: 5000),
        String(repeating: "— Да? — ", count: 3000),
        String(repeating: "«Ой!» — сказал он. ", count: 2000),
        String(repeating: " —", count: 5000) + String(repeating: "\"", count: 5000),
    ])
    func hostileDialogue(text: String) throws {
        let units = Array(text.utf16)
        for language in ["ru", "en"] {
            let spans = try SentenceSegmenter(language: language).split(units)
            #expect(spans.first?.lowerBound == 0)
            #expect(spans.last?.upperBound == units.count)
            for (a, b) in zip(spans, spans.dropFirst()) { #expect(a.upperBound == b.lowerBound && !a.isEmpty) }
            #expect(spans.last?.isEmpty == false)
        }
    }

    @Test("A long exchange splits into one sentence per reply")
    func longExchange() throws {
        let text = String(repeating: "— Да? — Да. ", count: 500)
        #expect(try Segment.sentences(text, language: "ru").count == 1000)
    }

    @Test("Helpers: attribution after `?`/`!` and the dashes that open a reply")
    func helpers() {
        func slice(_ s: String) -> ArraySlice<UInt16> { ArraySlice(Array(s.utf16)) }
        #expect(DialoguePunctuation.continuesWithAttribution(after: slice("\"Stop!\" "), before: slice("she cried.")))
        #expect(DialoguePunctuation.continuesWithAttribution(after: slice("«Куда?» — "), before: slice("спросил он.")))
        #expect(DialoguePunctuation.continuesWithAttribution(after: slice("Куда?.. "), before: slice("— спросил он.")))
        #expect(!DialoguePunctuation.continuesWithAttribution(after: slice("\"Stop!\" "), before: slice("She cried.")))
        #expect(!DialoguePunctuation.continuesWithAttribution(after: slice("He left. "), before: slice("she cried.")))
        #expect(!DialoguePunctuation.continuesWithAttribution(after: slice(""), before: slice("")))
        #expect(!DialoguePunctuation.continuesWithAttribution(after: slice("?"), before: slice(" — ")))
        #expect(!DialoguePunctuation.continuesWithAttribution(after: slice("Why? "), before: slice("he asked.")))
        #expect(DialoguePunctuation.sentenceEndCarriedOver(from: slice("Правда?"), into: slice("…» Он")) == 3)
        #expect(DialoguePunctuation.sentenceEndCarriedOver(from: slice("Правда? "), into: slice("…» Он")) == 0)
        let units = slice("— Куда? — спросил он. — Домой.")
        #expect(DialoguePunctuation.replyDashes(in: units) == [22])
        #expect(DialoguePunctuation.replyDashes(in: slice("— Куда? — Домой.")) == [8])
        #expect(DialoguePunctuation.replyDashes(in: slice("Москва — Столица.")).isEmpty)
        #expect(DialoguePunctuation.replyDashes(in: slice("Всё.— Нет.")).isEmpty)
        #expect(DialoguePunctuation.replyDashes(in: slice("«Да». — «Нет».")) == [6])
    }
}
