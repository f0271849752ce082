import Testing
import SverkaSegment
@testable import SverkaWrite
import SverkaTestSupport

@Suite("SegmentationTextWriter")
struct SegmentationTextWriterTests {
    @Test("Paragraph headers, sentence lines, and ⏎ for line breaks inside a sentence")
    func format() throws {
        let document = try TestDocuments.document("\n**СОВЕРШЕННО СЕКРЕТНО**  \nСнятие копий воспрещается\n\nОдин. Два.\n", language: "ru")
        #expect(SegmentationTextWriter.write(document) == """
        ¶ 0 (line 2)
          [0] 2: **СОВЕРШЕННО СЕКРЕТНО**   ⏎ Снятие копий воспрещается
        ¶ 1 (line 5)
          [1] 5: Один.
          [2] 5: Два.

        """)
    }

    @Test("The Russian telegram: one header per paragraph, one line per sentence; line 66 has four")
    func telegram() throws {
        let document = try TestDocuments.file(TestPaths.russianTelegram, language: "ru")
        let lines = SegmentationTextWriter.write(document).split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("¶ ") }.count == 77)
        #expect(lines.filter { $0.hasPrefix("  [") }.count == 91)
        #expect(lines.filter { $0.hasPrefix("  [") && $0.contains("] 66: ") }.count == 4)
        #expect(lines.first == "¶ 0 (line 1)")
        #expect(lines.last == "  [90] 166: ИТ МВО 296с-49")
    }

    @Test("No paragraphs, no output")
    func empty() throws {
        #expect(SegmentationTextWriter.write(try TestDocuments.document("", language: "ru")) == "")
    }

    @Test("replacingNewlines keeps empty lines")
    func replacingNewlines() {
        #expect("a\n\nb".replacingNewlines(with: "|") == "a||b")
        #expect("ab".replacingNewlines(with: "|") == "ab")
    }
}
