import ArgumentParser
import Foundation
import Sverka
import SverkaReview

/// `sverka export PROJECT`: writes a review project's corrected alignment through Sverka's writers.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the corrected alignment of a review project (sverka review) in any output format.",
        discussion: """
        The beads as corrected at the project's current level, with the edited texts; confirmed beads \
        are marked (TMX: a x-sverka-confirmed prop; JSON: "confirmed": true) and the originals of edited \
        units kept (TMX: a note; JSON: sourceOriginal/targetOriginal); dismissed divergences are left out. \
        The output is written atomically, as by align.
        """
    )

    @Argument(help: "The review project file.")
    var project: String

    @Option(help: "Output format: report, pairs, tsv, tmx, json, moses, html, xliff, xliff2 or xlsx (needs -o).")
    var format: OutputFormat = .tmx

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (-: standard output); --format moses: the prefix of the two files.")
    var output: String?

    func validate() throws {
        if format == .moses && (output == nil || output == "-") {
            throw ValidationError("--format moses writes two files: give their prefix with --output PREFIX")
        }
        if format.isBinary && output == nil { throw ValidationError(OutputFile.binaryNeedsFile(format)) }
    }

    func run() throws {
        for path in [output].compactMap({ $0 }) { try OutputFile(path: path).check(against: [InputFile(project)]) }
        let rendered: OutputFormat.Rendered
        do {
            rendered = try ReviewProject.open(at: project).export(format)
        } catch let error as ReviewError {
            throw CLIFailure.input(error.description)
        }
        try OutputFile(path: output).write(rendered)
    }
}
