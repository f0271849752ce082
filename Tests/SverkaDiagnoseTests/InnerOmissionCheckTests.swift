import Testing
@testable import SverkaDiagnose
import SverkaAlign
import SverkaIngest
import SverkaSegment

/// Sentences left alone inside a paragraph pair (``InnerOmissionCheck``).
@Suite("InnerOmissionCheck")
struct InnerOmissionCheckTests {
    let ru = """
        Ваша телеграмма от 3.00 15 июля 1952 года получена.

        В 1950 году у 38 параллели было 12 полков. В 1951 году под Пхеньяном осталось 10 полков. К 1 августа 1952 года их стало 14.

        Прошу Вас рассмотреть вышеизложенные мнения до 1953 года и принять решение об оказании нам помощи.
        """

    /// The paragraph-level divergences of `en` against `ru` when the paragraphs pair one to one
    /// and the sentence alignment pairs the sentences in order, leaving the fourth sentence of
    /// the translation (the second of its second paragraph) alone: what the aligner does when it
    /// cannot merge that sentence with a neighbour.
    func diagnose(_ en: String) throws -> Diagnosis {
        let source = try DocumentSegmenter(language: "ru").segment(DecodedText(name: "ru", text: ru))
        let target = try DocumentSegmenter(language: "en").segment(DecodedText(name: "en", text: en))
        try #require(source.paragraphs.count == 3 && target.paragraphs.count == 3)
        try #require(source.sentences.count == 5 && target.sentences.count == 6)
        let paragraphs = Alignment(level: .paragraph, sourceCount: 3, targetCount: 3,
                                   beads: (0..<3).map { Bead(source: [$0], target: [$0], cost: -5, confidence: 0.99) })
        let pairs: [([Int], [Int])] = [([0], [0]), ([1], [1]), ([], [2]), ([2], [3]), ([3], [4]), ([4], [5])]
        let sentences = Alignment(level: .sentence, sourceCount: 5, targetCount: 6,
                                  beads: pairs.map { Bead(source: $0.0, target: $0.1, cost: $0.0.isEmpty ? 4.5 : -5, confidence: 0.99) })
        let result = DocumentAlignment(source: source, target: target, paragraphs: paragraphs, sentences: sentences, lengthRatio: 1.1)
        return try DivergenceDetector().diagnose(result, level: .paragraph)
    }

    @Test("a short sentence alone in a translated paragraph is information, a long one a warning")
    func addedSentenceSeverity() throws {
        let short = try #require(try diagnose("""
            Your telegram of 3:00 15 July 1952 was received.

            In 1950 there were 12 regiments at the 38th parallel. Alas. In 1951, 10 regiments remained near Pyongyang. By 1 August 1952 there were 14.

            I ask you to review the opinions indicated above before 1953 and to make a decision about rendering us assistance.
            """).divergences.first { $0.kind == .added }, "the lone sentence is reported")
        #expect(short.targetExcerpt == "Alas.")
        #expect(short.target == [1] && short.targetLine == 3)
        #expect(short.severity == .info)

        let long = try #require(try diagnose("""
            Your telegram of 3:00 15 July 1952 was received.

            In 1950 there were 12 regiments at the 38th parallel. The headquarters staff exaggerated this figure considerably. In 1951, 10 regiments remained near Pyongyang. By 1 August 1952 there were 14.

            I ask you to review the opinions indicated above before 1953 and to make a decision about rendering us assistance.
            """).divergences.first { $0.kind == .added })
        #expect(long.targetExcerpt.hasPrefix("The headquarters staff"))
        #expect(long.severity == .warning)
    }
}
