import Foundation
import Testing
import Sverka
import SverkaTestSupport

/// The code of the DocC article `Sources/Sverka/Sverka.docc/GettingStarted.md`, verbatim between
/// the markers below, followed by checks of what it produces. It mirrors the article: change both
/// together.
@Suite("Getting started (DocC article)")
struct GettingStartedTests {
    @Test("the article's code aligns the two texts, reports the paragraph left out and writes TMX")
    func article() throws {
        // --- begin article code ---
        let original = """
            Шифртелеграмма № 21646 получена 18 июля 1952 года.

            Противник каждую ночь бомбит наши аэродромы, склады и казармы.

            Копии направлены товарищам Молотову, Берии и Булганину.
            """
        let translation = """
            Ciphered telegram No. 21646 was received on 18 July 1952.

            Every night the enemy bombs our airfields, warehouses and barracks.
            """

        // Segment each side into paragraphs and sentences.
        let loader = DocumentLoader()
        let source = try loader.load(text: original, name: "original.txt", language: "ru")
        let target = try loader.load(text: translation, name: "translation.txt", language: "en")

        // Align paragraphs, then the sentences inside each pair, and look for divergences.
        let pipeline = AlignmentPipeline.standard(sourceLanguage: "ru", targetLanguage: "en")
        let output = try pipeline.run(source: source, target: target)

        // The beads at the written level (paragraphs by default).
        let units = output.units
        for bead in units.alignment?.beads ?? [] {
            print(bead.typeName, units.sourceText(bead), "⇔", units.targetText(bead), bead.confidence)
        }

        // What has no counterpart, or does not match.
        for divergence in output.diagnosis.divergences {
            print(divergence.severity.rawValue, divergence.kind.rawValue, divergence.sourceLine ?? 0, divergence.reason)
        }

        // Translation units for a CAT tool.
        let tmx = TMXWriter(toolVersion: SverkaRelease.version).write(units, diagnosis: output.diagnosis)
        // --- end article code ---

        // Without a dictionary, on a text this short, the copy list joins the bead before it (2-1),
        // which holds it only loosely: the diagnosis reports it as left out, at its own line.
        let beads = try #require(units.alignment).beads
        #expect(beads.map(\.source) == [[0], [1, 2]])
        #expect(beads.map(\.target) == [[0], [1]])
        #expect(beads.map(\.typeName) == ["1-1", "2-1"])
        #expect(beads.allSatisfy { $0.confidence > 0.5 })
        let divergences = output.diagnosis.divergences
        #expect(divergences.map(\.kind) == [.untranslated])
        #expect(divergences.first?.bead == 1 && divergences.first?.sourceLine == 5 && divergences.first?.severity == .warning)
        #expect(divergences.first?.reason.contains("left out") == true)
        #expect(tmx.components(separatedBy: "<tu ").count - 1 == 2)
        #expect(tmx.contains("<seg>Ciphered telegram No. 21646 was received on 18 July 1952.</seg>"))
        #expect(tmx.contains("<note>"), "the divergence is a note of its translation unit")
    }

    @Test("the article shows the code of this test, line for line")
    func articleMatchesTest() throws {
        let test = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let article = try String(contentsOf: TestPaths.root.appendingPathComponent("Sources/Sverka/Sverka.docc/GettingStarted.md"), encoding: .utf8)
        func trimmed(_ lines: some Sequence<Substring>) -> [String] {
            lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let testLines = test.split(separator: "\n", omittingEmptySubsequences: false)
        let begin = try #require(testLines.firstIndex { $0.contains("--- begin article") })
        let end = try #require(testLines.firstIndex { $0.contains("--- end article") })
        let code = trimmed(testLines[(begin + 1)..<end])
        // The article's Swift blocks, joined, after its `import Sverka`.
        var blocks: [Substring] = []
        var inside = false
        for line in article.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inside = line.hasPrefix("```swift"); continue }
            if inside { blocks.append(line) }
        }
        let shown = trimmed(blocks).filter { $0 != "import Sverka" }
        #expect(shown == code)
    }
}
