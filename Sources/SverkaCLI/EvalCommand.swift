import ArgumentParser
import Foundation
import Sverka
import SverkaEval

/// `sverka eval GOLD PRED [GOLD PRED ...]`: scores predicted bead files against gold ones with
/// Vecalign's strict/lax precision, recall and F1 (counts pooled over all pairs), plus null-bead
/// P/R/F1. Files are in the `[i,j]:[k]` bead format (``PairsFormat``).
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score an alignment against gold.",
        discussion: """
        Files are pairs GOLD PRED in the Vecalign/Bertalign bead format ([i,j]:[k] per line). \
        Strict: a predicted bead must equal a gold bead; lax: it must share a source and a target \
        sentence with the same gold bead. Precision counts every predicted bead (null beads \
        included); recall counts gold beads with both sides non-empty. Counts are summed over all \
        pairs before the ratios. Null: each untranslated source or added target sentence is one item.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Pairs of bead files: GOLD PRED [GOLD PRED ...].")
    var files: [String]

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    /// Checked in `run()` rather than `validate()`, which ArgumentParser would wrap in its own error.
    func checkPairs() throws {
        if files.count % 2 != 0 {
            throw CLIFailure.usage(
                "eval needs an even number of files (GOLD PRED pairs), got \(files.count)"
            )
        }
    }

    func run() throws {
        try checkPairs()
        var counts = EvalCounts()
        for pair in stride(from: 0, to: files.count, by: 2) {
            let gold = try Self.readBeads(files[pair])
            let predicted = try Self.readBeads(files[pair + 1])
            counts = counts + AlignmentMetrics.counts(gold: gold, predicted: predicted)
        }
        let scores = Scores(counts: counts)
        try StandardStreams.output(format == .json ? Self.json(scores) : Self.table(scores))
    }

    /// The beads of the file at `path`, or an input failure naming `path` and the line.
    static func readBeads(_ path: String) throws -> [IndexBead] {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIFailure.input("\(path): no such file")
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw CLIFailure.input("\(path): cannot read the file as UTF-8 text")
        }
        do {
            return try PairsFormat.parse(text)
        } catch let error as PairsFormatError {
            let shown = error.text.count > 60 ? error.text.prefix(60) + "…" : error.text
            throw CLIFailure.input("\(path):\(error.line): \(error.reason): \(shown)")
        }
    }

    /// Metrics and counts as an aligned plain-text table.
    static func table(_ scores: Scores) -> String {
        func cell(_ value: Double) -> String { String(format: "%9.4f", value) }
        func row(_ name: String, _ value: PrecisionRecallF1) -> String {
            name.padding(toLength: 8, withPad: " ", startingAt: 0)
                + cell(value.precision) + cell(value.recall) + cell(value.f1) + "\n"
        }
        func count(_ name: String, _ value: String) -> String {
            name.padding(toLength: 26, withPad: " ", startingAt: 0) + value + "\n"
        }
        let c = scores.counts
        return "        precision   recall       F1\n"
            + row("strict", scores.strict)
            + row("lax", scores.lax)
            + row("null", scores.null)
            + "\n"
            + count("file pairs", "\(c.files)")
            + count("gold beads", "\(c.goldBeads)")
            + count("predicted beads", "\(c.predictedBeads)")
            + count("strict correct (P)", "\(c.precision.strictCorrect) of \(c.precision.total) predicted")
            + count("strict correct (R)", "\(c.recall.strictCorrect) of \(c.recall.total) gold non-null")
            + count("lax correct (P)", "\(c.precision.laxCorrect) of \(c.precision.total) predicted")
            + count("lax correct (R)", "\(c.recall.laxCorrect) of \(c.recall.total) gold non-null")
            + count("null sentences correct", "\(c.null.truePositives) (predicted \(c.null.predicted), gold \(c.null.gold))")
    }

    /// Metrics and counts as pretty-printed JSON with sorted keys, ending in a newline.
    static func json(_ scores: Scores) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(scores), as: UTF8.self) + "\n"
        } catch {
            throw CLIFailure.internal("cannot encode the scores as JSON (\(error))")
        }
    }
}
