import Testing
@testable import SverkaDiagnose
import SverkaAlign
import SverkaIngest
import SverkaSegment

@Suite("DivergenceDetector")
struct DivergenceDetectorTests {
    func diagnose(_ ru: String, _ en: String, level: AlignmentLevel = .paragraph) throws -> Diagnosis {
        let source = try DocumentSegmenter(language: "ru").segment(DecodedText(name: "ru", text: ru))
        let target = try DocumentSegmenter(language: "en").segment(DecodedText(name: "en", text: en))
        let result = try DocumentAligner().align(source: source, target: target)
        return try DivergenceDetector().diagnose(result, level: level)
    }

    let ru = """
        Ваша телеграмма от 3.00 15 июля 1952 года получена.

        В результате тщательного изучения и обсуждения ее, мы пришли к единогласному выводу.

        Мы считаем необходимым активизацию военных действий в длительной борьбе с противником, по крайней мере на 10 полков.

        Поэтому предлагаем осуществить следующие срочные мероприятия на фронте и в тылу к 1 августа 1952 года.

        Противник непременно воспользуется этой нашей слабостью, как в 1950 и 1951 годах у 38 параллели под Пхеньяном и Сеулом, для дальнейшего нажима на нас, что приведет к новым провокациям со стороны противника. Тогда, будучи в невыгодном положении, мы, возможно, потерпим еще большие неудачи.

        Прошу Вас рассмотреть вышеизложенные мнения до 1953 года и принять решение об оказании нам помощи.
        """

    @Test("a faithful translation has no divergences")
    func faithful() throws {
        let en = """
            Your telegram of 3:00 15 July 1952 was received.

            As a result of careful study and discussion of it, we have arrived at a unanimous conclusion.

            We consider it necessary to activate military operations in the long struggle against the enemy, by at least 10 regiments.

            We therefore propose to implement the following urgent measures at the front and in the rear by 1 August 1952.

            The enemy will surely use this weakness of ours, as in 1950 and 1951 at the 38th parallel near Pyongyang and Seoul, for further pressure on us, which will lead to new provocations from the side of the enemy. Then, being in a disadvantageous position, we possibly will suffer even greater failures.

            I ask you to review the opinions indicated above before 1953 and to make a decision about rendering us assistance.
            """
        let diagnosis = try diagnose(ru, en)
        #expect(diagnosis.divergences.isEmpty, "\(diagnosis.divergences.map(\.reason))")
    }

    @Test("a left-out paragraph, a changed number, Cyrillic left in, an added note and an insertion are all found")
    func divergences() throws {
        let en = """
            Your telegram of 3:00 15 July 1953 was received.

            As a result of careful study and discussion of it, we have arrived at a unanimous conclusion.

            We consider it necessary to activate military operations [on land] in the long struggle against the enemy, by at least 10 regiments.

            We therefore propose to implement the following urgent measures at the front and in the rear by 1 August 1952.

            I ask you to review the opinions indicated above before 1953 and to make a decision about rendering us помощи.

            [Translator's note: illegible.]
            """
        let diagnosis = try diagnose(ru, en)
        let kinds = Set(diagnosis.divergences.map(\.kind))
        #expect(kinds.contains(.untranslated))
        #expect(kinds.contains(.numberMismatch))
        #expect(kinds.contains(.sourceLanguage))
        #expect(kinds.contains(.added))
        #expect(kinds.contains(.translatorInsertion))
        let untranslated = try #require(diagnosis.divergences.first { $0.kind == .untranslated })
        #expect(untranslated.sourceExcerpt.hasPrefix("Противник непременно"))
        #expect(untranslated.sourceLine == 9)
        let number = try #require(diagnosis.divergences.first { $0.kind == .numberMismatch })
        #expect(number.reason.contains("1952") && number.reason.contains("1953"))
        #expect(number.severity == .error)
        #expect(diagnosis.divergences.first { $0.kind == .translatorInsertion }?.severity == .info)
    }

    @Test("a paragraph summarised into a line is partial, with the bounds stated")
    func partial() throws {
        var ru = (1...8).map { "Абзац номер \($0) рассказывает о восхождении на северную стену, о погоде и о маршруте подробно." }
        ru.append("Экз. № 1 тов. Сталину, Экз. № 2 тов. Молотову, Экз. № 3 тов. Маленкову, Экз. № 4 тов. Берия, Экз. № 5 тов. Микояну, Экз. № 6 тов. Кагановичу, Экз. № 7 тов. Булганину.")
        var en = (1...8).map { "Paragraph number \($0) tells of the ascent of the north face, the weather and the route in detail." }
        en.append("Copies: Stalin (2), Molotov, Malenkov, Beria, Mikoyan, Kaganovich.")
        let diagnosis = try diagnose(ru.joined(separator: "\n\n"), en.joined(separator: "\n\n"))
        let partial = try #require(diagnosis.divergences.first { $0.kind == .partial })
        #expect(partial.targetExcerpt.hasPrefix("Copies"))
        #expect(diagnosis.thresholds["lengthRatio.low"] != nil)
        #expect(diagnosis.thresholds["lengthRatio.sample"] ?? 0 >= 5, "\(diagnosis.thresholds)")
        // Булганину is left out, but with no other name in its place and no Bulganin elsewhere in
        // the translation nothing says a name is wrong: the partial bead reports the summary.
        #expect(!diagnosis.divergences.contains { $0.kind == .nameMismatch })
        // Another name in its place is evidence.
        en[8] = "Copies were sent to Stalin (2), Molotov, Malenkov, Beria, Mikoyan, Kaganovich and Voroshilov."
        let replaced = try diagnose(ru.joined(separator: "\n\n"), en.joined(separator: "\n\n"))
        #expect(replaced.divergences.contains { $0.kind == .nameMismatch && $0.reason.contains("Булганину") && $0.reason.contains("Voroshilov") })
    }

    @Test("length statistics fall back to defaults on few beads and follow the data otherwise")
    func statistics() {
        #expect(LengthRatioStatistics(pairs: [(10, 10)]).sampleSize == 0)
        let stats = LengthRatioStatistics(pairs: (0..<20).map { (100, 120 + Double($0 % 3)) })
        #expect(abs(stats.centre - 0.1906) < 0.01)
        #expect(stats.bounds(k: 3.5, floor: 0.69).lowerBound < stats.centre - 0.6)
    }

    @Test("bracketed insertions", arguments: [
        ("To Comrade FILIPPOV [Stalin]", ["[Stalin]"]),
        ("PVO [Anti-aircraft Defense] of [Supung or Shuifeng]", ["[Anti-aircraft Defense]", "[Supung or Shuifeng]"]),
        ("[...]", []),
        ("an [unclosed bracket", []),
    ])
    func insertions(text: String, expected: [String]) {
        #expect(BracketedInsertions.find(in: text) == expected)
    }
}
