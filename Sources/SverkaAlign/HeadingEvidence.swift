/// Paragraph-level evidence from headings:
/// - a bead whose two sides both open with matching numbered headings (``SectionHeading``: same
///   number, same kind of section where both say) gets `matchBonus`, so chapter numbers anchor the
///   search;
/// - a bead holding a numbered heading right after body text on its side costs
///   `continuationPenalty`: a section never continues the paragraph before it (a heading after
///   its part's title, `Часть I` / `ПОДПОЛЬЕ` / `I`, does);
/// - a bead side that mixes a title (a numbered heading, or a short line with no closing
///   punctuation: `Письмо`, `The Road`) with body text costs `titleMixPenalty`, so a title that one
///   side lacks becomes a bead of its own instead of being swallowed by its first paragraph or
///   shifting its neighbours.
public final class HeadingEvidence: BeadEvidence {
    /// Each source unit's heading, nil for none.
    let source: [SectionHeading.Heading?]
    /// Each target unit's heading, nil for none.
    let target: [SectionHeading.Heading?]
    /// Whether each source unit is a title.
    let sourceTitle: [Bool]
    /// Whether each target unit is a title.
    let targetTitle: [Bool]
    /// Nats for two sides opening with matching headings.
    let matchBonus: Double
    /// Nats against a numbered heading inside a bead.
    let continuationPenalty: Double
    /// Nats against a side mixing a title with body text.
    let titleMixPenalty: Double

    /// Evidence over units with these texts; nil when neither side has a heading or a title.
    public init?(source sourceTexts: [String], target targetTexts: [String], matchBonus: Double,
                 continuationPenalty: Double, titleMixPenalty: Double = 0) {
        let source = sourceTexts.map(SectionHeading.heading(of:))
        let target = targetTexts.map(SectionHeading.heading(of:))
        let sourceTitle = zip(sourceTexts, source).map { $1 != nil || SectionHeading.isTitle($0) }
        let targetTitle = zip(targetTexts, target).map { $1 != nil || SectionHeading.isTitle($0) }
        guard sourceTitle.contains(true) || targetTitle.contains(true) else { return nil }
        self.source = source
        self.target = target
        self.sourceTitle = sourceTitle
        self.targetTitle = targetTitle
        self.matchBonus = matchBonus
        self.continuationPenalty = continuationPenalty
        self.titleMixPenalty = titleMixPenalty
    }

    public func bonus(source s: Range<Int>, target t: Range<Int>) -> Double {
        var total = 0.0
        if let a = source[s.lowerBound], let b = target[t.lowerBound], a.matches(b) { total += matchBonus }
        for k in (s.lowerBound + 1)..<s.upperBound where source[k] != nil && !sourceTitle[k - 1] { total -= continuationPenalty }
        for k in (t.lowerBound + 1)..<t.upperBound where target[k] != nil && !targetTitle[k - 1] { total -= continuationPenalty }
        if s.count > 1 && Self.mixes(sourceTitle[s]) { total -= titleMixPenalty }
        if t.count > 1 && Self.mixes(targetTitle[t]) { total -= titleMixPenalty }
        return total
    }

    /// Whether a run of units holds both a title and body text.
    static func mixes(_ titles: ArraySlice<Bool>) -> Bool {
        titles.contains(true) && titles.contains(false)
    }

    public func grouped(sourceBlock: Int, targetBlock: Int) -> BeadEvidence? { nil }
}
