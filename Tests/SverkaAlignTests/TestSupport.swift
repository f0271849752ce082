import Foundation
import SverkaAlign
import SverkaIngest
import SverkaSegment

/// Paths and loaders shared by the alignment tests.
enum TestSupport {
    /// The repository root (this file is Tests/SverkaAlignTests/TestSupport.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shared evaluation data beside the project, if present.
    static let evalData = root.deletingLastPathComponent().appendingPathComponent("shared/eval-data")

    /// A document segmented from `text`.
    static func document(_ text: String, language: String, presegmented: Bool = false, name: String = "test") throws -> Document {
        try DocumentSegmenter(language: language, mode: presegmented ? .presegmented : .running)
            .segment(DecodedText(name: name, text: text))
    }

    /// A document loaded from a file under the repository root.
    static func corpusDocument(_ relativePath: String, language: String) throws -> Document {
        let decoded = try InputDecoder().load(path: root.appendingPathComponent(relativePath).path)
        return try DocumentSegmenter(language: language).segment(decoded)
    }

    /// The telegram's Russian original and English translation, aligned two-level.
    static func telegram() throws -> DocumentAlignment {
        let ru = try corpusDocument("Corpus/wilson-113642-telegram-21646.ru.md", language: "ru")
        let en = try corpusDocument("Corpus/wilson-113642-telegram-21646.en.md", language: "en")
        return try DocumentAligner().align(source: ru, target: en)
    }
}

/// A small deterministic random generator (SplitMix64), so property tests are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
