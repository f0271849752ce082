import Testing
@testable import SverkaClean
import SverkaSegment
import SverkaTestSupport

@Suite("PageStructure: whether a document shows pages at all")
struct PageStructureTests {
    /// A page's worth of text: five content paragraphs (about 650 characters).
    static func page(_ n: Int) -> [String] {
        (0..<5).map { Filler.paragraph(n * 10 + $0) }
    }

    func structure(_ paragraphs: [String], language: String = "en") throws -> PageStructure {
        PageStructureDetector().structure(of: try TestDocuments.document(paragraphs.joined(separator: "\n\n"), language: language))
    }

    @Test("the telegram's original has pages (sheet numbers in sequence, a running head); its translation has none")
    func telegram() throws {
        let russian = try TestDocuments.corpus("wilson-113642-telegram-21646.ru.md", language: "ru")
        let found = PageStructureDetector().structure(of: russian)
        #expect(found.hasPages)
        #expect(found.pageNumberSkeletons == ["лист #"])
        #expect(found.runningHeadSkeletons.contains("совершенно секретно"))
        let english = try TestDocuments.corpus("wilson-113642-telegram-21646.en.md", language: "en")
        #expect(!PageStructureDetector().structure(of: english).hasPages)
    }

    @Test("page numbers in sequence a page apart are pages; the same numbers out of sequence are not")
    func pageNumbers() throws {
        var paragraphs: [String] = []
        for n in 1...4 { paragraphs += Self.page(n) + ["- \(n + 1) -"] }
        paragraphs += Self.page(5)
        let found = try structure(paragraphs)
        #expect(found.hasPages && found.pageNumberSkeletons == ["#"])
        var shuffled: [String] = []
        for n in [3, 1, 4, 2] { shuffled += Self.page(n) + ["- \(n) -"] }
        #expect(try !structure(shuffled + Self.page(5)).hasPages)
    }

    @Test("a running head at regular page intervals is a page; a refrain every few lines is not")
    func runningHeads() throws {
        var pages: [String] = []
        for n in 1...4 { pages += ["THE ALPINE JOURNAL"] + Self.page(n) }
        #expect(try structure(pages).runningHeadSkeletons == ["the alpine journal"])
        var refrain: [String] = []
        for n in 1...60 { refrain += ["\(n). Glory to the river", "\(n). And the water comes again in spring, as it always has."] }
        #expect(try !structure(refrain).hasPages)
    }

    @Test("chapters, a table of contents and repeated headings are not pages")
    func noPages() throws {
        // Headings that recur (a table of contents, then the sections), a chapter's length apart.
        let toc = ["Contents", "Section 1 – Definitions.", "Section 2 – Scope.", "Section 3 – Terms."]
        var body: [String] = []
        for n in 1...3 {
            body += ["Section \(n) – " + ["Definitions.", "Scope.", "Terms."][n - 1]] + Self.page(n) + Self.page(n + 10)
        }
        #expect(try !structure(toc + body).hasPages)
        // Chapter numbers in sequence, but chapters are far longer and irregular.
        var novel: [String] = []
        for n in 1...4 { novel += ["Chapter \(n)"] + (0..<(n * 20)).map { Filler.paragraph(n * 100 + $0) } }
        #expect(try !structure(novel).hasPages)
        // Dialogue tags recur everywhere.
        var dialogue: [String] = []
        for n in 1...30 { dialogue += ["“Yes,” he said.", Filler.paragraph(n)] }
        #expect(try !structure(dialogue).hasPages)
    }

    @Test("a form feed between paragraphs is a page break")
    func formFeed() throws {
        let document = try TestDocuments.document(Self.page(1).joined(separator: "\n\n") + "\n\u{0C}\n" + Self.page(2).joined(separator: "\n\n"),
                                                language: "en")
        let found = PageStructureDetector().structure(of: document)
        #expect(found.formFeedBreaks == [5])
        #expect(found.hasPages)
    }
}
