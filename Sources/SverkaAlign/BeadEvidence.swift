/// A source of evidence for or against pairing some source units with some target units,
/// beyond length and shape: the slot through which ``AnchorEvidence``, ``HeadingEvidence``,
/// ``ContinuationEvidence`` and the lexical evidence of dictionaries and learnt lexicons (made by
/// an ``EvidenceProvider``) plug into ``BeadCost``.
///
/// Implementations precompute what they need per unit; `bonus` is called in the innermost loop of
/// the search, so it must be cheap and must not allocate. Once `prepare` has been called with the
/// widest beads the search will ask about, `bonus` must be safe to call from several threads at
/// once (the search may score rows in parallel).
public protocol BeadEvidence: AnyObject {
    /// Evidence (nats) that source units `source` translate target units `target`: positive
    /// for a likely pair, negative against, 0 when there is nothing to say. Both ranges are
    /// non-empty.
    func bonus(source: Range<Int>, target: Range<Int>) -> Double

    /// The same evidence on features grouped in blocks of `sourceBlock` and `targetBlock` units,
    /// for coarse search; nil when it cannot be grouped (coarse search then goes without it).
    func grouped(sourceBlock: Int, targetBlock: Int) -> BeadEvidence?

    /// Builds whatever `bonus` needs for beads of up to `maxSourceUnits` × `maxTargetUnits`
    /// units, so that `bonus` itself only reads. Calling it again with the same or smaller
    /// widths does nothing.
    func prepare(maxSourceUnits: Int, maxTargetUnits: Int)

    /// Builds whatever makes `bonus` cheaper for beads whose unit pairs all lie in `pairs` (the
    /// beads of one search), using up to `threads` threads; `bonus` must give the same values
    /// with or without it, and for beads outside the band. Each call replaces what the previous
    /// one built: one search at a time per evidence object.
    func prepare(pairs: UnitPairBand, threads: Int)
}

extension BeadEvidence {
    /// Nothing to build.
    public func prepare(maxSourceUnits: Int, maxTargetUnits: Int) {}

    /// Nothing to build: beads are scored one by one.
    public func prepare(pairs: UnitPairBand, threads: Int) {}
}
