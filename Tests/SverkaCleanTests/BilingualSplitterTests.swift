import Testing
@testable import SverkaClean
import SverkaICU
import SverkaIngest
import SverkaSegment

@Suite("BilingualSplitter")
struct BilingualSplitterTests {
    @Test("the telegram splits into catalogue header, Russian original and English translation, nothing lost")
    func telegram() throws {
        let decoded = try TestDocuments.corpusText("wilson-113642-telegram-21646.md")
        let document = try DocumentSegmenter(language: "und").segment(decoded)
        let splitter = BilingualSplitter()
        let split = try splitter.split(document)
        #expect(split.originalLanguage == "ru" && split.translationLanguage == "en")
        #expect(split.front.lowerBound == 0 && split.front.upperBound == split.original.lowerBound)
        #expect(split.original.upperBound == split.translation.lowerBound && split.translation.upperBound == document.paragraphs.count)
        #expect(document.paragraphs[split.original.lowerBound].text == "7. Сталину 72")
        #expect(document.paragraphs[split.translation.lowerBound].text.hasPrefix("## SECOND MAIN ADMINISTRATION"))
        #expect(document.paragraphs[split.front.upperBound - 1].text.hasPrefix("Original Scan"))

        let parts = splitter.parts(of: decoded, split: split, document: document)
        // The parts match the hand-made split in Corpus/ and keep their line numbers.
        let handRu = try TestDocuments.corpusText("wilson-113642-telegram-21646.ru.md").text
        let handEn = try TestDocuments.corpusText("wilson-113642-telegram-21646.en.md").text
        #expect(parts.original.text + "\n" == handRu)
        #expect(parts.translation.text.trimmingCharacters(in: .newlines) == handEn.trimmingCharacters(in: .newlines))
        #expect(parts.original.firstLine == 27 && parts.translation.firstLine == 194)
        // Every paragraph once: the three parts, re-segmented, give back all paragraphs in order.
        let texts = [parts.front, parts.original, parts.translation].compactMap { $0 }.flatMap {
            try! DocumentSegmenter(language: "und").segment($0).paragraphs.map(\.text)
        }
        #expect(texts == document.paragraphs.map(\.text))
    }

    @Test("a file in one script cannot be split")
    func oneScript() throws {
        let document = try TestDocuments.document("Only English here.\n\nAnd here.", language: "en")
        #expect(throws: BilingualSplitter.SplitError.self) { try BilingualSplitter().split(document) }
    }

    @Test("without a header, the split has an empty front")
    func noFront() throws {
        let document = try TestDocuments.document("Привет, мир.\n\nВторой абзац.\n\nHello, world.\n\nSecond paragraph.", language: "und")
        let split = try BilingualSplitter().split(document)
        #expect(split.front.isEmpty && split.original == 0..<2 && split.translation == 2..<4)
    }
}

import Foundation
import SverkaTestSupport
