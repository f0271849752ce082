import Foundation
import Sverka
import SverkaEval

/// Reads `--anchors FILE`: beads in the pairs format at the level written, checked for what can be
/// told without the texts (order, overlaps); every failure an input error (exit 2) in one line.
enum AnchorsFile {
    /// The anchors in `path` (UTF-8 text), at `level`.
    static func read(_ path: String, level: AlignmentLevel) throws -> BeadAnchors {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CLIFailure.input("\(path): cannot read the anchors file")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw CLIFailure.input("\(path): the anchors file is not UTF-8 text") }
        let beads: [IndexBead]
        do {
            beads = try PairsFormat.parse(text)
        } catch let error as PairsFormatError {
            throw CLIFailure.input("\(path): \(error.description)")
        }
        let pins = beads.map { BeadAnchors.Pin(source: $0.source, target: $0.target) }
        let anchors = level == .paragraph ? BeadAnchors(paragraphs: pins) : BeadAnchors(sentences: pins)
        if let problem = anchors.problem { throw CLIFailure.input("\(path): \(problem)") }
        return anchors
    }
}
