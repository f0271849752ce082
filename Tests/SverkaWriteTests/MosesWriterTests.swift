import Testing
import SverkaAlign
@testable import SverkaWrite
import SverkaTestSupport

@Suite("MosesWriter")
struct MosesWriterTests {
    typealias Support = WriterTestSupport

    static func lines(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    }

    @Test("The telegram: one line per pairing bead on each side, no tab or line break inside a line",
          arguments: AlignmentLevel.allCases)
    func telegram(level: AlignmentLevel) throws {
        let units = AlignedUnits(result: try TestDocuments.telegram(), level: level)
        let corpus = MosesWriter().write(units)
        let pairing = try #require(units.alignment).beads.filter { $0.kind == .alignment && !$0.isNull }
        let source = Self.lines(corpus.source)
        let target = Self.lines(corpus.target)
        #expect(source.count == pairing.count)
        #expect(target.count == pairing.count)
        #expect(corpus.lineCount == pairing.count)
        #expect(corpus.source.hasSuffix("\n") && corpus.target.hasSuffix("\n"))
        for line in source + target {
            #expect(!line.isEmpty)
            #expect(!line.unicodeScalars.contains { $0.properties.isWhitespace && $0 != " " })
            #expect(!line.unicodeScalars.contains { $0.properties.generalCategory == .control })
            #expect(!line.hasPrefix(" ") && !line.hasSuffix(" ") && !line.contains("  "))
        }
        for (bead, (s, t)) in zip(pairing, zip(source, target)) {
            #expect(String(s) == MosesWriter.line(units.sourceText(bead)))
            #expect(String(t) == MosesWriter.line(units.targetText(bead)))
        }
        // The copies list is a tab-separated table in the original: its tabs became spaces.
        #expect(corpus.source.contains("Экз. № 1 тов. Сталину"))
    }

    @Test("Null and furniture beads are left out; minimum confidence filters pairs")
    func filtering() {
        let units = AlignedUnits(result: HandMade.result(), level: .paragraph)
        #expect(MosesWriter().write(units) == MosesWriter.Corpus(source: "Привет & <мир>\n", target: "Hello & <world>\n", lineCount: 1))
        #expect(MosesWriter(minimumConfidence: 0.99).write(units) == MosesWriter.Corpus(source: "", target: "", lineCount: 0))
        let missing = AlignedUnits(result: HandMade.result(paragraphs: false), level: .paragraph)
        #expect(MosesWriter().write(missing).lineCount == 0)
    }

    @Test("A bead one of whose sides has no text left is skipped, keeping the files in step")
    func emptySide() {
        let result = HandMade.result(source: ["\u{1}\t", "b", "c"], target: ["x", "y"])
        #expect(MosesWriter().write(AlignedUnits(result: result, level: .paragraph)).lineCount == 0)
    }

    @Test("line: every white space or control run is one space, trimmed", arguments: [
        ("a\tb", "a b"), ("a\nb\r\nc", "a b c"), ("  a  ", "a"), ("a\u{2028}b\u{2029}c\u{85}d", "a b c d"),
        ("a\u{B}\u{C}\u{1C}\u{1D}\u{1E}b", "a b"), ("a\u{0}b", "a b"), ("a\u{A0}b", "a b"), ("", ""), ("\n\t", ""),
        ("Сталину  👍🏽", "Сталину 👍🏽"),
    ])
    func line(input: String, expected: String) {
        #expect(MosesWriter.line(input) == expected)
    }
}
