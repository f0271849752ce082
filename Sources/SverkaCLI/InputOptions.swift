import ArgumentParser
import Foundation
import Sverka

/// Options shared by every command that reads text files.
struct InputOptions: ParsableArguments {
    @Option(help: "Encoding of the input files (an ICU charset name: UTF-8, windows-1251, KOI8-R, UTF-16…). Detected when absent.")
    var encoding: String?

    @Option(help: "Encoding of the original of a pair (align, batch), over --encoding.")
    var sourceEncoding: String?

    @Option(help: "Encoding of the translation of a pair (align, batch), over --encoding.")
    var targetEncoding: String?

    @Option(help: "How paragraphs are marked: blank-lines (separated by blank lines), lines (one per line), wrapped (hard-wrapped lines joined, a paragraph ending at a blank line, an indent or a short line), or auto (detected for each file).")
    var paragraphs: ParagraphsOption = .auto

    @Flag(help: "Input is one sentence per line, a blank line between paragraphs.")
    var presegmented = false

    @Option(parsing: .unconditional, help: "Refuse inputs larger than this many bytes (counted while reading, for pipes and devices too).")
    var maxInputSize = InputDecoder.defaultMaxInputBytes

    /// The library's loader with these options.
    var loader: DocumentLoader {
        DocumentLoader(encoding: encoding, sourceEncoding: sourceEncoding, targetEncoding: targetEncoding,
                       presegmented: presegmented, paragraphs: paragraphs.convention, maxInputBytes: maxInputSize)
    }

    /// An unknown `--encoding` is a usage error, found before any work.
    func validate() throws {
        for name in [encoding, sourceEncoding, targetEncoding].compactMap({ $0 }) where !Charset.isKnown(name) {
            throw ValidationError(InputError.unknownEncoding(name: name).description)
        }
        guard maxInputSize >= 1 else { throw ValidationError("--max-input-size must be at least 1 byte") }
    }

    /// Reads and decodes `path` (`-`: standard input), a file on its own (not one of a pair):
    /// `--source-encoding` and `--target-encoding` do not apply to it, so naming either is a usage error.
    func decode(path: String) throws -> DecodedText {
        if sourceEncoding != nil || targetEncoding != nil {
            throw CLIFailure.usage("--source-encoding and --target-encoding name the encodings of two files, an original and its translation; name the encoding of \(path) with --encoding")
        }
        guard path == "-" else { return try loader.decode(path: path) }
        return try decodeStandardInput(side: nil)
    }

    /// Standard input, read to its end and decoded (in `side`'s encoding, for one side of a pair).
    private func decodeStandardInput(side: DocumentLoader.Side?) throws -> DecodedText {
        if StandardStreams.inputIsClosed { throw CLIFailure.input("standard input: cannot read it: it is closed") }
        return try loader.decodeStandardInput(side: side)
    }

    /// Segments `decoded` as `language` ("auto" guesses from the script). A text with no paragraph
    /// (a part of a bilingual file that got none) is an input error.
    func segment(_ decoded: DecodedText, language: String) throws -> Document {
        do {
            return try loader.segment(decoded, language: language)
        } catch let failure as DocumentLoader.Failure {
            switch failure {
            case .unsegmentable: throw CLIFailure.internal(failure.description)
            case .nothingToAlign: throw CLIFailure.input(failure.description)
            }
        }
    }

    /// Reads and segments `path` as `language` ("auto" guesses from the script).
    func loadDocument(path: String, language: String) throws -> Document {
        try segment(try decode(path: path), language: language)
    }

    /// Reads and segments `path` (`-`: standard input), the `side` of a pair, in that side's
    /// encoding, as `language`.
    func loadDocument(path: String, language: String, side: DocumentLoader.Side) throws -> Document {
        let decoded = path == "-" ? try decodeStandardInput(side: side) : try loader.decode(path: path, side: side)
        return try segment(decoded, language: language)
    }

    /// The original and the translation: from one bilingual file (split as `split` does, the
    /// languages guessed unless given), or from two files read, decoded and segmented at the same
    /// time (the original's error reported first when both fail; languages default to ru and en).
    func loadPair(_ paths: [String], sourceLanguage: String?, targetLanguage: String?) throws -> (Document, Document) {
        if paths.count == 1 {
            let decoded = try decode(path: paths[0])
            let (split, parts) = try BilingualFile.split(decoded, input: self)
            return (try segment(parts.original, language: sourceLanguage ?? split.originalLanguage),
                    try segment(parts.translation, language: targetLanguage ?? split.translationLanguage))
        }
        let jobs: [(String, String, DocumentLoader.Side)] = [(paths[0], sourceLanguage ?? "ru", .source),
                                                             (paths[1], targetLanguage ?? "en", .target)]
        var loaded = [Result<Document, Error>](repeating: .failure(CLIFailure.internal("not loaded")), count: 2)
        loaded.withUnsafeMutableBufferPointer { out in
            let out = out
            DispatchQueue.concurrentPerform(iterations: 2) { k in
                out[k] = Result { try loadDocument(path: jobs[k].0, language: jobs[k].1, side: jobs[k].2) }
            }
        }
        return (try loaded[0].get(), try loaded[1].get())
    }

    /// Writes each of `warnings` to standard error as `sverka: warning: …`.
    static func report(_ warnings: [String]) {
        for warning in warnings {
            FileHandle.standardError.write(Data("sverka: warning: \(warning)\n".utf8))
        }
    }
}
