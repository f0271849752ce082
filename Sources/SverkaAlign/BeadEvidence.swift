/// A source of evidence for or against pairing some source units with some target units,
/// beyond length: the slot where anchors and (later) dictionaries plug into ``BeadCost``.
///
/// Implementations precompute what they need per unit; `bonus` is called in the innermost loop of
/// the search, so it must be cheap and must not allocate.
public protocol BeadEvidence {
    /// Evidence (nats) that source units `source` translate target units `target`: positive
    /// for a likely pair, negative against, 0 when there is nothing to say. Both ranges are
    /// non-empty.
    func bonus(source: Range<Int>, target: Range<Int>) -> Double

    /// The same evidence on features grouped in blocks of `sourceBlock` and `targetBlock` units,
    /// for coarse search; nil when it cannot be grouped (coarse search then goes without it).
    func grouped(sourceBlock: Int, targetBlock: Int) -> BeadEvidence?
}
