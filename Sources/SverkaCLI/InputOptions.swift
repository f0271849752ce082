import ArgumentParser
import Sverka

/// Options shared by every command that reads text files.
struct InputOptions: ParsableArguments {
    @Option(help: "Encoding of the input files (an ICU charset name: UTF-8, windows-1251, KOI8-R, UTF-16…). Detected when absent.")
    var encoding: String?

    @Flag(help: "Input is one sentence per line, a blank line between paragraphs.")
    var presegmented = false

    @Option(parsing: .unconditional, help: "Refuse inputs larger than this many bytes (counted while reading, for pipes and devices too).")
    var maxInputSize = InputDecoder.defaultMaxInputBytes

    /// The library's loader with these options.
    var loader: DocumentLoader {
        DocumentLoader(encoding: encoding, presegmented: presegmented, maxInputBytes: maxInputSize)
    }

    /// An unknown `--encoding` is a usage error, found before any work.
    func validate() throws {
        if let encoding, !Charset.isKnown(encoding) { throw ValidationError(InputError.unknownEncoding(name: encoding).description) }
        guard maxInputSize >= 1 else { throw ValidationError("--max-input-size must be at least 1 byte") }
    }

    /// Reads and decodes `path` (`-`: standard input).
    func decode(path: String) throws -> DecodedText {
        guard path == "-" else { return try loader.decode(path: path) }
        if StandardStreams.inputIsClosed { throw CLIFailure.input("standard input: cannot read it: it is closed") }
        return try loader.decodeStandardInput()
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
}
