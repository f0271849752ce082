/// Paragraph-level evidence from numbered section headings (``SectionHeading``): a bead whose two
/// sides both open with matching headings (same number, same kind of section where both say)
/// gets `matchBonus`; a bead that holds a
/// heading anywhere but first on its side costs `continuationPenalty`, since a section never
/// continues the paragraph before it. So chapter headings anchor the search, and a heading that
/// one side lacks becomes a bead of its own instead of shifting its neighbours.
public final class HeadingEvidence: BeadEvidence {
    /// Each source unit's heading, nil for none.
    let source: [SectionHeading.Heading?]
    /// Each target unit's heading, nil for none.
    let target: [SectionHeading.Heading?]
    /// Nats for two sides opening with matching headings.
    let matchBonus: Double
    /// Nats against a heading inside a bead.
    let continuationPenalty: Double

    /// Evidence over units with these texts; nil when neither side has a numbered heading.
    public init?(source sourceTexts: [String], target targetTexts: [String], matchBonus: Double, continuationPenalty: Double) {
        let source = sourceTexts.map(SectionHeading.heading(of:))
        let target = targetTexts.map(SectionHeading.heading(of:))
        guard source.contains(where: { $0 != nil }) || target.contains(where: { $0 != nil }) else { return nil }
        self.source = source
        self.target = target
        self.matchBonus = matchBonus
        self.continuationPenalty = continuationPenalty
    }

    public func bonus(source s: Range<Int>, target t: Range<Int>) -> Double {
        var total = 0.0
        if let a = source[s.lowerBound], let b = target[t.lowerBound], a.matches(b) { total += matchBonus }
        for k in (s.lowerBound + 1)..<s.upperBound where source[k] != nil { total -= continuationPenalty }
        for k in (t.lowerBound + 1)..<t.upperBound where target[k] != nil { total -= continuationPenalty }
        return total
    }

    public func grouped(sourceBlock: Int, targetBlock: Int) -> BeadEvidence? { nil }
}
