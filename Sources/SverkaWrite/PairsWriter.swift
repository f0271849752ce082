import SverkaAlign
import SverkaEval

/// Writes an ``Alignment`` in the Vecalign/Bertalign bead format, one bead per line:
/// `[i,j]:[k]`, `[i]:[]`, `[]:[k]`, followed by `:score` (the bead's confidence) unless
/// `includeScores` is false. Indices are 0-based unit indices at the alignment's level.
public enum PairsWriter {
    /// The text for `alignment`, one line per bead, each ending in `\n`.
    public static func write(_ alignment: Alignment, includeScores: Bool = true) -> String {
        PairsFormat.format(alignment.beads.map {
            IndexBead(source: Array($0.source), target: Array($0.target), score: includeScores ? $0.confidence : nil)
        })
    }
}
