import Foundation
import Testing
@testable import SverkaSegment
import SverkaTestSupport

/// The story fixtures (Tests/Fixtures/story-*.txt) are one short text written for these tests, in
/// Russian and English, laid out the ways plain texts come: paragraphs separated by blank lines,
/// one per line, hard-wrapped (see Tests/Fixtures/README.md).
@Suite("ParagraphConventionDetector")
struct ParagraphConventionDetectorTests {
    static func paragraphs(_ file: String, language: String) throws -> Document {
        try TestDocuments.file(TestPaths.fixture(file), language: language)
    }

    @Test("Each layout of the story is recognised, and gives the story's 12 paragraphs", arguments: [
        ("story-ru.txt", "ru", ParagraphConvention.blankLines),
        ("story-en.txt", "en", .blankLines),
        ("story-en.wrapped-blank.txt", "en", .blankLines),
        ("story-ru.lines.txt", "ru", .lines),
        ("story-en.lines.txt", "en", .lines),
        ("story-en.lines-indented.txt", "en", .lines),
        ("story-en.wrapped.txt", "en", .wrapped),
    ])
    func layouts(file: String, language: String, convention: ParagraphConvention) throws {
        let document = try Self.paragraphs(file, language: language)
        #expect(document.paragraphConvention == convention)
        let original = try Self.paragraphs("story-\(language).txt", language: language)
        #expect(document.paragraphs.map(\.plain) == original.paragraphs.map(\.plain))
        #expect(document.warnings.isEmpty)
    }

    @Test("Hard-wrapped without indents: detected; a paragraph whose last line fills the width is joined to the next, nothing else is split wrongly")
    func flushWrapped() throws {
        let document = try Self.paragraphs("story-ru.wrapped-flush.txt", language: "ru")
        #expect(document.paragraphConvention == .wrapped)
        let original = try Self.paragraphs("story-ru.txt", language: "ru").paragraphs.map(\.plain)
        #expect(document.paragraphs.count >= 10)
        // Every paragraph found is one or more whole paragraphs of the story.
        var next = 0
        for paragraph in document.paragraphs.map(\.plain) {
            var joined = original[next]
            next += 1
            while joined != paragraph, next < original.count, paragraph.hasPrefix(joined) {
                joined += " " + original[next]
                next += 1
            }
            #expect(joined == paragraph)
        }
        #expect(next == original.count)
    }

    @Test("Blank-line texts whose blocks have several lines stay by blank lines", arguments: [
        // One sentence per line, a blank line between paragraphs (semantic line breaks).
        "Поезд пришёл поздно.\nНа вокзале горели фонари.\nАнна вышла последней.\n\nФёдор ждал у часов.\nОн почти не изменился.\nТолько волосы поседели.\n\nОни поехали домой.\nГород спал.\nДождь кончился.\n",
        // Verse in stanzas.
        "Ночь. Улица. Фонарь.\nНад рекой туман.\nСтарый дом стоит,\nВетром обуян.\n\nВ окнах нет огня.\nДверь заперта.\nНикого кругом,\nТолько темнота.\n",
        // A list and a table in Markdown.
        "Состав:\n- мука\n- соль\n- вода\n\n| Экз. | Кому |\n| 1 | Сталину |\n| 2 | Молотову |\n",
        // A signature block.
        "С уважением,\nИ. Петров\nначальник отдела\n\nМосква, 1952 г.\n",
    ])
    func staysBlankLines(text: String) {
        #expect(ParagraphConventionDetector.convention(of: text) == .blankLines)
    }

    @Test("Without blank lines, a few sentence-long lines are paragraphs; lines that continue a sentence are not")
    func shortTexts() {
        #expect(ParagraphConventionDetector.convention(of: "Первый абзац.\nВторой абзац.\nТретий абзац.\n") == .lines)
        #expect(ParagraphConventionDetector.convention(of: "Одна фраза,\nразбитая на\nстроки без точки\nв конце") == .blankLines)
        #expect(ParagraphConventionDetector.convention(of: "Один абзац.") == .blankLines)
    }

    @Test("The bundled telegram's parts are read by blank lines", arguments: [
        TestPaths.russianTelegram, TestPaths.englishTelegram, TestPaths.wholeTelegram,
    ])
    func telegram(path: String) throws {
        #expect(ParagraphConventionDetector.convention(of: try TestPaths.utf8Text(path)) == .blankLines)
    }

    @Test("Every text of the real ru-en development set is read by blank lines, as its README says it is laid out",
          .enabled(if: TestPaths.hasEvalData, TestPaths.noEvalData))
    func realDevelopmentSet() throws {
        let folder = TestPaths.evalData.appendingPathComponent("real-ru-en-dev")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        #expect(files.count == 20)
        for file in files {
            let text = try TestPaths.utf8Text(folder.appendingPathComponent(file).path)
            #expect(ParagraphConventionDetector.convention(of: text) == .blankLines, "\(file)")
        }
    }
}
