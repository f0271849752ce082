import ArgumentParser
import Foundation
import Sverka

/// `sverka segment FILE`: paragraphs and sentences with their indices and line numbers.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split a text into paragraphs and sentences, with indices and line numbers."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The text file to segment (-: standard input).")
    var file: String

    @Option(help: "Language of the text (an ICU locale such as ru, en, de), or auto to guess from the script.")
    var lang = "auto"

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (-: standard output).")
    var output: String?

    @OptionGroup var input: InputOptions

    func validate() throws {
        if let problem = LanguageTagCheck.problem(lang) { throw ValidationError("--lang: \(problem)") }
    }

    func run() throws {
        let out = OutputFile(path: output)
        try out.check(against: [InputFile(file)])
        let document = try input.loadDocument(path: file, language: lang)
        InputOptions.report(document.warnings)
        if input.paragraphs == .auto && document.paragraphConvention != .blankLines {
            FileHandle.standardError.write(Data("sverka: \(file): paragraphs \(document.paragraphConvention.summary) (detected; --paragraphs \(document.paragraphConvention.rawValue) to be sure, blank-lines to read them by blank lines)\n".utf8))
        }
        let text = format == .json ? SegmentationJSONWriter.write(document) : SegmentationTextWriter.write(document)
        try out.write(text)
    }
}
