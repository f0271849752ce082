import Foundation
import Testing
import Sverka
import SverkaTestSupport

/// Real kinds of documents besides the archival telegram, each with the structure that the
/// archival clean-up must not mistake for page furniture: a legal text with a table of contents and
/// recurring section headings, the same text transcribed with page numbers on the original side
/// only, a novel whose translation drops the epigraph and a chapter title, a lock-step list of
/// numbered paragraphs, and a refrain. The texts were written for these tests.
@Suite("Documents of other kinds: legal, novel, lists, refrains")
struct DocumentKindsTests {
    static let sections: [(ru: String, en: String)] = [
        ("Определения", "Definitions"), ("Предмет договора", "Subject of the Agreement"),
        ("Права и обязанности сторон", "Rights and Obligations of the Parties"), ("Срок действия", "Term"),
    ]

    /// Two body paragraphs of section `n`, in Russian and English.
    static func body(_ n: Int) -> [(ru: String, en: String)] {
        [("\(n).1. В настоящем разделе стороны договорились о порядке, в котором Лицензиар передаёт Лицензиату права на программу Сверка версии \(n).0, а также о сроках, в течение которых Лицензиат обязан сообщить о найденных ошибках. Все уведомления направляются в письменной форме по адресу, указанному в разделе \(n + 1).",
          "\(n).1. In this section the parties agree on the way in which the Licensor transfers to the Licensee the rights to the program Sverka version \(n).0, and on the time within which the Licensee must report the errors found. All notices are sent in writing to the address given in section \(n + 1)."),
         ("\(n).2. Если Лицензиат не исполнит обязанность, предусмотренную пунктом \(n).1, Лицензиар вправе приостановить передачу обновлений на \(n * 10) дней, известив Лицензиата не позднее чем за \(n + 2) рабочих дня. Споры по этому пункту рассматриваются в суде города Москвы.",
          "\(n).2. If the Licensee fails to perform the obligation under clause \(n).1, the Licensor may suspend the delivery of updates for \(n * 10) days, notifying the Licensee no later than \(n + 2) working days in advance. Disputes under this clause are heard by a court in the city of Moscow.")]
    }

    /// A licence agreement: title, table of contents, sections with headings; on the Russian side
    /// optionally a page number (`- 2 -`) after every section, as a transcription of the printed copy.
    static func agreement(pageNumbers: Bool) -> (ru: String, en: String) {
        var ru = ["ЛИЦЕНЗИОННЫЙ ДОГОВОР", "Содержание"], en = ["LICENCE AGREEMENT", "Contents"]
        for (n, title) in sections.enumerated() {
            ru.append("Раздел \(n + 1) – \(title.ru).")
            en.append("Section \(n + 1) – \(title.en).")
        }
        for (n, title) in sections.enumerated() {
            ru.append("Раздел \(n + 1) – \(title.ru).")
            en.append("Section \(n + 1) – \(title.en).")
            for paragraph in body(n + 1) {
                ru.append(paragraph.ru)
                en.append(paragraph.en)
            }
            if pageNumbers && n + 1 < sections.count { ru.append("- \(n + 2) -") }
        }
        return (ru.joined(separator: "\n\n") + "\n", en.joined(separator: "\n\n") + "\n")
    }

    static func run(_ ru: String, _ en: String, level: AlignmentLevel = .paragraph) throws -> AlignmentPipeline.Output {
        let source = try DocumentSegmenter(language: "ru").segment(DecodedText(name: "ru", text: ru))
        let target = try DocumentSegmenter(language: "en").segment(DecodedText(name: "en", text: en))
        return try AlignmentPipeline(outputLevel: level).run(source: source, target: target)
    }

    /// The paragraph beads as (source, target) index lists.
    static func beads(_ output: AlignmentPipeline.Output) throws -> [([Int], [Int])] {
        try #require(output.result.paragraphs).beads.map { ($0.source, $0.target) }
    }

    @Test("a table of contents and recurring section headings on both sides: nothing set aside, all 1-1")
    func tableOfContents() throws {
        let (ru, en) = Self.agreement(pageNumbers: false)
        let output = try Self.run(ru, en)
        let paragraphs = try #require(output.result.paragraphs)
        #expect(!paragraphs.beads.contains { $0.kind == .furniture })
        #expect(paragraphs.beads.allSatisfy { $0.source.count == 1 && $0.source == $0.target })
        #expect(output.diagnosis.divergences.filter { $0.kind == .added || $0.kind == .untranslated }.isEmpty)
    }

    @Test("page numbers on the original side only are set aside; headings stay content")
    func pageNumbersOnOneSide() throws {
        let (ru, en) = Self.agreement(pageNumbers: true)
        let output = try Self.run(ru, en)
        let paragraphs = try #require(output.result.paragraphs)
        let source = output.result.source
        let furniture = paragraphs.beads.filter { $0.kind == .furniture }.flatMap(\.source).map { source.paragraphs[$0].plain }
        #expect(furniture == ["- 2 -", "- 3 -", "- 4 -"])
        let content = paragraphs.beads.filter { $0.kind == .alignment }
        #expect(content.allSatisfy { $0.shape == BeadShape(1, 1) })
        #expect(content.count == output.result.target.paragraphs.count)
        for bead in content {
            let ru = source.paragraphs[bead.source[0]].plain, en = output.result.target.paragraphs[bead.target[0]].plain
            #expect(ru.hasPrefix("Раздел") == en.hasPrefix("Section"), "\(ru) / \(en)")
        }
    }

