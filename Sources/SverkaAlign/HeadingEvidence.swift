/// Paragraph-level evidence from numbered section headings (``SectionHeading``): a bead whose two
/// sides both open with a heading of the same number gets `matchBonus`; a bead that holds a
/// heading anywhere but first on its side costs `continuationPenalty`, since a section never
/// continues the paragraph before it. So chapter headings anchor the search, and a heading that
/// one side lacks becomes a bead of its own instead of shifting its neighbours.
public final class HeadingEvidence: BeadEvidence {
    /// Each source unit's heading number (an id; -1 for none).
    let source: [Int32]
    /// Each target unit's heading number (an id; -1 for none).
    let target: [Int32]
    /// Nats for two sides opening with the same number.
    let matchBonus: Double
    /// Nats against a heading inside a bead.
    let continuationPenalty: Double

    /// Evidence over units with these texts; nil when neither side has a numbered heading.
    public init?(source sourceTexts: [String], target targetTexts: [String], matchBonus: Double, continuationPenalty: Double) {
        var ids: [String: Int32] = [:]
        func id(_ text: String) -> Int32 {
            guard let number = SectionHeading.number(of: text) else { return -1 }
            if let known = ids[number] { return known }
            let next = Int32(ids.count)
            ids[number] = next
            return next
        }
        let source = sourceTexts.map(id)
        let target = targetTexts.map(id)
        guard source.contains(where: { $0 >= 0 }) || target.contains(where: { $0 >= 0 }) else { return nil }
        self.source = source
        self.target = target
        self.matchBonus = matchBonus
        self.continuationPenalty = continuationPenalty
    }

    public func bonus(source s: Range<Int>, target t: Range<Int>) -> Double {
        var total = 0.0
        if source[s.lowerBound] >= 0 && source[s.lowerBound] == target[t.lowerBound] { total += matchBonus }
        for k in (s.lowerBound + 1)..<s.upperBound where source[k] >= 0 { total -= continuationPenalty }
        for k in (t.lowerBound + 1)..<t.upperBound where target[k] >= 0 { total -= continuationPenalty }
        return total
    }

    public func grouped(sourceBlock: Int, targetBlock: Int) -> BeadEvidence? { nil }
}
