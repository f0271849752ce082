import Foundation
import SverkaIngest
import SverkaSegment

/// Loaders shared by the clean-up tests.
enum TestSupport {
    /// The repository root (this file is Tests/SverkaCleanTests/TestSupport.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A document segmented from `text`.
    static func document(_ text: String, language: String) throws -> Document {
        try DocumentSegmenter(language: language).segment(DecodedText(name: "test", text: text))
    }

    /// A Corpus file decoded.
    static func corpus(_ name: String) throws -> DecodedText {
        try InputDecoder().load(path: root.appendingPathComponent("Corpus").appendingPathComponent(name).path)
    }

    /// A Corpus file segmented.
    static func corpusDocument(_ name: String, language: String) throws -> Document {
        try DocumentSegmenter(language: language).segment(try corpus(name))
    }

    /// A long filler paragraph (content) numbered `n`.
    static func content(_ n: Int) -> String {
        "Paragraph \(n) of the report describes the ascent of the north face in some detail, with the weather, the route and the time it took."
    }
}
