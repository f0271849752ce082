import Testing
@testable import SverkaDiagnose
import SverkaAlign
import SverkaIngest
import SverkaSegment

/// Sentences left alone inside a paragraph pair (``InnerOmissionCheck``).
@Suite("InnerOmissionCheck")
struct InnerOmissionCheckTests {
    func diagnose(_ ru: String, _ en: String) throws -> Diagnosis {
        let source = try DocumentSegmenter(language: "ru").segment(DecodedText(name: "ru", text: ru))
        let target = try DocumentSegmenter(language: "en").segment(DecodedText(name: "en", text: en))
        let result = try DocumentAligner().align(source: source, target: target)
        return try DivergenceDetector().diagnose(result, level: .paragraph)
    }

    let ru = """
        Ваша телеграмма от 3.00 15 июля 1952 года получена.

        В 1950 году у 38 параллели было 12 полков. В 1951 году под Пхеньяном осталось 10 полков. К 1 августа 1952 года их стало 14.

        Прошу Вас рассмотреть вышеизложенные мнения до 1953 года и принять решение об оказании нам помощи.
        """

    @Test("a short sentence alone in a translated paragraph is information, a long one a warning")
    func addedSentenceSeverity() throws {
        let short = """
            Your telegram of 3:00 15 July 1952 was received.

            In 1950 there were 12 regiments at the 38th parallel. Alas. In 1951, 10 regiments remained near Pyongyang. By 1 August 1952 there were 14.

            I ask you to review the opinions indicated above before 1953 and to make a decision about rendering us assistance.
            """
        let shortAdded = try #require(try diagnose(ru, short).divergences.first { $0.kind == .added },
                                      "the lone sentence is reported")
        #expect(shortAdded.targetExcerpt == "Alas.")
        #expect(shortAdded.severity == .info)

        let long = """
            Your telegram of 3:00 15 July 1952 was received.

            In 1950 there were 12 regiments at the 38th parallel. The translator believes that the headquarters staff exaggerated this figure considerably. In 1951, 10 regiments remained near Pyongyang. By 1 August 1952 there were 14.

            I ask you to review the opinions indicated above before 1953 and to make a decision about rendering us assistance.
            """
        let longAdded = try #require(try diagnose(ru, long).divergences.first { $0.kind == .added })
        #expect(longAdded.targetExcerpt.hasPrefix("The translator believes"))
        #expect(longAdded.severity == .warning)
    }
}