    @Test("a translation that drops the epigraph and a chapter title: the rest stays paired, chapter by chapter")
    func novel() throws {
        let ru = """
        ОСЕННИЙ САД

        Всякая осень начинается с письма, которое никто не отправлял.

        Из старой тетради

        Глава I

        Письмо

        Анна Сергеевна получила письмо в четверг, когда над Тверью уже третий день шёл дождь. Она долго вертела конверт в руках, не решаясь его открыть, и только к вечеру позвала Петра.

        — Читай ты, — сказала она. — У меня дрожат руки.

        Пётр прочёл письмо вслух. Дядя Николай писал из Казани, что продаёт дом и сад, и просил приехать до первого октября.

        Глава II

        Дорога

        Они выехали через два дня, на рассвете. Дорога до Казани заняла почти неделю: под Нижним сломалось колесо, и ещё сутки они ждали кузнеца.

        В Казани их встретил сам Николай, постаревший, но всё такой же громкий. Он обнял Анну, потом Петра, и сразу повёл их смотреть сад.

        """
        let en = """
        THE AUTUMN GARDEN

        CHAPTER I

        Anna Sergeyevna received the letter on a Thursday, when it had been raining over Tver for three days. She turned the envelope over in her hands for a long time, not daring to open it, and only in the evening did she call Pyotr.

        “You read it,” she said. “My hands are shaking.”

        Pyotr read the letter aloud. Uncle Nikolai wrote from Kazan that he was selling the house and the garden, and asked them to come before the first of October.

        CHAPTER II

        The Road

        They set off two days later, at dawn. The road to Kazan took almost a week: near Nizhny a wheel broke, and they waited another day for the blacksmith.

        In Kazan they were met by Nikolai himself, older but as loud as ever. He embraced Anna, then Pyotr, and at once took them to see the garden.

        """
        // Through the command with its defaults (the dictionary pairs the two short titles).
        let folder = try TemporaryDirectory()
        let result = try SverkaProcess.run(["align", try folder.file("ru.txt", text: ru), try folder.file("en.txt", text: en),
                                            "--format", "json"])
        try #require(result.status == 0, "\(result)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let alignments = try #require(json["alignments"] as? [String: Any])
        let paragraph = try #require(alignments["paragraph"] as? [String: Any])
        let beads = try #require(paragraph["beads"] as? [[String: Any]]).map { ($0["source"] as? [Int] ?? [], $0["target"] as? [Int] ?? []) }
        func pair(_ s: Int) -> [Int]? { beads.first { $0.0.contains(s) }?.1 }
        #expect(pair(0) == [0])                       // titles
        #expect(pair(1) == [] && pair(2) == [])       // the epigraph and its source, untranslated
        #expect(pair(3) == [1])                       // Глава I ↔ CHAPTER I (alone, or with its title)
        #expect(pair(4) == [] || pair(4) == [1])      // the dropped chapter title: one-sided, or with its heading
        #expect(pair(5) == [2] && pair(6) == [3] && pair(7) == [4])
        #expect(pair(8) == [5] && pair(9) == [6] && pair(10) == [7] && pair(11) == [8])
        #expect(!beads.contains { $0.0.isEmpty })     // nothing added
        let diagnosis = try #require(json["diagnosis"] as? [String: Any])
        let divergences = try #require(diagnosis["divergences"] as? [[String: Any]])
        #expect(divergences.contains { $0["kind"] as? String == "untranslated" && ($0["source"] as? [Int])?.contains(1) == true })
    }

    /// Short numbered paragraphs (a list of rules, a glossary) in lock-step.
    static let items: [(ru: String, en: String)] = [
        ("Закройте окно.", "Close the window."), ("Проверьте питание.", "Check the power supply."),
        ("Нажмите кнопку «Пуск».", "Press the Start button."), ("Подождите.", "Wait."),
        ("Введите пароль администратора.", "Enter the administrator password."), ("Готово.", "Done."),
        ("Повторите шаги 2 и 3.", "Repeat steps 2 and 3."), ("Выключите компьютер.", "Turn the computer off."),
        ("Да.", "Yes."), ("Сохраните файл на диск D.", "Save the file to drive D."),
    ]

    @Test("a lock-step document of 200 short numbered paragraphs aligns all 1-1, nothing set aside or joined")
    func numberedList() throws {
        var ru: [String] = [], en: [String] = []
        for n in 0..<200 {
            let item = Self.items[(n * 7) % Self.items.count]
            ru.append("\(n + 1). \(item.ru)")
            en.append("\(n + 1). \(item.en)")
        }
        let beads = try Self.beads(try Self.run(ru.joined(separator: "\n\n"), en.joined(separator: "\n\n")))
        #expect(beads.count == 200)
        #expect(beads.enumerated().allSatisfy { $0.element.0 == [$0.offset] && $0.element.1 == [$0.offset] })
    }

    @Test("a refrain-heavy text keeps every line as content: no furniture, no joins across lines")
    func refrain() throws {
        let lines: [(ru: String, en: String)] = [
            ("Слава тебе, река, что поишь наши поля", "Glory to you, river, that waters our fields"), ("СЛАВА", "GLORY"),
            ("и снова весной приходит вода", "and again in spring the water comes"),
            ("Мы идём на берег и ждём лодку.", "We go down to the bank and wait for the boat."), ("ПРИПЕВ", "REFRAIN"),
        ]
        var ru: [String] = [], en: [String] = []
        for n in 0..<2_000 {
            ru.append("\(n + 1). \(lines[n % lines.count].ru)")
            en.append("\(n + 1). \(lines[n % lines.count].en)")
        }
        let beads = try Self.beads(try Self.run(ru.joined(separator: "\n\n"), en.joined(separator: "\n\n")))
        #expect(beads.count == 2_000)
        #expect(beads.enumerated().allSatisfy { $0.element.0 == [$0.offset] && $0.element.1 == [$0.offset] })
    }
}
