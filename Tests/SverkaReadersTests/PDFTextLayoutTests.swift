import Testing
@testable import SverkaReaders

/// The rules that turn poppler's lines into text, on lines placed by hand as a page would place
/// them (12-point text, 14 points from line to line, a 72-point left margin, 6 points a character).
@Suite("PDFTextLayout: lines of a page into text")
struct PDFTextLayoutTests {
    /// A line of `text` whose top is at `top`, starting `indent` characters right of the margin.
    static func line(_ text: String, top: Double, indent: Int = 0, height: Double = 12) -> PDFLine {
        let left = 72 + 6 * Double(indent)
        return PDFLine(text: text, box: PDFLine.Box(left: left, top: top, right: left + 6 * Double(text.count), bottom: top + height))
    }

    /// Boxes for every scalar of `text`, 6 points apart on rows 14 points apart, as poppler gives them.
    static func glyphs(_ text: String) -> [PDFLine.Box] {
        var x = 72.0, y = 100.0
        return text.unicodeScalars.map { scalar in
            defer { if scalar == "\n" { x = 72; y += 14 } else { x += 6 } }
            return PDFLine.Box(left: x, top: y, right: x + 6, bottom: y + 12)
        }
    }

    @Test("poppler's text and its glyph boxes make lines with boxes; blank lines and outer white space go")
    func linesWithBoxes() {
        let text = "  Первая строка \n\nвторая\n"
        let lines = PDFLine.lines(of: text, glyphs: Self.glyphs(text))
        #expect(lines.map(\.text) == ["Первая строка", "вторая"])
        #expect(lines[0].box == PDFLine.Box(left: 84, top: 100, right: 162, bottom: 112))
        #expect(lines[1].box == PDFLine.Box(left: 72, top: 128, right: 108, bottom: 140))
    }

    @Test("glyph boxes that do not match the text (another count) give lines without boxes")
    func mismatchedLayout() {
        let lines = PDFLine.lines(of: "one\ntwo", glyphs: Self.glyphs("one\ntwo!"))
        #expect(lines.map(\.text) == ["one", "two"])
        #expect(lines.allSatisfy { $0.box == nil })
    }

    @Test("a gap wider than the line pitch becomes a blank line; lines of a paragraph stay together")
    func paragraphGaps() {
        let page = [
            Self.line("The first paragraph runs over", top: 100),
            Self.line("two lines.", top: 114),
            Self.line("The second one follows after", top: 142),
            Self.line("some space.", top: 156),
            Self.line("So does a third.", top: 184),
        ]
        #expect(PDFTextLayout().text(of: [page]) ==
            "The first paragraph runs over\ntwo lines.\n\nThe second one follows after\nsome space.\n\nSo does a third.\n")
    }

    @Test("a line right of the margin is indented by as many characters as fit the space")
    func indents() {
        let page = [
            Self.line("A paragraph opens with an indent", top: 100, indent: 4),
            Self.line("and goes on at the margin of the", top: 114),
            Self.line("page.", top: 128),
            Self.line("The next paragraph is indented too", top: 142, indent: 4),
        ]
        #expect(PDFTextLayout().text(of: [page]) ==
            "    A paragraph opens with an indent\nand goes on at the margin of the\npage.\n    The next paragraph is indented too\n")
    }

    @Test("lines on one row (table cells, justified words) are joined, with a tab where they stand well apart")
    func rows() {
        let page = [
            Self.line("No. 1", top: 100),
            Self.line("Stalin", top: 100, indent: 10),
            Self.line("No. 2", top: 114),
            Self.line("Molotov", top: 114, indent: 7),
        ]
        #expect(PDFTextLayout().text(of: [page]) == "No. 1\tStalin\nNo. 2 Molotov\n")
    }

    @Test("pages are separated by form feeds; a page without text is an empty page")
    func pages() {
        let one = [Self.line("Page one.", top: 100)]
        let three = [Self.line("Page three.", top: 100)]
        #expect(PDFTextLayout().text(of: [one, [], three]) == "Page one.\n\u{0C}\u{0C}Page three.\n")
    }
}
