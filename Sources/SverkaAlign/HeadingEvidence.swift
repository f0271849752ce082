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
    /// Each source unit's heading number as an id (-1 for none).
    let sourceNumbers: [Int32]
    /// Each target unit's heading number as an id (-1 for none).
    let targetNumbers: [Int32]
    /// Each source unit's kind of section (``SectionHeading/Kind`` raw value, -1 when unnamed).
    let sourceKinds: [Int8]
    /// Each target unit's kind of section (``SectionHeading/Kind`` raw value, -1 when unnamed).
    let targetKinds: [Int8]
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
        // Plain arrays of ids, so that `bonus` compares integers and never touches a string.
        var ids: [String: Int32] = [:]
        func read(_ texts: [String]) -> (numbers: [Int32], kinds: [Int8], titles: [Bool]) {
            var numbers: [Int32] = [], kinds: [Int8] = [], titles: [Bool] = []
            for text in texts {
                if let heading = SectionHeading.heading(of: text) {
                    let next = Int32(ids.count)
                    numbers.append(ids[heading.number] ?? next)
                    if ids[heading.number] == nil { ids[heading.number] = next }
                    kinds.append(heading.kind.map { Int8($0.rawValue) } ?? -1)
                    titles.append(true)
                } else {
                    numbers.append(-1)
                    kinds.append(-1)
                    titles.append(SectionHeading.isTitle(text))
                }
            }
            return (numbers, kinds, titles)
        }
        let source = read(sourceTexts)
        let target = read(targetTexts)
        guard source.titles.contains(true) || target.titles.contains(true) else { return nil }
        self.sourceNumbers = source.numbers
        self.targetNumbers = target.numbers
        self.sourceKinds = source.kinds
        self.targetKinds = target.kinds
        self.sourceTitle = source.titles
        self.targetTitle = target.titles
        self.matchBonus = matchBonus
        self.continuationPenalty = continuationPenalty
        self.titleMixPenalty = titleMixPenalty
    }

    public func bonus(source s: Range<Int>, target t: Range<Int>) -> Double {
        var total = 0.0
        let a = s.lowerBound, b = t.lowerBound
        if sourceNumbers[a] >= 0 && sourceNumbers[a] == targetNumbers[b]
            && (sourceKinds[a] < 0 || targetKinds[b] < 0 || sourceKinds[a] == targetKinds[b]) {
            total += matchBonus
        }
        for k in (s.lowerBound + 1)..<s.upperBound where sourceNumbers[k] >= 0 && !sourceTitle[k - 1] { total -= continuationPenalty }
        for k in (t.lowerBound + 1)..<t.upperBound where targetNumbers[k] >= 0 && !targetTitle[k - 1] { total -= continuationPenalty }
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
