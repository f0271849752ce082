import Foundation
import SverkaAlign
import SverkaSegment

/// Plugs a ``StemLexicon`` into the aligner: for the units it is given, stems their words and looks
/// the stems up in the lexicon, producing ``LexicalEvidence``.
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
        guard serves(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage),
              let sourceWords = try? UnitWords(tokenizing: source, language: sourceLanguage),
              let targetWords = try? UnitWords(tokenizing: target, language: targetLanguage) else { return nil }
        return evidence(sourceWords: sourceWords, targetWords: targetWords, source: source, target: target)
    }

    public func evidence(sourceWords: UnitWords, targetWords: UnitWords, source: [String], target: [String]) -> BeadEvidence? {
        guard serves(sourceLanguage: sourceWords.language, targetLanguage: targetWords.language),
              let sourceBags = bags(sourceWords, ids: lexicon.sourceIDs, partners: lexicon.forward),
              let targetBags = bags(targetWords, ids: lexicon.targetIDs, partners: lexicon.backward) else { return nil }
        return LexicalEvidence(sourceOwn: sourceBags.own, sourceReach: sourceBags.reach, targetOwn: targetBags.own,
                               targetReach: targetBags.reach, weight: weight)
    }

    /// Whether the lexicon is for this pair (primary subtags).
    private func serves(sourceLanguage: String, targetLanguage: String) -> Bool {
        LanguageCode.primary(sourceLanguage) == lexicon.sourceLanguage && LanguageCode.primary(targetLanguage) == lexicon.targetLanguage
    }

    /// Fewest words or units worth spreading over several threads (each thread stemming makes its
    /// own ICU and Snowball objects).
    static let parallelItems = 2_000

    /// Per unit of `words`, its known stem ids (`own`) and the ids they translate to (`reach`),
    /// both sorted and distinct; nil if no stemmer can be made for the language. Each distinct
    /// word is stemmed and looked up once; long lists are spread over all cores.
    private func bags(_ words: UnitWords, ids: [String: Int32], partners: [[Int32]]) -> (own: [[Int32]], reach: [[Int32]])? {
        guard let first = try? StemmedUnits(language: words.language) else { return nil }
        let threads = max(ProcessInfo.processInfo.activeProcessorCount, 1)
        // The stem id of each distinct word (−1: unknown, or not a word the lexicon counts).
        var stemIDs = [Int32](repeating: -1, count: words.lowerForms.count)
        Self.inChunks(words.lowerForms.count, threads: threads) { range, isOnly in
            // The language was checked with `first`, so a stemmer for it cannot fail here.
            guard let stems = isOnly ? first : try? StemmedUnits(language: words.language) else { return [] }
            return range.map { stems.knownStemID(ofLowerCase: words.lowerForms[$0], ids: ids) }
        } into: { range, values in
            stemIDs.replaceSubrange(range, with: values)
        }
        var own = [[Int32]](repeating: [], count: words.count)
        var reach = [[Int32]](repeating: [], count: words.count)
        Self.inChunks(words.count, threads: threads) { range, _ in
            range.map { k -> ([Int32], [Int32]) in
                let known = LexicalEvidence.sortedUnique(words.words(of: k).lazy.map { stemIDs[Int($0)] }.filter { $0 >= 0 })
                return (known, LexicalEvidence.sortedUnique(known.flatMap { partners[Int($0)] }))
            }
        } into: { range, values in
            own.replaceSubrange(range, with: values.map(\.0))
            reach.replaceSubrange(range, with: values.map(\.1))
        }
        return (own, reach)
    }

    /// Computes `work` over `0..<count` in consecutive chunks, on several threads when `count` is
    /// large (`work` is told when its chunk is the only one), and hands each chunk's results to
    /// `store` in order on the calling thread.
    private static func inChunks<T>(_ count: Int, threads: Int, _ work: (Range<Int>, Bool) -> [T],
                                    into store: (Range<Int>, [T]) -> Void) {
        let chunks = count >= parallelItems ? threads : 1
        let size = max((count + chunks - 1) / chunks, 1)
        let ranges = stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
        var results = [[T]](repeating: [], count: ranges.count)
        results.withUnsafeMutableBufferPointer { out in
            let out = out
            if ranges.count > 1 {
                DispatchQueue.concurrentPerform(iterations: ranges.count) { out[$0] = work(ranges[$0], false) }
            } else {
                for (k, range) in ranges.enumerated() { out[k] = work(range, true) }
            }
        }
        for (range, values) in zip(ranges, results) { store(range, values) }
    }
}
