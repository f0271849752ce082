import ArgumentParser
import Sverka

/// The `sverka` command: aligns a text with its translation and reports where they diverge.
struct SverkaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sverka",
        abstract: "Align a text with its translation, paragraph by paragraph and sentence by sentence.",
        discussion: """
        Exit codes: 0 success; 1 usage error; 2 input error (missing, empty, binary or \
        undecodable file); 3 internal error.
        """,
        version: SverkaRelease.version,
        subcommands: [AlignCommand.self, SplitCommand.self, SegmentCommand.self, EvalCommand.self, BatchCommand.self],
        defaultSubcommand: AlignCommand.self
    )
}
