import Foundation
import Sverka

/// Fuzz target (d): the alignment of target (c) written in every ``OutputFormat``. TMX and HTML
/// must be well-formed XML, JSON must parse and list the beads the alignment has, TSV must have a
/// header and one line of seven fields per bead, pairs one line per bead, Moses two texts of the
/// same number of lines.
///
/// Input layout: see ``AlignmentRecipe``.
public enum WriterCheck {
    /// Runs the check on one fuzzer input.
    public static func run(_ data: [UInt8]) {
        let output = AlignmentRecipe(data).run()
        var options = OutputFormat.Options()
        options.tmxIncludeNull = true
        options.tmxIncludeFurniture = data.count % 2 == 0
        options.settings = ["fuzz": FuzzInput.text(data.prefix(8)[...])]
        for format in OutputFormat.allCases {
            let rendered: OutputFormat.Rendered
            do {
                rendered = try format.render(output, options: options)
            } catch {
                FuzzFailure.check("write \(format)", "cannot write: \(error)")
                continue
            }
            FuzzFailure.check("write \(format)", problem(in: rendered, format: format, output: output))
        }
    }

    /// What is wrong with `rendered`, the alignment `output` in `format`, or nil.
    public static func problem(in rendered: OutputFormat.Rendered, format: OutputFormat, output: AlignmentPipeline.Output) -> String? {
        let beads = output.units.alignment?.beads ?? []
        switch (format, rendered) {
        case (.tmx, .single(let xml)), (.html, .single(let xml)), (.xliff, .single(let xml)), (.xliff2, .single(let xml)):
            return XMLCheck.problem(in: xml)
        case (.xlsx, .bytes(let data)):
            return data.starts(with: [0x50, 0x4B, 0x03, 0x04]) ? nil : "the XLSX sheet is not a zip archive"
        case (.json, .single(let json)):
            return jsonProblem(json, output: output)
        case (.tsv, .single(let tsv)):
            return tsvProblem(tsv, beads: beads.count)
        case (.pairs, .single(let pairs)):
            let lines = pairs.split(separator: "\n", omittingEmptySubsequences: false)
            let expected = (output.units.alignment ?? output.result.sentences).beads.count
            return lines.count == expected + 1 && lines.last == "" ? nil : "\(lines.count - 1) lines for \(expected) beads"
        case (.moses, .perLanguage(let files)):
            guard files.count == 2 else { return "\(files.count) Moses files" }
            let counts = files.map { $0.text.split(separator: "\n", omittingEmptySubsequences: false).count }
            return counts[0] == counts[1] ? nil : "Moses files of \(counts[0] - 1) and \(counts[1] - 1) lines"
        case (.report, .single(let report)):
            return report.isEmpty ? "empty report" : nil
        default:
            return "\(format) rendered as \(rendered)"
        }
    }

    /// What is wrong with TSV output for `beads` beads, or nil.
    static func tsvProblem(_ tsv: String, beads: Int) -> String? {
        guard tsv.hasSuffix("\n") else { return "TSV does not end in a line feed" }
        // Split on LF only, as TSV readers do; CR, U+2028 and the like must have been escaped or be harmless.
        let lines = tsv.utf8.split(separator: 10, omittingEmptySubsequences: false).dropLast()
        if lines.count != beads + 1 { return "TSV has \(lines.count) lines for \(beads) beads and a header" }
        for (n, line) in lines.enumerated() {
            let fields = line.split(separator: 9, omittingEmptySubsequences: false).count
            if fields != 7 { return "TSV line \(n + 1) has \(fields) fields" }
            if line.contains(13) { return "TSV line \(n + 1) holds a raw CR" }
        }
        return nil
    }

    /// What is wrong with the JSON output of `output`, or nil.
    static func jsonProblem(_ json: String, output: AlignmentPipeline.Output) -> String? {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        } catch {
            return "JSON does not parse: \(error)"
        }
        guard let root = object as? [String: Any], let alignments = root["alignments"] as? [String: Any],
              let sentence = alignments["sentence"] as? [String: Any], let beads = sentence["beads"] as? [[String: Any]] else {
            return "JSON lacks alignments.sentence.beads"
        }
        let expected = output.result.sentences.beads
        if beads.count != expected.count { return "JSON has \(beads.count) sentence beads, the alignment \(expected.count)" }
        for (bead, record) in zip(expected, beads) {
            guard let source = record["source"] as? [Int], let target = record["target"] as? [Int],
                  source == bead.source, target == bead.target else {
                return "JSON bead \(record["index"] ?? "?") names other units than the alignment"
            }
        }
        // The texts come back exactly (JSON, unlike XML, can carry every character).
        for (key, document) in [("source", output.result.source), ("target", output.result.target)] {
            guard let record = root[key] as? [String: Any], let paragraphs = record["paragraphs"] as? [[String: Any]],
                  paragraphs.count == document.paragraphs.count else {
                return "JSON \(key) lacks its paragraphs"
            }
            for (paragraph, written) in zip(document.paragraphs, paragraphs) where written["text"] as? String != paragraph.text {
                return "JSON \(key) paragraph \(paragraph.index) text differs: \(String(describing: written["text"]).debugDescription) for \(paragraph.text.debugDescription)"
            }
        }
        return nil
    }
}
