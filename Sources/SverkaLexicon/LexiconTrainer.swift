/// Learns a stem lexicon from a first alignment of the very document being aligned, for language
/// pairs without a dictionary: stems that keep turning up together in the confident 1-1 pairs are
/// taken for translations (Dice coefficient over those pairs).
///
/// A stem pair is kept when it co-occurs in at least `minimumCount` pairs and its Dice coefficient
/// `2·c(s,t) / (c(s) + c(t))` is at least `minimumDice`; each stem keeps its `maxFanOut` best partners.
public struct LexiconTrainer: Sendable {
    /// Fewest co-occurrences of a kept pair.
    public var minimumCount: Int
    /// Smallest Dice coefficient of a kept pair.
    public var minimumDice: Double
    /// Most partners kept per stem.
    public var maxFanOut: Int

    /// A trainer with the given thresholds.
    public init(minimumCount: Int = 2, minimumDice: Double = 0.3, maxFanOut: Int = 4) {
        self.minimumCount = minimumCount
        self.minimumDice = minimumDice
        self.maxFanOut = maxFanOut
    }

    /// The lexicon learnt from `pairs` (source text, target text) of `sourceLanguage` →
    /// `targetLanguage`; nil when nothing passes the thresholds.
    public func train(pairs: [(String, String)], sourceLanguage: String, targetLanguage: String) -> StemLexicon? {
        guard pairs.count >= 4,
              let sourceStems = try? StemmedUnits(language: sourceLanguage),
              let targetStems = try? StemmedUnits(language: targetLanguage) else { return nil }
        var sourceCount: [String: Int] = [:]
        var targetCount: [String: Int] = [:]
        var pairCount: [String: [String: Int]] = [:]
        for (source, target) in pairs {
            let s = Set(sourceStems.stems(of: source))
            let t = Set(targetStems.stems(of: target))
            for a in s { sourceCount[a, default: 0] += 1 }
            for b in t { targetCount[b, default: 0] += 1 }
            for a in s { for b in t { pairCount[a, default: [:]][b, default: 0] += 1 } }
        }
        var kept: [(String, String, Double)] = []
        for (a, partners) in pairCount {
            for (b, together) in partners where together >= minimumCount {
                let dice = 2 * Double(together) / Double((sourceCount[a] ?? 0) + (targetCount[b] ?? 0))
                if dice >= minimumDice { kept.append((a, b, dice)) }
            }
        }
        guard !kept.isEmpty else { return nil }
        return StemLexicon(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, stemPairs: kept,
                           maxFanOut: maxFanOut, origin: "self-trained")
    }
}
