import SverkaAlign

/// A bead as the checks see it: the bead, its index, its scoring texts on both sides, and the
/// document-wide facts the checks share (the alignment, the length band, the scripts).
struct BeadUnderCheck {
    /// The bead.
    let bead: Bead
    /// Its index in the alignment at `document.level`.
    let index: Int
    /// The source side's scoring text ("" for none).
    let source: String
    /// The target side's scoring text ("" for none).
    let target: String
    /// The document-wide facts.
    let document: DocumentUnderCheck

    /// The source side with the translator's bracketed insertions removed (they are reported
    /// apart, and are not the original's numbers or names).
    var sourceWithoutInsertions: String { BracketedInsertions.removing(from: source) }
    /// The target side without bracketed insertions.
    var targetWithoutInsertions: String { BracketedInsertions.removing(from: target) }
}
