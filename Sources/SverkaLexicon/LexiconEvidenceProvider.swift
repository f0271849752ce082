import SverkaAlign
import SverkaSegment

/// Plugs a ``StemLexicon`` into the aligner: for the units it is given, stems each text and looks
/// its stems up in the lexicon, producing ``LexicalEvidence``.
///
/// Holds only the (immutable) lexicon: safe to share between threads; ICU and Snowball objects are
/// made per call.
public struct LexiconEvidenceProvider: EvidenceProvider, Sendable {
    /// The lexicon.
    public let lexicon: StemLexicon
    /// Nats per unit of z-score (see ``LexicalEvidence``).
    public let weight: Double

    /// A provider for `lexicon`.
    public init(lexicon: StemLexicon, weight: Double = 1.2) {
        self.lexicon = lexicon
        self.weight = weight
    }

    public func evidence(source: [String], target: [String], sourceLanguage: String, targetLanguage: String) -> BeadEvidence? {
        guard LanguageCode.primary(sourceLanguage) == lexicon.sourceLanguage,
              LanguageCode.primary(targetLanguage) == lexicon.targetLanguage,
              let sourceStems = try? StemmedUnits(language: sourceLanguage),
              let targetStems = try? StemmedUnits(language: targetLanguage) else { return nil }
        var sourceOwn: [[Int32]] = []
        var sourceReach: [[Int32]] = []
        for text in source {
            let ids = Set(sourceStems.stems(of: text).compactMap { lexicon.sourceIDs[$0] })
            sourceOwn.append(ids.sorted())
            sourceReach.append(Set(ids.flatMap { lexicon.forward[Int($0)] }).sorted())
        }
        var targetOwn: [[Int32]] = []
        var targetReach: [[Int32]] = []
        for text in target {
            let ids = Set(targetStems.stems(of: text).compactMap { lexicon.targetIDs[$0] })
            targetOwn.append(ids.sorted())
            targetReach.append(Set(ids.flatMap { lexicon.backward[Int($0)] }).sorted())
        }
        return LexicalEvidence(sourceOwn: sourceOwn, sourceReach: sourceReach, targetOwn: targetOwn,
                               targetReach: targetReach, weight: weight)
    }
}
