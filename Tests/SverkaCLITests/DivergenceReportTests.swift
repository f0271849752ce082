import Foundation
import Testing
import SverkaTestSupport

/// The divergence report end to end, through `sverka align --format json` with the defaults:
/// sentences dropped inside a paragraph pair, passages moved elsewhere, paragraphs swallowed by a
/// many-to-one bead, markers answered by markers, confidences. The texts were written for these
/// tests.
@Suite("Divergence report: inside paragraph pairs, moves, confidence")
struct DivergenceReportTests {
    static let ru = [
        "Совет директоров компании «Северсталь» собрался 12 марта в Череповце.",
        "Председатель совета Алексей Мордашов открыл заседание докладом о работе за 2019 год. Он сообщил, что выручка выросла на 7 процентов. Затем он предложил утвердить бюджет на следующий год.",
        "Члены совета задали вопросы о новых проектах в Вологде и Мурманске.",
        "Бюджет был утверждён единогласно, и заседание закрылось в 18 часов.",
        "Следующее заседание назначено на 14 апреля в Москве.",
    ]
    static let en = [
        "The board of directors of Severstal met on 12 March in Cherepovets.",
        "The chairman of the board, Alexei Mordashov, opened the meeting with a report on the work in 2019. He said that revenue had grown by 7 percent. Then he proposed to approve the budget for the next year.",
        "Board members asked questions about the new projects in Vologda and Murmansk.",
        "The budget was approved unanimously, and the meeting closed at 18 hours.",
        "The next meeting is scheduled for 14 April in Moscow.",
    ]

    /// The divergences of aligning `ru` with `en` (paragraphs, blank lines between) with `options`.
    static func divergences(_ ru: [String], _ en: [String], _ options: [String] = []) throws -> [[String: Any]] {
        let folder = try TemporaryDirectory()
        let result = try SverkaProcess.run(["align", try folder.file("ru.txt", text: ru.joined(separator: "\n\n")),
                                            try folder.file("en.txt", text: en.joined(separator: "\n\n")), "--format", "json"] + options)
        try #require(result.status == 0, "\(result)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require((json["diagnosis"] as? [String: Any])?["divergences"] as? [[String: Any]])
    }

    static func describe(_ divergences: [[String: Any]]) -> String {
        divergences.map { "\($0["kind"] ?? ""): \($0["reason"] ?? "")" }.joined(separator: " | ")
    }

    @Test("a faithful translation has no warning")
    func faithful() throws {
        let found = try Self.divergences(Self.ru, Self.en)
        #expect(!found.contains { $0["severity"] as? String != "info" }, "\(Self.describe(found))")
    }

    @Test("a sentence dropped from a translated paragraph is reported on its paragraph, with its own line and text")
    func droppedSentence() throws {
        var en = Self.en
        en[1] = "The chairman of the board, Alexei Mordashov, opened the meeting with a report on the work in 2019. Then he proposed to approve the budget for the next year."
        let found = try Self.divergences(Self.ru, en)
        let item = try #require(found.first { $0["kind"] as? String == "untranslated" }, "\(Self.describe(found))")
        #expect(item["level"] as? String == "paragraph" && item["source"] as? [Int] == [1] && item["target"] as? [Int] == [])
        #expect((item["sourceExcerpt"] as? String)?.hasPrefix("Он сообщил, что выручка выросла") == true)
        #expect(item["sourceLine"] as? Int == 3)
        // The number the dropped sentence held is reported too, by value.
        #expect(found.contains { $0["kind"] as? String == "number-mismatch" && ($0["reason"] as? String)?.contains("7") == true })
    }

    @Test("a paragraph the translation moves elsewhere is reported as moved at both places, not as untranslated and added")
    func moved() throws {
        let found = try Self.divergences(Self.ru, [Self.en[0], Self.en[2], Self.en[3], Self.en[1], Self.en[4]])
        let moved = found.filter { $0["kind"] as? String == "moved" }
        #expect(moved.count == 2, "\(Self.describe(found))")
        #expect(moved.contains { $0["source"] as? [Int] == [1] } && moved.contains { $0["target"] as? [Int] == [3] })
        #expect(!found.contains { ["untranslated", "added"].contains($0["kind"] as? String) })
        #expect(moved.allSatisfy { ($0["confidence"] as? Double ?? 0) >= 0.8 })
    }

    @Test("a paragraph left out and swallowed by its neighbour's bead is reported as untranslated")
    func absorbedParagraph() throws {
        let ru = Self.ru + ["Итоги заседания будут опубликованы на сайте компании.", "Акционеры получат уведомление по почте."]
        let en = Self.en + ["The results of the meeting will be published on the company website."]
        let found = try Self.divergences(ru, en)
        #expect(found.contains { $0["kind"] as? String == "untranslated" && ($0["sourceExcerpt"] as? String)?.hasPrefix("Акционеры") == true },
                "\(Self.describe(found))")
    }

    @Test("a marker of omission answered by a marker is no divergence")
    func markersBothSides() throws {
        let found = try Self.divergences([Self.ru[0], "...", Self.ru[4]], [Self.en[0], "...", Self.en[4]])
        #expect(!found.contains { ["omission-marker", "untranslated", "added"].contains($0["kind"] as? String) }, "\(Self.describe(found))")
    }

    @Test("every divergence has a confidence in [0, 1] and its evidence; the least confident are left out on request")
    func confidence() throws {
        var en = Self.en
        en[4] = "The next meeting is scheduled for 15 April in Kazan."
        let all = try Self.divergences(Self.ru, en)
        #expect(!all.isEmpty)
        #expect(all.allSatisfy { ($0["confidence"] as? Double).map { (0...1).contains($0) } ?? false })
        #expect(all.allSatisfy { $0["evidence"] is [String] })
        let number = try #require(all.first { $0["kind"] as? String == "number-mismatch" })
        #expect((number["evidence"] as? [String])?.contains { $0.contains("14") } == true)
        let filtered = try Self.divergences(Self.ru, en, ["--min-divergence-confidence", "0.99"])
        #expect(filtered.count < all.count)
        #expect(filtered.allSatisfy { ($0["confidence"] as? Double ?? 0) >= 0.99 })
    }
}
