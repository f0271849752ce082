import Foundation
import SverkaEval

/// The checks behind `sverka align --verify`: the nothing-lost invariants of both documents and of
/// the alignment at both levels, and agreement of the bead indices written by every
/// index-bearing writer (pairs, TSV, JSON) at the output level.
public enum AlignmentVerifier {
    /// The problems found in `output` (empty when all holds), each one line.
    public static func problems(in output: AlignmentPipeline.Output) -> [String] {
        var problems: [String] = []
        for document in [output.result.source, output.result.target] {
            if let problem = DocumentInvariants.violation(in: document) { problems.append("\(document.name): \(problem)") }
        }
        for alignment in [output.result.paragraphs, output.result.sentences].compactMap({ $0 }) {
            if let problem = AlignmentInvariants.violation(in: alignment) { problems.append("\(alignment.level.rawValue) alignment: \(problem)") }
        }
        guard let alignment = output.units.alignment else { return problems }
        let expected = alignment.beads.map { "\($0.source):\($0.target)" }

        // pairs
        let pairs = (try? PairsFormat.parse(PairsWriter.write(alignment, includeScores: false))) ?? []
        if pairs.map({ "\($0.source):\($0.target)" }) != expected { problems.append("pairs output disagrees with the alignment") }
        // TSV: columns 5 and 6 hold the ids
        let rows = TSVWriter.write(output.units, diagnosis: output.diagnosis).split(separator: "\n").dropFirst()
        let tsv = rows.map { row -> String in
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 6 else { return "?" }
            let ids = { (field: Substring) in field.split(separator: ",").compactMap { Int($0) } }
            return "\(ids(fields[4])):\(ids(fields[5]))"
        }
        if tsv != expected { problems.append("TSV output disagrees with the alignment") }
        // JSON
        let json = (try? AlignmentJSONWriter(toolVersion: SverkaRelease.version).write(output.units, diagnosis: output.diagnosis)) ?? ""
        if let root = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
           let alignments = root["alignments"] as? [String: Any],
           let record = alignments[output.level.rawValue] as? [String: Any],
           let beads = record["beads"] as? [[String: Any]] {
            let written = beads.map { bead -> String in
                let ints = { (key: String) in (bead[key] as? [Any] ?? []).compactMap { ($0 as? NSNumber)?.intValue } }
                return "\(ints("source")):\(ints("target"))"
            }
            if written != expected { problems.append("JSON output disagrees with the alignment") }
        } else {
            problems.append("JSON output does not parse")
        }
        return problems
    }
}
