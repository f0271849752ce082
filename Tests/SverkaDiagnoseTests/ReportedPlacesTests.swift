import Testing
@testable import SverkaDiagnose
import SverkaAlign
import SverkaIngest
import SverkaSegment

/// Where the diagnosis looks beyond the written level: sentences dropped inside a paragraph pair,
/// passages moved elsewhere, paragraphs swallowed by a many-to-one bead, and markers answered by
/// markers. The texts were written for these tests.
@Suite("Divergences inside paragraph pairs, moves, confidence")
struct ReportedPlacesTests {
    func run(_ ru: [String], _ en: [String], level: AlignmentLevel = .paragraph,
             detector: DivergenceDetector = DivergenceDetector()) throws -> (DocumentAlignment, Diagnosis) {
        let source = try DocumentSegmenter(language: "ru").segment(DecodedText(name: "ru", text: ru.joined(separator: "\n\n")))
        let target = try DocumentSegmenter(language: "en").segment(DecodedText(name: "en", text: en.joined(separator: "\n\n")))
        let result = try DocumentAligner().align(source: source, target: target)
        return (result, try detector.diagnose(result, level: level))
    }

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

    @Test("a sentence dropped from a translated paragraph is reported on its paragraph, with its own line and text")
    func droppedSentence() throws {
        var en = Self.en
        en[1] = "The chairman of the board, Alexei Mordashov, opened the meeting with a report on the work in 2019. Then he proposed to approve the budget for the next year."
        let (_, diagnosis) = try run(Self.ru, en)
        let found = diagnosis.divergences.filter { $0.kind == .untranslated }
        #expect(found.count == 1, "\(diagnosis.divergences.map(\.reason))")
        let item = try #require(found.first)
        #expect(item.level == .paragraph && item.source == [1] && item.target == [1])
        #expect(item.sourceExcerpt.hasPrefix("Он сообщил, что выручка выросла"))
        #expect(item.reason.contains("a sentence of this paragraph"))
        // The sentence level reports it once, as a 1-0 sentence bead.
        let (_, sentences) = try run(Self.ru, en, level: .sentence)
        #expect(sentences.divergences.filter { $0.kind == .untranslated }.count == 1)
    }

    @Test("a paragraph the translation moves elsewhere is reported as moved at both places, not as untranslated and added")
    func moved() throws {
        let en = [Self.en[0], Self.en[2], Self.en[3], Self.en[1], Self.en[4]]
        let (result, diagnosis) = try run(Self.ru, en)
        let moved = diagnosis.divergences.filter { $0.kind == .moved }
        #expect(moved.count == 2, "\(diagnosis.divergences.map { "\($0.kind): \($0.reason)" })")
        #expect(moved.contains { $0.source == [1] && $0.target.isEmpty } && moved.contains { $0.target == [3] && $0.source.isEmpty })
        #expect(!diagnosis.divergences.contains { $0.kind == .untranslated || $0.kind == .added })
        #expect(result.paragraphs?.moves.count == 1)
        #expect(moved.allSatisfy { $0.confidence >= 0.8 })
    }

    @Test("a paragraph left out and absorbed into a many-to-one bead is reported, and the bead's confidence falls")
    func absorbedParagraph() throws {
        // Two short paragraphs, the second with nothing of the first's length in the translation.
        let ru = Self.ru + ["Итоги заседания будут опубликованы на сайте компании.", "Акционеры получат уведомление по почте."]
        let en = Self.en + ["The results of the meeting will be published on the company website."]
        let (result, diagnosis) = try run(ru, en)
        let beads = try #require(result.paragraphs).beads
        let last = try #require(beads.last)
        let reported = diagnosis.divergences.filter { $0.kind == .untranslated && ($0.source.contains(6)) }
        #expect(!reported.isEmpty, "\(beads.map { "\($0.source)-\($0.target)" })")
        if last.source.count > 1 { #expect(last.confidence <= 0.3) }
    }

    @Test("a marker of omission answered by a marker is no divergence")
    func markersBothSides() throws {
        let ru = [Self.ru[0], "...", Self.ru[4]]
        let en = [Self.en[0], "...", Self.en[4]]
        let (_, diagnosis) = try run(ru, en)
        #expect(!diagnosis.divergences.contains { $0.kind == .omissionMarker || $0.kind == .untranslated || $0.kind == .added },
                "\(diagnosis.divergences.map(\.reason))")
    }

    @Test("every divergence has a confidence in [0, 1], and the least confident are filtered out on request")
    func confidence() throws {
        var en = Self.en
        en[4] = "The next meeting is scheduled for 15 April in Kazan."
        let (_, all) = try run(Self.ru, en)
        #expect(!all.divergences.isEmpty)
        #expect(all.divergences.allSatisfy { (0...1).contains($0.confidence) })
        var strict = DivergenceDetector()
        strict.minDivergenceConfidence = 0.999
        let (_, filtered) = try run(Self.ru, en, detector: strict)
        #expect(filtered.divergences.count < all.divergences.count)
        #expect(filtered.divergences.allSatisfy { $0.confidence >= 0.999 })
    }
}
