import Testing
@testable import SverkaAlign

@Suite("SectionHeading and HeadingEvidence")
struct SectionHeadingTests {
    @Test("numbered headings in Russian and English, with their kind and number", arguments: [
        ("Глава II", SectionHeading.Kind.chapter, "2"),
        ("CHAPTER II", .chapter, "2"),
        ("Книга первая", .book, "1"),
        ("Book I. The History Of A Family", .book, "1"),
        ("Часть первая.", .part, "1"),
        ("BOOK FOUR: 1806", .book, "4"),
        ("Раздел 1 – Определения.", .section, "1"),
        ("Section 1 – Definitions.", .section, "1"),
        ("I.", .chapter, "1"),
        ("XII", .chapter, "12"),
        ("9.1.1. aptitude", .chapter, "9.1.1"),
        ("Том второй", .volume, "2"),
    ])
    func headings(text: String, kind: SectionHeading.Kind, number: String) {
        #expect(SectionHeading.heading(of: text) == SectionHeading.Heading(kind: kind, number: number))
    }

    @Test("sentences that merely start with a number or a Roman-looking word are no headings", arguments: [
        "I think so.", "I am a sick man.", "Only two men came to the door that evening.", "1952 was a hard year for everyone in the village.",
        "В 1806 году Николай Ростов вернулся в отпуск.", "Vivat!", "MIX the flour", "Да.", "18.7.52", "2084",
        String(repeating: "Глава ", count: 20),
    ])
    func notHeadings(text: String) {
        #expect(SectionHeading.heading(of: text) == nil)
    }

    @Test("a part does not match a chapter of the same number; an unnamed kind matches any")
    func kinds() throws {
        let part = try #require(SectionHeading.heading(of: "ЧАСТЬ ПЕРВАЯ."))
        let chapter = try #require(SectionHeading.heading(of: "CHAPTER I"))
        let bare = try #require(SectionHeading.heading(of: "I."))
        let step = try #require(SectionHeading.heading(of: "Шаг 1."))
        #expect(!part.matches(chapter))
        #expect(bare.matches(chapter))
        #expect(step.kind == nil && step.matches(chapter) && step.matches(part))
    }

    @Test("evidence: matching headings opening both sides earn the bonus; a heading inside a bead costs the penalty")
    func evidence() throws {
        let source = ["Глава I", "Было тихо.", "Глава II", "Шёл снег."]
        let target = ["CHAPTER I", "It was quiet.", "CHAPTER II", "Snow was falling."]
        let evidence = try #require(HeadingEvidence(source: source, target: target, matchBonus: 3, continuationPenalty: 2))
        #expect(evidence.bonus(source: 0..<1, target: 0..<1) == 3)
        #expect(evidence.bonus(source: 0..<1, target: 2..<3) == 0)
        #expect(evidence.bonus(source: 1..<3, target: 1..<2) == -2)
        #expect(evidence.bonus(source: 2..<4, target: 2..<4) == 3)
        #expect(HeadingEvidence(source: ["Было тихо."], target: ["It was quiet."], matchBonus: 3, continuationPenalty: 2) == nil)
    }
}
