import Testing
@testable import SverkaSegment
import SverkaTestSupport

@Suite("ParagraphSplitter")
struct ParagraphSplitterTests {
    static func blocks(_ text: String) -> [(text: String, line: Int, lines: Int)] {
        let units = Array(text.utf16)
        return ParagraphSplitter.blocks(in: units).map {
            (String(decoding: units[$0.range], as: UTF16.self), $0.line, $0.lineStarts.count)
        }
    }

    @Test("Blank lines separate paragraphs; their first line is 1-based")
    func basic() {
        let result = Self.blocks("Первый.\nещё строка\n\nВторой.\n\n\n\nТретий.")
        #expect(result.map(\.text) == ["Первый.\nещё строка", "Второй.", "Третий."])
        #expect(result.map(\.line) == [1, 4, 8])
        #expect(result.map(\.lines) == [2, 1, 1])
    }

    @Test("Lines of spaces and tabs are blank; leading and trailing blank lines give nothing")
    func whitespaceLines() {
        let result = Self.blocks("\n \t \n  Отступ.  \n\t\n\u{A0}\nКонец.\n\n")
        #expect(result.map(\.text) == ["  Отступ.  ", "Конец."])
        #expect(result.map(\.line) == [3, 6])
    }

    @Test("Empty and blank texts have no blocks", arguments: ["", "\n", "   ", "\n\t\n  \n"])
    func none(text: String) {
        #expect(ParagraphSplitter.blocks(in: Array(text.utf16)).isEmpty)
    }

    @Test("Line starts point at each line of the block; the range excludes the final line break")
    func lineStarts() {
        let text = "\nА\nБб\nВвв\n"
        let units = Array(text.utf16)
        let block = ParagraphSplitter.blocks(in: units)
        #expect(block.count == 1)
        #expect(block.first?.lineStarts == [1, 3, 6])
        #expect(block.first?.range == 1..<9)
        #expect(block.first?.line == 2)
    }

    @Test("The Russian telegram has 77 paragraphs starting where the file's blank lines say")
    func telegram() throws {
        let text = try TestPaths.utf8Text(TestPaths.russianTelegram)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let expected = lines.indices.filter { i in
            !lines[i].allSatisfy(\.isWhitespace) && (i == 0 || lines[i - 1].allSatisfy(\.isWhitespace))
        }.map { $0 + 1 }
        let blocks = ParagraphSplitter.blocks(in: Array(text.utf16))
        #expect(blocks.count == 77)
        #expect(blocks.map(\.line) == expected)
    }
}

@Suite("ParagraphSplitter: conventions and form feeds")
struct ParagraphSplitterConventionTests {
    static func split(_ text: String, _ convention: ParagraphConvention?) -> (texts: [String], lines: [Int], convention: ParagraphConvention) {
        let units = Array(text.utf16)
        let (blocks, used) = ParagraphSplitter.split(units, convention: convention)
        return (blocks.map { String(decoding: units[$0.range], as: UTF16.self) }, blocks.map(\.line), used)
    }

    @Test("One per line: each non-blank line is a paragraph, blank lines only add space")
    func lines() {
        let result = Self.split("Первый абзац.\n  Второй абзац.\n\nТретий.\n", .lines)
        #expect(result.texts == ["Первый абзац.", "  Второй абзац.", "Третий."])
        #expect(result.lines == [1, 2, 4])
        #expect(result.convention == .lines)
    }

    @Test("Hard-wrapped: lines are joined until an indented line, a short line or a blank line")
    func wrapped() {
        let text = """
            The train reached the town late in the evening, when the lamps at
        the station had already been lit and the porters had gone home.
            "Anya!" someone called.
        She turned and saw her brother standing under the clock, thinner
        than she remembered him.
        Nobody else was there.

        The house stood on a hill above the river, large and dark, with
        boarded windows.
        """
        let result = Self.split(text, .wrapped)
        #expect(result.texts.count == 5)
        #expect(result.texts[0].hasSuffix("porters had gone home."))
        #expect(result.texts[2].hasPrefix("She turned") && result.texts[2].hasSuffix("remembered him."))
        #expect(result.texts[3] == "Nobody else was there.")
        #expect(result.lines == [1, 3, 4, 6, 8])
    }

    @Test("A form feed ends a paragraph, even inside a line, and belongs to none; lines are still counted by line feeds")
    func formFeed() {
        for convention in [ParagraphConvention.blankLines, .lines, .wrapped] {
            let result = Self.split("Там жило\u{0C}около ста человек.\nДалее.\n\n\u{0C}Новая страница.", convention)
            #expect(!result.texts.joined().contains("\u{0C}"))
            #expect(result.texts.first == "Там жило")
            #expect(result.lines.first == 1)
            #expect(result.texts.last == "Новая страница.")
            #expect(result.lines.last == 4)
        }
        #expect(Self.split("Там жило\u{0C}около ста человек.\nДалее.", .blankLines).texts == ["Там жило", "около ста человек.\nДалее."])
    }

    @Test("Under every convention each non-blank line is in exactly one paragraph, in order",
          arguments: [ParagraphConvention.blankLines, .lines, .wrapped])
    func recoverable(convention: ParagraphConvention) throws {
        let text = try TestPaths.utf8Text(TestPaths.fixture("story-en.wrapped.txt"))
        let units = Array(text.utf16)
        let (blocks, _) = ParagraphSplitter.split(units, convention: convention)
        let joined = blocks.map { String(decoding: units[$0.range], as: UTF16.self) }.joined(separator: "\n")
        #expect(joined == text.trimmingCharacters(in: .newlines))
        #expect(zip(blocks, blocks.dropFirst()).allSatisfy { $0.0.range.upperBound < $0.1.range.lowerBound })
    }
}
