import Foundation
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
        let sourceBags = bags(source, stems: sourceStems, ids: lexicon.sourceIDs, partners: lexicon.forward)
        let targetBags = bags(target, stems: targetStems, ids: lexicon.targetIDs, partners: lexicon.backward)
        return LexicalEvidence(sourceOwn: sourceBags.own, sourceReach: sourceBags.reach, targetOwn: targetBags.own,
                               targetReach: targetBags.reach, weight: weight)
    }

    /// Fewest units worth stemming on several threads (each thread makes its own ICU and
    /// Snowball objects).
    static let parallelUnits = 2_000

    /// Per unit of `texts`, its known stem ids (`own`) and the ids they translate to (`reach`),
    /// both sorted and distinct. Long lists are cut into chunks stemmed on all cores, each with
    /// its own stemmer for the language of `stems`; a short list uses `stems` itself.
    private func bags(_ texts: [String], stems first: StemmedUnits, ids: [String: Int32], partners: [[Int32]]) -> (own: [[Int32]], reach: [[Int32]]) {
        let chunks = texts.count >= Self.parallelUnits ? max(ProcessInfo.processInfo.activeProcessorCount, 1) : 1
        let size = max((texts.count + chunks - 1) / chunks, 1)
        let starts = Array(stride(from: 0, to: texts.count, by: size))
        var parts = [(own: [[Int32]], reach: [[Int32]])](repeating: ([], []), count: starts.count)
        parts.withUnsafeMutableBufferPointer { out in
            let out = out
            let work = { (chunk: Int) in
                // The language was checked with `first`, so a stemmer for it cannot fail here.
                guard let stems = starts.count == 1 ? first : try? StemmedUnits(language: first.language) else { return }
                var cache: [CodeUnits: Int32] = [:]
                var own: [[Int32]] = []
                var reach: [[Int32]] = []
                for text in texts[starts[chunk]..<min(starts[chunk] + size, texts.count)] {
                    let known = stems.knownStemIDs(of: text, ids: ids, cache: &cache)
                    own.append(known)
                    reach.append(LexicalEvidence.sortedUnique(known.flatMap { partners[Int($0)] }))
                }
                out[chunk] = (own, reach)
            }
            if starts.count > 1 {
                DispatchQueue.concurrentPerform(iterations: starts.count, execute: work)
            } else {
                starts.indices.forEach(work)
            }
        }
        return (parts.flatMap(\.own), parts.flatMap(\.reach))
    }
}
