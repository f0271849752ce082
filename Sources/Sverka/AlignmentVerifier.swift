import Foundation
import SverkaEval

/// The checks behind `sverka align --verify`: the nothing-lost invariants of both documents and of
/// the alignment at both levels, and agreement of the bead indices written by every
/// index-bearing writer (pairs, TSV, JSON) at the output level.
///
/// Every check is linear in the size of the texts and keeps little besides what it reads back:
/// pairs and TSV output are scanned as bytes, and the JSON writer's alignment records (the part of
/// its output that names beads) are decoded into bare index lists.
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
        let expected = alignment.beads.map { IndexPair(source: $0.source, target: $0.target) }

        // pairs
        let pairs = (try? PairsFormat.parse(PairsWriter.write(alignment, includeScores: false))) ?? []
        if pairs.map({ IndexPair(source: $0.source, target: $0.target) }) != expected {
            problems.append("pairs output disagrees with the alignment")
        }
        // TSV: columns 5 and 6 hold the ids
        if tsvIndices(TSVWriter.write(output.units, diagnosis: output.diagnosis)) != expected {
            problems.append("TSV output disagrees with the alignment")
        }
        // JSON: the beads of the written alignment at the output level
        do {
            let json = try AlignmentJSONWriter(toolVersion: SverkaRelease.version).writeAlignments(output.result)
            let written = try JSONDecoder().decode(WrittenAlignments.self, from: Data(json.utf8))
            let beads = output.level == .paragraph ? written.paragraph?.beads : written.sentence.beads
            if beads?.map({ IndexPair(source: $0.source, target: $0.target) }) != expected {
                problems.append("JSON output disagrees with the alignment")
            }
        } catch {
            problems.append("JSON output does not parse (\(error))")
        }
        return problems
    }

    /// The bead indices of TSV text: the source and target ids (columns 5 and 6) of each line after
    /// the header, read from the bytes (text columns are escaped, so tabs and line feeds only
    /// separate). A line with too few columns reads as no ids at all, which disagrees.
    static func tsvIndices(_ tsv: String) -> [IndexPair] {
        var tsv = tsv
        return tsv.withUTF8 { bytes -> [IndexPair] in
            var rows: [IndexPair] = []
            var fields: [[Int]] = []
            var numbers: [Int] = []
            var value: Int?
            var column = 0
            var header = true
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\n"):
                    if !header {
                        if column == 4 || column == 5 {
                            if let value { numbers.append(value) }
                            fields.append(numbers)
                        }
                        rows.append(fields.count >= 2 ? IndexPair(source: fields[0], target: fields[1]) : IndexPair(source: [-1], target: []))
                    }
                    header = false
                    (fields, numbers, value, column) = ([], [], nil, 0)
                case UInt8(ascii: "\t"):
                    if column == 4 || column == 5 {
                        if let value { numbers.append(value) }
                        fields.append(numbers)
                    }
                    (numbers, value) = ([], nil)
                    column += 1
                case UInt8(ascii: "0")...UInt8(ascii: "9") where column == 4 || column == 5:
                    value = (value ?? 0) &* 10 &+ Int(byte - UInt8(ascii: "0"))
                case UInt8(ascii: ",") where column == 4 || column == 5:
                    if let value { numbers.append(value) }
                    value = nil
                default:
                    if column == 4 || column == 5 { numbers.append(-1) }   // not an id: disagrees
                }
            }
            return rows
        }
    }

    /// The source and target indices of one bead, however it was written.
    struct IndexPair: Equatable {
        let source: [Int]
        let target: [Int]
    }

    /// The `alignments` object of JSON output, bead indices only.
    private struct WrittenAlignments: Decodable {
        struct Alignment: Decodable {
            let beads: [Bead]
        }
        struct Bead: Decodable {
            let source: [Int]
            let target: [Int]
        }
        let paragraph: Alignment?
        let sentence: Alignment
    }
}
