import Foundation
import Testing
@testable import SverkaAlign
import SverkaSegment
import SverkaTestSupport

@Suite("DocumentAligner")
struct DocumentAlignerTests {
    /// The paragraph bead holding source paragraph `p`.
    func bead(holding p: Int, in result: DocumentAlignment) throws -> Bead {
        try #require(result.paragraphs?.beads.first { $0.source.contains(p) })
    }

    /// Index of the first paragraph whose text starts with `prefix`.
    func paragraph(_ prefix: String, in document: Document) throws -> Int {
        try #require(document.paragraphs.firstIndex { $0.text.hasPrefix(prefix) })
    }

    @Test("telegram, paragraph level: translated paragraphs are paired with their translations")
    func telegramPairs() throws {
        let result = try TestDocuments.telegram()
        let pairs = [
            ("Посылаю Вам для ознакомления", "I send to you for familiarization"),
            ("\"Товарищу КИМ ИР СЕНУ.", "\"To Comrade KIM IL SUNG."),
            ("Копия товарищу ЛИ КЭ-НУН.", "Copy to Comrade LI KENONG."),
            ("Экз. № 1", "Copies: Stalin (2)"),
            ("Из ПЕКИНА получена", "From BEIJING Received"),
            ("Ваша телеграмма от 3.00", "Your telegram of 3:00"),
            ("а) Улучшить командование", "a) To improve the command"),
            ("б) Диаметр действий", "b) The diameter of operations"),
            ("в) Необходимо послать", "c) It is necessary to send"),
            ("3. При военных действиях", "3. In infantry operations"),
            ("С высочайшим уважением", "With highest respect"),
        ]
        for (ru, en) in pairs {
            let p = try paragraph(ru, in: result.source)
            let q = try paragraph(en, in: result.target)
            let b = try bead(holding: p, in: result)
            #expect(b.target.contains(q), "\(ru) should pair with \(en), got target \(b.target)")
        }
    }

    @Test("telegram: untranslated stamps and the signature block are 1-0 beads")
    func telegramStamps() throws {
        let result = try TestDocuments.telegram()
        for ru in ["**СОВЕРШЕННО СЕКРЕТНО**", "Расп. Ваганов", "Отп. Чередикина", "ИТ МВО 296с-49", "*Герасимов*"] {
            let b = try bead(holding: try paragraph(ru, in: result.source), in: result)
            #expect(b.target.isEmpty, "\(ru) should be untranslated")
        }
    }

    @Test("telegram: every English paragraph has a source")
    func telegramNoAdditions() throws {
        let result = try TestDocuments.telegram()
        let added = try #require(result.paragraphs).beads.filter { $0.source.isEmpty }
        #expect(added.isEmpty)
    }

    @Test("both levels keep every unit exactly once, in order")
    func telegramInvariants() throws {
        let result = try TestDocuments.telegram()
        #expect(AlignmentInvariants.violation(in: try #require(result.paragraphs)) == nil)
        #expect(AlignmentInvariants.violation(in: result.sentences) == nil)
        let flat = try DocumentAligner().align(source: result.source, target: result.target, strategy: .sentencesOnly)
        #expect(AlignmentInvariants.violation(in: flat.sentences) == nil)
        #expect(flat.paragraphs == nil)
    }

    @Test("nested sentence beads never cross a paragraph bead")
    func nestedSentencesStayInside() throws {
        let result = try TestDocuments.telegram()
        for bead in result.sentences.beads {
            let sourceParagraphs = Set(bead.source.map { result.source.sentences[$0].paragraph })
            let targetParagraphs = Set(bead.target.map { result.target.sentences[$0].paragraph })
            let owner = try #require(result.paragraphs?.beads.first {
                sourceParagraphs.isSubset(of: Set($0.source)) && targetParagraphs.isSubset(of: Set($0.target))
                    && (!sourceParagraphs.isEmpty || !targetParagraphs.isEmpty)
            })
            #expect(!owner.source.isEmpty || !owner.target.isEmpty)
        }
    }

    @Test("confidences lie in [0, 1], and a true pair scores above a swapped one")
    func confidenceIsMeaningful() throws {
        let result = try TestDocuments.telegram()
        for bead in result.sentences.beads + (result.paragraphs?.beads ?? []) {
            #expect(bead.confidence >= 0 && bead.confidence <= 1)
        }
        let ru = try TestDocuments.document("""
            Ваша телеграмма от 3.00 15 июля сего года получена.

            Мы считаем необходимым активизацию военных действий в длительной борьбе с противником.
            """, language: "ru")
        let en = try TestDocuments.document("""
            Your telegram of 3:00 15 July of this year was received.

            We consider it necessary to activate military operations in the long struggle against the enemy.
            """, language: "en")
        let enSwapped = try TestDocuments.document("""
            We consider it necessary to activate military operations in the long struggle against the enemy.

            Your telegram of 3:00 15 July of this year was received.
            """, language: "en")
        let right = try DocumentAligner().align(source: ru, target: en)
        let wrong = try DocumentAligner(settings: AlignerSettings(nullCost: 1000)).align(source: ru, target: enSwapped)
        let rightFirst = try #require(right.paragraphs?.beads.first)
        let wrongFirst = try #require(wrong.paragraphs?.beads.first)
        #expect(rightFirst.confidence > 0.8)
        #expect(rightFirst.confidence > wrongFirst.confidence)
    }

    @Test("odd documents: one side empty, a single paragraph, one against many", arguments: [
        ("Одна строка.", ""),
        ("", "One line."),
        ("Один абзац. Два предложения.", "One paragraph."),
        ("Один абзац.", "One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive."),
        ("А.\n\nБ.\n\nВ.\n\nГ.\n\nД.\n\nЕ.", "A long single paragraph that stands for all of them at once, more or less."),
    ])
    func oddDocuments(ru: String, en: String) throws {
        let source = try TestDocuments.document(ru, language: "ru")
        let target = try TestDocuments.document(en, language: "en")
        for strategy in [DocumentAligner.Strategy.twoLevel, .sentencesOnly] {
            let result = try DocumentAligner().align(source: source, target: target, strategy: strategy)
            #expect(AlignmentInvariants.violation(in: result.sentences) == nil)
            if let paragraphs = result.paragraphs { #expect(AlignmentInvariants.violation(in: paragraphs) == nil) }
        }
    }

    @Test("random documents in any language pair align completely", arguments: 0..<12)
    func randomDocuments(seed: Int) throws {
        var rng = SeededGenerator(seed: UInt64(seed) &+ 1000)
        let words = ["Berg", "Gletscher", "montagne", "1952", "glacier", "Hütte", "cabane", "Nord", "3:00", "—", "«", "»", "!"]
        func text() -> String {
            (0..<Int.random(in: 0...8, using: &rng)).map { _ in
                (0..<Int.random(in: 1...5, using: &rng)).map { _ in
                    (0..<Int.random(in: 1...12, using: &rng)).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ") + "."
                }.joined(separator: " ")
            }.joined(separator: "\n\n")
        }
        let source = try TestDocuments.document(text(), language: "de")
        let target = try TestDocuments.document(text(), language: "fr")
        let result = try DocumentAligner().align(source: source, target: target)
        #expect(AlignmentInvariants.violation(in: result.sentences) == nil)
        #expect(AlignmentInvariants.violation(in: try #require(result.paragraphs)) == nil)
    }
}
