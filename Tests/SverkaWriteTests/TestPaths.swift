import Foundation
import SverkaIngest
import SverkaSegment

/// Paths of the repository, found from this source file (`Tests/SverkaWriteTests/TestPaths.swift`).
enum TestPaths {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // SverkaWriteTests
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent()

    /// The Russian part of the bundled telegram.
    static let russianTelegram = root.appendingPathComponent("Corpus/wilson-113642-telegram-21646.ru.md").path
    /// The English part of the bundled telegram.
    static let englishTelegram = root.appendingPathComponent("Corpus/wilson-113642-telegram-21646.en.md").path

    /// The file at `path` decoded and segmented as `language`.
    static func document(_ path: String, language: String) throws -> Document {
        try DocumentSegmenter(language: language).segment(try InputDecoder().load(path: path))
    }

    /// `text` segmented as `language`.
    static func document(text: String, name: String = "t.md", language: String,
                         mode: DocumentSegmenter.Mode = .running) throws -> Document {
        try DocumentSegmenter(language: language, mode: mode).segment(DecodedText(name: name, text: text))
    }
}
