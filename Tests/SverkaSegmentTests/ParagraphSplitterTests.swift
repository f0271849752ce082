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
