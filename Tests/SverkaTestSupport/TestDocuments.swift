import SverkaAlign
import SverkaIngest
import SverkaSegment

/// Small builders of the inputs tests align: documents segmented from a string or a file, and the
/// bundled telegram aligned.
public enum TestDocuments {
    /// `text` segmented as `language`.
    public static func document(_ text: String, language: String, mode: DocumentSegmenter.Mode = .running,
                                name: String = "test") throws -> Document {
        try DocumentSegmenter(language: language, mode: mode).segment(DecodedText(name: name, text: text))
    }

    /// The file at `path` read with ``InputDecoder`` and segmented as `language`.
    public static func file(_ path: String, language: String, encoding: String? = nil,
                            mode: DocumentSegmenter.Mode = .running) throws -> Document {
        let decoded = try InputDecoder().load(path: path, encoding: encoding)
        return try DocumentSegmenter(language: language, mode: mode).segment(decoded)
    }

    /// A file of `Corpus/` decoded, not segmented.
    public static func corpusText(_ name: String) throws -> DecodedText {
        try InputDecoder().load(path: TestPaths.corpus(name))
    }

    /// A file of `Corpus/` segmented as `language`.
    public static func corpus(_ name: String, language: String) throws -> Document {
        try file(TestPaths.corpus(name), language: language)
    }

    /// The telegram's Russian original and English translation, aligned with the default settings
    /// (paragraphs, then the sentences inside each paragraph bead).
    public static func telegram() throws -> DocumentAlignment {
        let ru = try file(TestPaths.russianTelegram, language: "ru")
        let en = try file(TestPaths.englishTelegram, language: "en")
        return try DocumentAligner().align(source: ru, target: en)
    }
}
