import ArgumentParser
import Sverka

/// Options shared by every command that reads text files.
struct InputOptions: ParsableArguments {
    @Option(help: "Encoding of the input files (an ICU charset name: UTF-8, windows-1251, KOI8-R, UTF-16…). Detected when absent.")
    var encoding: String?

    @Flag(help: "Input is one sentence per line, a blank line between paragraphs.")
    var presegmented = false

    @Option(help: "Refuse inputs larger than this many bytes.")
    var maxInputSize = InputDecoder.defaultMaxInputBytes

    /// Reads and decodes `path`.
    func decode(path: String) throws -> DecodedText {
        try InputDecoder(maxInputBytes: maxInputSize).load(path: path, encoding: encoding)
    }

    /// Segments `decoded` as `language` ("auto" guesses from the script). A text with no paragraph
    /// (a part of a bilingual file that got none) is an input error.
    func segment(_ decoded: DecodedText, language: String) throws -> Document {
        let resolved = language == "auto" ? LanguageGuesser.guess(decoded.text) : language
        let document: Document
        do {
            let segmenter = try DocumentSegmenter(language: resolved, mode: presegmented ? .presegmented : .running)
            document = segmenter.segment(decoded)
        } catch {
            throw CLIFailure.internal("ICU cannot segment language '\(resolved)': \(error)")
        }
        if document.paragraphs.isEmpty {
            throw CLIFailure.input("\(decoded.name): nothing to align (no paragraph with text in it)")
        }
        return document
    }

    /// Reads and segments `path` as `language` ("auto" guesses from the script).
    func loadDocument(path: String, language: String) throws -> Document {
        try segment(try decode(path: path), language: language)
    }
}
