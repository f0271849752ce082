import Testing
@testable import SverkaClean
import SverkaAlign
import SverkaSegment
import SverkaTestSupport

@Suite("PageBreakJoiner and ArchivalCleaner")
struct PageBreakJoinerTests {
    @Test("continuation rules", arguments: [
        ("Китай начал помо-", "гать Корею", true),
        ("the Korean people", "are no longer alone.", true),
        ("the front line,", "which was held", true),
        ("The end.", "then it began", false),
        ("Поэтому предлагаем:", "усилить", false),
        ("a sentence without a stop", "The next one starts in capitals", false),
    ])
    func continues(previous: String, next: String, expected: Bool) {
        #expect(PageBreakJoiner.continues(previous, with: next) == expected)
    }

    @Test("the telegram's two page-broken paragraphs are rejoined, with the hyphenated word repaired")
    func telegram() throws {
        let document = try TestDocuments.corpus("wilson-113642-telegram-21646.ru.md", language: "ru")
        let side = ArchivalCleaner().side(for: document)
        let joined = side.paragraphs.filter { $0.parts.count > 1 }
        #expect(joined.count == 2)
        let first = try #require(joined.first)
        #expect(document.paragraphs[first.parts[0]].text.hasSuffix("помо-"))
        #expect(document.paragraphs[first.parts[1]].text.hasPrefix("гать"))
        #expect(first.text.contains("Китай начал помогать Корею"))
        // The sentence across the break is one unit made of two sentences.
        let spanning = try #require(side.sentences.first { $0.parts.count == 2 })
        #expect(spanning.text.hasPrefix("Однако, раз война началась, Китай начал помогать Корею"))
    }

    @Test("nothing is lost: content, furniture and markers hold every paragraph and sentence once")
    func nothingLost() throws {
        for (name, language) in [("wilson-113642-telegram-21646.ru.md", "ru"), ("wilson-113642-telegram-21646.en.md", "en"),
                                 ("wilson-113642-telegram-21646.md", "ru")] {
            let document = try TestDocuments.corpus(name, language: language)
            let side = ArchivalCleaner().side(for: document)
            let paragraphs = side.paragraphs.flatMap(\.parts) + side.furnitureParagraphs + side.omissionParagraphs
            #expect(paragraphs.sorted() == Array(0..<document.paragraphs.count), "\(name)")
            let sentences = side.sentences.flatMap(\.parts) + side.furnitureSentences + side.omissionSentences
            #expect(sentences.sorted() == Array(0..<document.sentences.count), "\(name)")
            var expected = 0
            for range in side.paragraphSentences {
                #expect(range.lowerBound == expected)
                expected = range.upperBound
            }
            #expect(expected == side.sentences.count)
        }
    }

    @Test("a constructed document: furniture between pages set aside and the broken paragraph joined")
    func constructed() throws {
        // Pages of about 450 characters, numbered, with a running head.
        let text = """
            \(Filler.paragraph(1))

            \(Filler.paragraph(4))

            \(Filler.paragraph(5))

            The expedition left the hut at four and climbed the ridge towards

            - 2 -

            THE ALPINE JOURNAL

            the summit, which they reached at noon.

            \(Filler.paragraph(2))

            \(Filler.paragraph(6))

            \(Filler.paragraph(7))

            - 3 -

            THE ALPINE JOURNAL

            \(Filler.paragraph(3))
            """
        let document = try TestDocuments.document(text, language: "en")
        let side = ArchivalCleaner().side(for: document)
        #expect(side.furnitureParagraphs == [4, 5, 10, 11])
        #expect(side.paragraphs.map(\.parts) == [[0], [1], [2], [3, 6], [7], [8], [9], [12]])
        #expect(side.paragraphs[3].text == "The expedition left the hut at four and climbed the ridge towards the summit, which they reached at noon.")
        // Without pages (the same page marks a few lines apart) nothing is set aside or joined.
        let crowded = try TestDocuments.document(text.replacingOccurrences(of: Filler.paragraph(4) + "\n\n", with: "")
            .replacingOccurrences(of: Filler.paragraph(5) + "\n\n", with: "")
            .replacingOccurrences(of: Filler.paragraph(6) + "\n\n", with: "")
            .replacingOccurrences(of: Filler.paragraph(7) + "\n\n", with: ""), language: "en")
        let plain = ArchivalCleaner().side(for: crowded)
        #expect(plain.furnitureParagraphs.isEmpty)
        #expect(plain.paragraphs.allSatisfy { $0.parts.count == 1 })
    }
}
