/// Learns a stem lexicon from a first alignment of the very document being aligned, for language
/// pairs without a dictionary: stems that keep turning up together in the confident 1-1 pairs are
/// taken for translations (Dice coefficient over those pairs).
///
/// A stem pair is kept when it co-occurs in at least `minimumCount` pairs and its Dice coefficient
/// `2·c(s,t) / (c(s) + c(t))` is at least `minimumDice`; each stem keeps its `maxFanOut` best partners.
///
/// A book offers far more confident pairs than a lexicon needs: at most `maxPairs` of them,
/// evenly spread over the document, are read, so training takes bounded time and memory.
public struct LexiconTrainer: Sendable {
    /// Fewest co-occurrences of a kept pair.
    public var minimumCount: Int
    /// Smallest Dice coefficient of a kept pair.
    public var minimumDice: Double
    /// Most partners kept per stem.
    public var maxFanOut: Int
    /// Most pairs read.
    public var maxPairs: Int

    /// A trainer with the given thresholds.
    public init(minimumCount: Int = 2, minimumDice: Double = 0.3, maxFanOut: Int = 4, maxPairs: Int = 20_000) {
        self.minimumCount = minimumCount
        self.minimumDice = minimumDice
        self.maxFanOut = maxFanOut
        self.maxPairs = max(maxPairs, 4)
    }

    /// The lexicon learnt from `pairs` (source text, target text) of `sourceLanguage` →
    /// `targetLanguage`; nil when nothing passes the thresholds.
    public func train(pairs: [(String, String)], sourceLanguage: String, targetLanguage: String) -> StemLexicon? {
        guard pairs.count >= 4,
              let sourceStems = try? StemmedUnits(language: sourceLanguage),
              let targetStems = try? StemmedUnits(language: targetLanguage) else { return nil }
        // Stems become small integers, and a co-occurrence one 64-bit key: counting is then
        // integer hashing, not string hashing.
        var sourceIDs: [String: Int] = [:]
        var targetIDs: [String: Int] = [:]
        var sourceCount: [Int] = []
        var targetCount: [Int] = []
        var pairCount: [UInt64: Int] = [:]
        let step = max(Double(pairs.count) / Double(maxPairs), 1)
        var position = 0.0
        while Int(position) < pairs.count {
            let (source, target) = pairs[Int(position)]
            position += step
            let s = Set(sourceStems.stems(of: source).map { Self.id(of: $0, in: &sourceIDs, counts: &sourceCount) })
            let t = Set(targetStems.stems(of: target).map { Self.id(of: $0, in: &targetIDs, counts: &targetCount) })
            for a in s { sourceCount[a] += 1 }
            for b in t { targetCount[b] += 1 }
            for a in s { for b in t { pairCount[UInt64(a) << 32 | UInt64(b), default: 0] += 1 } }
        }
        var sourceStemOf = [String](repeating: "", count: sourceIDs.count)
        for (stem, id) in sourceIDs { sourceStemOf[id] = stem }
        var targetStemOf = [String](repeating: "", count: targetIDs.count)
        for (stem, id) in targetIDs { targetStemOf[id] = stem }
        var kept: [(String, String, Double)] = []
        for (key, together) in pairCount where together >= minimumCount {
            let a = Int(key >> 32), b = Int(key & 0xFFFF_FFFF)
            let dice = 2 * Double(together) / Double(sourceCount[a] + targetCount[b])
            if dice >= minimumDice { kept.append((sourceStemOf[a], targetStemOf[b], dice)) }
        }
        // Dictionary order is random: sort so that the lexicon is the same on every run.
        kept.sort { ($0.2, $0.0, $0.1) > ($1.2, $1.0, $1.1) }
        guard !kept.isEmpty else { return nil }
        return StemLexicon(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, stemPairs: kept,
                           maxFanOut: maxFanOut, origin: "self-trained")
    }

    /// The id of `stem`, adding it (with a zero count) when new.
    private static func id(of stem: String, in ids: inout [String: Int], counts: inout [Int]) -> Int {
        if let id = ids[stem] { return id }
        let id = counts.count
        ids[stem] = id
        counts.append(0)
        return id
    }
}
