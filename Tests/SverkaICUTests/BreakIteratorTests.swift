import Testing
@testable import SverkaICU

@Suite("BreakIterator: ICU sentence and word boundaries")
struct BreakIteratorTests {
    @Test("Sentence segments tile the text and split at sentence ends")
    func sentenceSegmentsTile() throws {
        let text = "Мы считаем необходимым. Если мы не проявим активности, то противник не будет считаться с нами."
        let units = Array(text.utf16)
        let iterator = try BreakIterator(kind: .sentence, locale: "ru")
        let segments = iterator.segments(of: units)
        #expect(segments.count == 2)
        #expect(segments.first?.start == 0)
        #expect(segments.last?.end == units.count)
        for (a, b) in zip(segments, segments.dropFirst()) { #expect(a.end == b.start) }
        let first = String(decoding: units[segments[0].start..<segments[0].end], as: UTF16.self)
        #expect(first == "Мы считаем необходимым. ") // ICU keeps the trailing space with the sentence
    }

    @Test("Plain ICU breaks after an abbreviation before a capital (what SentenceSegmenter repairs)")
    func icuBreaksAfterAbbreviation() throws {
        let units = Array("Передать т. Сталину лично.".utf16)
        let segments = try BreakIterator(kind: .sentence, locale: "ru").segments(of: units)
        #expect(segments.count == 2)
    }

    @Test("Empty text has no segments")
    func emptyText() throws {
        #expect(try BreakIterator(kind: .sentence, locale: "en").segments(of: []).isEmpty)
        #expect(try BreakIterator(kind: .word, locale: "en").segments(of: []).isEmpty)
    }

    @Test("Word statuses: letters 200–299, numbers 100–199, spaces and punctuation below 100")
    func wordStatuses() throws {
        let text = "ПВО 10 полков."
        let units = Array(text.utf16)
        let iterator = try BreakIterator(kind: .word, locale: "ru")
        let pieces = iterator.segments(of: units).map {
            (String(decoding: units[$0.start..<$0.end], as: UTF16.self), $0.status)
        }
        #expect(pieces.map(\.0) == ["ПВО", " ", "10", " ", "полков", "."])
        #expect((200..<300).contains(pieces[0].1))
        #expect(pieces[1].1 < 100)
        #expect((100..<200).contains(pieces[2].1))
        #expect((200..<300).contains(pieces[4].1))
        #expect(pieces[5].1 < 100)
    }

    @Test("A long text (more boundaries than the first buffer guess) is still tiled exactly")
    func longTextGrowsBuffer() throws {
        let text = String(repeating: "Да. ", count: 2_000)
        let units = Array(text.utf16)
        let segments = try BreakIterator(kind: .sentence, locale: "ru").segments(of: units)
        #expect(segments.count == 2_000)
        #expect(segments.last?.end == units.count)
        let words = try BreakIterator(kind: .word, locale: "ru").segments(of: units)
        #expect(words.count == 6_000) // "Да", "." and " " for each sentence
    }

    @Test("The iterator remembers its kind and locale")
    func properties() throws {
        let iterator = try BreakIterator(kind: .word, locale: "en")
        #expect(iterator.kind == .word)
        #expect(iterator.locale == "en")
    }
}
