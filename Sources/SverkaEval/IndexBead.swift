/// One bead of a sentence alignment: the 0-based indices of the source sentences and of the target
/// sentences that translate each other, as in the Vecalign/Bertalign `[i,j]:[k]` format.
///
/// Either side may be empty: `[3]:[]` is a source sentence left untranslated (a deletion, "1-0"),
/// `[]:[7]` a target sentence with no source (an addition, "0-1"). A bead empty on both sides is
/// representable but carries no information; the metrics ignore it. Index order is kept as
/// written: `[1,0]:[2]` and `[0,1]:[2]` are different beads (as in Vecalign's scorer).
///
/// Equality and hashing include ``score``; the metrics compare indices only.
public struct IndexBead: Equatable, Hashable, Sendable {
    /// 0-based indices of the source sentences, in file order; empty for an addition.
    public var source: [Int]
    /// 0-based indices of the target sentences, in file order; empty for a deletion.
    public var target: [Int]
    /// The aligner's confidence for this bead, if it wrote one (its scale is the aligner's own).
    public var score: Double?

    /// A bead from its two index lists and an optional score.
    public init(source: [Int], target: [Int], score: Double? = nil) {
        self.source = source
        self.target = target
        self.score = score
    }

    /// Whether one side is empty (a deletion, an addition, or the empty bead `[]:[]`).
    public var isNull: Bool { source.isEmpty || target.isEmpty }

    /// The same bead without its score, for comparing indices only.
    public var unscored: IndexBead { IndexBead(source: source, target: target) }
}
