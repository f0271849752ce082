import Testing
@testable import SverkaClean
import SverkaSegment
import SverkaTestSupport

@Suite("PageFurnitureDetector")
struct PageFurnitureDetectorTests {
    func furniture(_ text: String, language: String = "en") throws -> [String] {
        let document = try TestDocuments.document(text, language: language)
        return PageFurnitureDetector().findings(in: document).map { document.paragraphs[$0.paragraph].text }
    }

    @Test("the telegram's page breaks are furniture; the stamps above the first page are not")
    func telegram() throws {
        let document = try TestDocuments.corpus("wilson-113642-telegram-21646.ru.md", language: "ru")
        let found = PageFurnitureDetector().findings(in: document).map { document.paragraphs[$0.paragraph].text }
        #expect(found.count == 17)
        #expect(found.filter { $0 == "СОВЕРШЕННО СЕКРЕТНО" }.count == 3)
        #expect(found.contains("Лист „ 2 “") && found.contains("Лист „ 3 “") && found.contains("Лист 4"))
        #expect(found.contains("(СМ.СЛ.ЛИСТ)") && found.filter { $0 == "(см. сл. лист)" }.count == 2)
        #expect(!found.contains { $0.hasPrefix("**СОВЕРШЕННО СЕКРЕТНО**") })
        #expect(!found.contains { $0.hasPrefix("ИТ МВО") || $0.hasPrefix("Расп.") })
        // The English translation has no page apparatus.
        let english = try TestDocuments.corpus("wilson-113642-telegram-21646.en.md", language: "en")
        #expect(PageFurnitureDetector().findings(in: english).isEmpty)
    }

    @Test("lone page numbers like - 3 - between pages are furniture")
    func pageNumbers() throws {
        let text = [Filler.paragraph(1), "- 2 -", Filler.paragraph(2), "- 3 -", Filler.paragraph(3), "- 4 -", Filler.paragraph(4)]
            .joined(separator: "\n\n")
        #expect(try furniture(text) == ["- 2 -", "- 3 -", "- 4 -"])
    }

    @Test("a running header and footer with a page number are furniture, in any language")
    func runningHeaders() throws {
        var pages: [String] = []
        for page in 1...3 {
            pages.append(Filler.paragraph(page * 10))
            pages.append("Printed in Switzerland — page \(page)")
            pages.append("THE ALPINE JOURNAL 1936")
            pages.append(Filler.paragraph(page * 10 + 1))
        }
        let found = try furniture(pages.joined(separator: "\n\n"))
        #expect(found.count == 6)
        #expect(found.allSatisfy { $0.hasPrefix("Printed") || $0.hasPrefix("THE ALPINE") })
        let german = [Filler.paragraph(1), "Seite 7", "DIE ALPEN", Filler.paragraph(2), "Seite 8", "DIE ALPEN", Filler.paragraph(3)]
        #expect(try furniture(german.joined(separator: "\n\n"), language: "de") == ["Seite 7", "DIE ALPEN", "Seite 8", "DIE ALPEN"])
    }

    /// The page-edge findings of pages (paragraphs separated by blank lines) joined by form feeds.
    func pageEdges(_ pages: [[String]]) throws -> [String] {
        let document = try TestDocuments.document(pages.map { $0.joined(separator: "\n\n") + "\n" }.joined(separator: "\u{0C}"), language: "en")
        let breaks = PageStructureDetector().formFeedBreaks(in: document)
        return PageFurnitureDetector().pageEdgeFindings(in: document, pageBreaks: breaks).map { document.paragraphs[$0.paragraph].text }
    }

    @Test("with form feeds, the head and foot of every page are furniture, the first page's head and the last page's number too")
    func pageEdges() throws {
        let pages = (1...4).map { ["THE ALPINE JOURNAL", Filler.paragraph($0), Filler.paragraph($0 + 10), "– \($0) –"] }
        #expect(try pageEdges(pages) == (1...4).flatMap { ["THE ALPINE JOURNAL", "– \($0) –"] })
        // A mixed-case running head counts from three pages on; on two it may be the text's own.
        let mixed = (1...3).map { ["The Alpine Journal", Filler.paragraph($0), Filler.paragraph($0 + 10)] }
        #expect(try pageEdges(mixed) == Array(repeating: "The Alpine Journal", count: 3))
        #expect(try pageEdges(Array(mixed.prefix(2))).isEmpty)
        // Chapter headings that open pages, lines that stand at the edge of one page only, and a
        // paragraph in lower case (the end of a sentence) are text.
        let chapters = (1...3).map { ["Chapter \($0)", Filler.paragraph($0), "Yes.", Filler.paragraph($0 + 10)] }
        #expect(try pageEdges(chapters).isEmpty)
        let once = [["SECRET", Filler.paragraph(1)], [Filler.paragraph(2), "- 2 -"], [Filler.paragraph(3)]]
        #expect(try pageEdges(once).isEmpty)
    }

    @Test("short paragraphs that do not recur, or recurring dialogue, stay text")
    func noFalseFurniture() throws {
        let dialogue = [Filler.paragraph(1), "Yes.", Filler.paragraph(2), "Yes.", Filler.paragraph(3), "No, never.", Filler.paragraph(4)]
        #expect(try furniture(dialogue.joined(separator: "\n\n")).isEmpty)
        let headings = [Filler.paragraph(1), "Chapter one", Filler.paragraph(2), "The descent", Filler.paragraph(3)]
        #expect(try furniture(headings.joined(separator: "\n\n")).isEmpty)
        // Repeated lines at the very start or end are not between pages.
        let ends = ["SECRET", Filler.paragraph(1), Filler.paragraph(2), "SECRET"]
        #expect(try furniture(ends.joined(separator: "\n\n")).isEmpty)
    }
}
