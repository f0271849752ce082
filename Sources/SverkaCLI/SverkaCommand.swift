import ArgumentParser
import Foundation
import Sverka

/// The `sverka` command: aligns a text with its translation and reports where they diverge.
struct SverkaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sverka",
        abstract: "Align a text with its translation, paragraph by paragraph and sentence by sentence.",
        discussion: """
        Exit codes: 0 success; 1 usage error; 2 input or output error (missing, empty, binary or \
        undecodable file; an output that cannot be written); 3 internal error; 4 align or check --fail-on \
        found divergences.
        """,
        version: SverkaRelease.version,
        subcommands: [AlignCommand.self, CheckCommand.self, SplitCommand.self, SegmentCommand.self, EvalCommand.self, BatchCommand.self, ExportCommand.self, ReviewCommand.self],
        defaultSubcommand: AlignCommand.self
    )

    /// A usage message when the first argument looks like a misspelt subcommand (`segmnet`)
    /// rather than a file for the default `align`: it is no subcommand, no file exists under
    /// that name, and it is within two edits of a subcommand's name (one for short names).
    static func misspeltSubcommand(in arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !first.contains("/"), !first.contains("."),
              !FileManager.default.fileExists(atPath: first) else { return nil }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        if names.contains(first) { return nil }
        let scored = names.map { ($0, editDistance(first.lowercased(), $0)) }
        guard let (best, distance) = scored.min(by: { $0.1 < $1.1 }), distance <= (best.count <= 4 ? 1 : 2) else { return nil }
        return "'\(first)' is no command and no file; did you mean '\(best)'? (commands: \(names.dropLast().joined(separator: ", ")))"
    }

    /// The Damerau–Levenshtein distance (insertions, deletions, substitutions, swaps of neighbours).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
