import Testing
import SverkaIngest
@testable import SverkaSegment

/// A sentence's or paragraph's plain text reuses its text when collapsing changes nothing; it must
/// always be what collapsing the masked units gives.
@Suite("Plain text")
struct PlainTextTests {
    /// Random texts over letters, spaces, tabs, line ends and markup characters.
    static func text(seed: UInt64) -> String {
        var state = seed
        let pieces = ["а", "b", "Я", " ", " ", "  ", "\t", "\n", "\n\n", "*", "**", "_", "# ", "> ", "1. ", "\u{00A0}", ".", "!"]
        var out = ""
        for _ in 0..<200 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            out += pieces[Int((state >> 33) % UInt64(pieces.count))]
        }
        return out
    }

    @Test("plain is the collapsed masked text of every paragraph and sentence, in both modes", arguments: 0..<30)
    func plainIsCollapsedMask(seed: Int) throws {
        let text = Self.text(seed: UInt64(seed))
        for mode in [DocumentSegmenter.Mode.running, .presegmented] {
            let document = try DocumentSegmenter(language: "ru", mode: mode).segment(DecodedText(name: "t", text: text))
            let units = Array(document.text.utf16)
            for paragraph in document.paragraphs {
                let masked = MarkupMask.mask(units[paragraph.range])
                #expect(paragraph.plain == MarkupMask.collapseWhitespace(masked[...]))
                for sentence in document.sentences[paragraph.sentenceRange] {
                    let relative = (sentence.range.lowerBound - paragraph.range.lowerBound)..<(sentence.range.upperBound - paragraph.range.lowerBound)
                    #expect(sentence.plain == MarkupMask.collapseWhitespace(masked[relative]), "\(sentence.text)")
                }
            }
        }
    }

    @Test("a clean line's plain text is its text")
    func cleanLine() throws {
        let document = try DocumentSegmenter(language: "ru", mode: .presegmented)
            .segment(DecodedText(name: "t", text: "Получено 12 июля 1952 г.\n  Отпечатано 3 экз.  \n"))
        #expect(document.sentences.map(\.plain) == ["Получено 12 июля 1952 г.", "Отпечатано 3 экз."])
        #expect(document.sentences.map(\.plain) == document.sentences.map(\.text))
    }
}
