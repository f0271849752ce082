import ArgumentParser
import Foundation
import Sverka

/// `sverka split FILE`: separates a file holding a catalogue header, an original and its
/// translation into three files.
struct SplitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Split a bilingual file (catalogue header, original, translation) into three files.",
        discussion: """
        Writes NAME.front.txt, NAME.LANG.txt for the original and NAME.LANG.txt for the translation \
        (LANG guessed from the script: ru, en, …), next to the input or into --output (created when \
        missing). Each part is an exact slice of the input: together they hold every paragraph \
        exactly once.
        """
    )

    @Argument(help: "The bilingual file (-: standard input; the parts are then named document.*.txt).")
    var file: String

    @Option(name: .shortAndLong, help: "Folder to write the parts into, created when missing (default: beside the input).")
    var output: String?

    @OptionGroup var input: InputOptions

    func run() throws {
        let decoded = try input.decode(path: file)
        InputOptions.report(decoded.warnings)
        let (split, parts) = try BilingualFile.split(decoded, input: input)
        let url = URL(fileURLWithPath: file)
        let folder = output ?? url.deletingLastPathComponent().path
        var stem = url.deletingPathExtension().lastPathComponent
        if stem.isEmpty || file == "-" { stem = "document" }
        let targets: [(String, DecodedText?, Range<Int>)] = [
            ("front", parts.front, split.front),
            (split.originalLanguage, parts.original, split.original),
            (split.translationLanguage, parts.translation, split.translation),
        ]
        let paths = targets.map { folder + "/" + stem + "." + $0.0 + ".txt" }
        if let output { try Self.createFolder(output) }
        // Before anything is written: every part can be written, and none replaces the input.
        for path in paths { try OutputFile(path: path).check(against: [InputFile(file)]) }
        var written: [(String, String, Range<Int>)] = []
        for ((label, part, range), path) in zip(targets, paths) {
            try OutputFile(path: path).write((part?.text ?? "") + (part == nil ? "" : "\n"))
            written.append((label, path, range))
        }
        let document = try BilingualFile.paragraphDocument(decoded, input: input)
        var summary = ""
        for (label, path, range) in written {
            let lines = range.isEmpty ? "no paragraphs"
                : "paragraphs \(range.lowerBound)–\(range.upperBound - 1), lines \(document.paragraphs[range.lowerBound].line)–\(document.paragraphs[range.upperBound - 1].line)"
            summary += "\(label): \(path) (\(lines))\n"
        }
        try StandardStreams.output(summary)
    }

    /// Creates the folder `path` (and the folders above it) when missing; a file in its place, or a
    /// folder that cannot be made, is an input error.
    static func createFolder(_ path: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue { return }
            throw CLIFailure.input("\(path): cannot write the parts into it: it is a file, not a folder")
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
            throw CLIFailure.input("\(path): cannot create the folder (\(reason))")
        }
    }
}

/// Splitting a single bilingual file, shared by `split` and `align FILE`.
enum BilingualFile {
    /// The file segmented into paragraphs (language-neutral).
    static func paragraphDocument(_ decoded: DecodedText, input: InputOptions) throws -> Document {
        try input.segment(decoded, language: "und")
    }

    /// The split and its three parts.
    static func split(_ decoded: DecodedText, input: InputOptions) throws
        -> (BilingualSplitter.Split, (front: DecodedText?, original: DecodedText, translation: DecodedText)) {
        let document = try paragraphDocument(decoded, input: input)
        do {
            let splitter = BilingualSplitter()
            let split = try splitter.split(document)
            return (split, splitter.parts(of: decoded, split: split, document: document))
        } catch let error as BilingualSplitter.SplitError {
            throw CLIFailure.input(error.description)
        }
    }
}
