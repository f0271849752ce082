import Foundation
import SverkaIngest
import SverkaSegment

/// Paths of the repository, found from this source file (`Tests/SverkaSegmentTests/TestPaths.swift`).
enum TestPaths {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // SverkaSegmentTests
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent()

    /// The Russian part of the bundled telegram.
    static let russianTelegram = corpus("wilson-113642-telegram-21646.ru.md")
    /// The English part of the bundled telegram.
    static let englishTelegram = corpus("wilson-113642-telegram-21646.en.md")
    /// The whole telegram: catalogue header, Russian, English.
    static let wholeTelegram = corpus("wilson-113642-telegram-21646.md")

    /// A file of `Corpus/`.
    static func corpus(_ name: String) -> String {
        root.appendingPathComponent("Corpus").appendingPathComponent(name).path
    }

    /// A file of `Tests/Fixtures/`.
    static func fixture(_ name: String) -> String {
        root.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name).path
    }

    /// The contents of a UTF-8 file.
    static func utf8Text(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }
}

/// Segmentation shortcuts for the tests.
enum Segment {
    /// `text` segmented as `language`.
    static func document(_ text: String, language: String, mode: DocumentSegmenter.Mode = .running,
                         name: String = "test") throws -> Document {
        try DocumentSegmenter(language: language, mode: mode).segment(DecodedText(name: name, text: text))
    }

    /// The sentence texts of `text` segmented as `language`.
    static func sentences(_ text: String, language: String, mode: DocumentSegmenter.Mode = .running) throws -> [String] {
        try document(text, language: language, mode: mode).sentences.map(\.text)
    }

    /// The file at `path` read with ``InputDecoder`` and segmented as `language`.
    static func file(_ path: String, language: String, encoding: String? = nil,
                     mode: DocumentSegmenter.Mode = .running) throws -> Document {
        let decoded = try InputDecoder().load(path: path, encoding: encoding)
        return try DocumentSegmenter(language: language, mode: mode).segment(decoded)
    }

    /// The paragraph of `document` that starts at file line `line`.
    static func paragraph(startingAt line: Int, in document: Document) throws -> Paragraph {
        guard let paragraph = document.paragraphs.first(where: { $0.line == line }) else {
            throw LookupError(message: "no paragraph starts at line \(line)")
        }
        return paragraph
    }

    struct LookupError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}

/// One pinned sentence of a golden file (`Tests/Fixtures/telegram-*.sentences.json`).
struct PinnedSentence: Decodable, Equatable, CustomStringConvertible {
    let paragraph: Int
    let line: Int
    let text: String

    var description: String { "¶\(paragraph) line \(line): \(text)" }

    static func load(_ fixture: String) throws -> [PinnedSentence] {
        try JSONDecoder().decode([PinnedSentence].self, from: Data(contentsOf: URL(fileURLWithPath: TestPaths.fixture(fixture))))
    }
}
