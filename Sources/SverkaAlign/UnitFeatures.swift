import Dispatch
import SverkaSegment

/// What the cost model knows of each unit on one side: its length and its anchors.
///
/// Stored column-wise (lengths, and anchors in compressed rows) so that a whole book stays a few
/// flat arrays. `count` units; unit `k`'s anchors are `anchorIDs[anchorStarts[k]..<anchorStarts[k+1]]`,
/// sorted.
package struct UnitFeatures: Sendable {
    /// Length of each unit in characters (Unicode scalars, white space excluded).
    package private(set) var lengths: [Int]
    /// Offsets into `anchorIDs`; `count + 1` entries.
    package private(set) var anchorStarts: [Int]
    /// The anchors of all units, unit after unit.
    package private(set) var anchorIDs: [Int32]

    /// Empty features.
    package init() {
        lengths = []
        anchorStarts = [0]
        anchorIDs = []
    }

    /// Number of units.
    package var count: Int { lengths.count }

    /// Adds a unit.
    package mutating func append(length: Int, anchors: [Int32]) {
        lengths.append(length)
        anchorIDs.append(contentsOf: anchors)
        anchorStarts.append(anchorIDs.count)
    }

    /// The anchors of unit `k` (sorted).
    package func anchors(of k: Int) -> ArraySlice<Int32> {
        anchorIDs[anchorStarts[k]..<anchorStarts[k + 1]]
    }

    /// The same units without the anchors flagged in `dropped` (indexed by anchor id).
    package func removing(_ dropped: [Bool]) -> UnitFeatures {
        var result = UnitFeatures()
        result.lengths = lengths
        result.anchorIDs.reserveCapacity(anchorIDs.count)
        result.anchorStarts.reserveCapacity(anchorStarts.count)
        for k in 0..<count {
            for id in anchors(of: k) where !dropped[Int(id)] { result.anchorIDs.append(id) }
            result.anchorStarts.append(result.anchorIDs.count)
        }
        return result
    }

    /// Features of the units in `range`, re-indexed from 0.
    package func slice(_ range: Range<Int>) -> UnitFeatures {
        var result = UnitFeatures()
        for k in range { result.append(length: lengths[k], anchors: Array(anchors(of: k))) }
        return result
    }

    /// Features of consecutive blocks of `size` units (the last may be shorter): lengths summed,
    /// anchors merged. Used for coarse-to-fine search.
    package func grouped(by size: Int) -> UnitFeatures {
        var result = UnitFeatures()
        var start = 0
        while start < count {
            let end = min(start + size, count)
            let merged = anchorIDs[anchorStarts[start]..<anchorStarts[end]].sorted()
            result.append(length: lengths[start..<end].reduce(0, +), anchors: merged)
            start = end
        }
        return result
    }

    /// Length of `text` as the length model counts it: Unicode scalars that are not white space.
    package static func length(of text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x21..<0x7F, 0xA1..<0x1680: count += 1 // printable ASCII, Latin, Cyrillic, …: never white space
            case 0x09...0x0D, 0x20, 0x85, 0xA0: break
            default: count += scalar.properties.isWhitespace ? 0 : 1
            }
        }
        return count
    }
}

/// Builds the ``UnitFeatures`` of both sides of a document pair in one shared vocabulary.
///
/// Long texts are cut into chunks that several threads read at once, each with its own ICU
/// objects and vocabulary; the chunk vocabularies are then merged in text order, so ids (and
/// everything downstream) are the same as with one thread.
package struct FeatureBuilder {
    private let sourceLanguage: String
    private let targetLanguage: String
    /// One extractor per language, for texts read in one piece (not thread-safe: used by the
    /// calling thread only).
    private let sourceExtractor: AnchorExtractor
    private let targetExtractor: AnchorExtractor
    /// Threads used on long texts.
    package var threads: Int
    /// Fewest units (both sides) worth spreading over threads: each chunk builds its own ICU
    /// transliterator, which costs a few milliseconds.
    package var parallelUnits = 4_000
    /// Share of its weight that a word anchor found on both sides of the document costs when a
    /// bead has it on one side only (see ``AnchorVocabulary/penaliseUnmatchedWords(sharedBySides:share:)``).
    package var unmatchedWordShare = 0.0

    /// A builder for a `sourceLanguage` → `targetLanguage` pair; throws if ICU has no tokenizer
    /// or transliterator for one of them.
    package init(sourceLanguage: String, targetLanguage: String, threads: Int = 1) throws {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.threads = max(threads, 1)
        sourceExtractor = try AnchorExtractor(language: sourceLanguage)
        targetExtractor = try AnchorExtractor(language: targetLanguage)
    }

    /// Features of the given source and target texts (each a unit's scoring text), with anchor
    /// weights adjusted for rarity over these texts.
    package func features(source: [String], target: [String]) -> (source: UnitFeatures, target: UnitFeatures, vocabulary: AnchorVocabulary) {
        let built = build(source: source, target: target)
        return (built.source, built.target, built.vocabulary)
    }

    /// Features of the given source and target texts (each a unit's scoring text), with anchor
    /// weights adjusted for rarity over these texts, and the word tokens read on the way.
    package func build(source: [String], target: [String]) -> SentenceFeatures {
        let chunksPerSide = source.count + target.count >= parallelUnits ? threads : 1
        // Work items in text order: source chunks, then target chunks.
        var items: [(texts: ArraySlice<String>, language: String, isSource: Bool)] = []
        for (texts, language, isSource) in [(source, sourceLanguage, true), (target, targetLanguage, false)] {
            let size = max((texts.count + chunksPerSide - 1) / chunksPerSide, 1)
            for start in stride(from: 0, to: texts.count, by: size) {
                items.append((texts[start..<min(start + size, texts.count)], language, isSource))
            }
        }
        var parts = [ChunkFeatures?](repeating: nil, count: items.count)
        parts.withUnsafeMutableBufferPointer { out in
            let out = out
            let extract = { (k: Int) in
                // One piece per side: this thread's extractors; else one per chunk (the languages
                // were checked in init, so making them cannot fail here).
                let own = chunksPerSide == 1 ? (items[k].isSource ? self.sourceExtractor : self.targetExtractor) : nil
                guard let extractor = own ?? (try? AnchorExtractor(language: items[k].language)) else { return }
                let (features, vocabulary, words) = extractor.read(items[k].texts)
                out[k] = ChunkFeatures(features: features, vocabulary: vocabulary, words: words)
            }
            if items.count > 2 {
                DispatchQueue.concurrentPerform(iterations: items.count, execute: extract)
            } else {
                items.indices.forEach(extract)
            }
        }
        var vocabulary = AnchorVocabulary()
        var sourceFeatures = UnitFeatures()
        var targetFeatures = UnitFeatures()
        for (item, part) in zip(items, parts) {
            guard let part else { continue }
            let global = vocabulary.adopting(part.vocabulary)
            for k in 0..<part.features.count {
                let anchors = part.features.anchors(of: k).map { global[Int($0)] }.sorted()
                if item.isSource {
                    sourceFeatures.append(length: part.features.lengths[k], anchors: anchors)
                } else {
                    targetFeatures.append(length: part.features.lengths[k], anchors: anchors)
                }
            }
        }
        let sourceWords = UnitWords(language: sourceLanguage, pieces: zip(items, parts).compactMap { $0.isSource ? $1?.words : nil })
        let targetWords = UnitWords(language: targetLanguage, pieces: zip(items, parts).compactMap { $0.isSource ? nil : $1?.words })
        vocabulary.applyRarity(documentFrequency: Self.documentFrequency(sourceFeatures, targetFeatures, vocabularySize: vocabulary.count))
        let shared = Self.sharedBySides(sourceFeatures, targetFeatures, vocabularySize: vocabulary.count)
        vocabulary.penaliseUnmatchedWords(sharedBySides: shared, share: unmatchedWordShare)
        let inert = Self.inertAnchors(shared: shared, vocabulary: vocabulary)
        return SentenceFeatures(source: sourceFeatures.removing(inert), target: targetFeatures.removing(inert), vocabulary: vocabulary,
                                sourceWords: sourceWords, targetWords: targetWords)
    }

    /// For each anchor id, whether it occurs on both sides.
    static func sharedBySides(_ a: UnitFeatures, _ b: UnitFeatures, vocabularySize: Int) -> [Bool] {
        var onSource = [Bool](repeating: false, count: vocabularySize)
        var onTarget = [Bool](repeating: false, count: vocabularySize)
        for id in a.anchorIDs { onSource[Int(id)] = true }
        for id in b.anchorIDs { onTarget[Int(id)] = true }
        return zip(onSource, onTarget).map { $0 && $1 }
    }

    /// Anchors that can never change a bead's cost: no penalty when unmatched, and either no
    /// weight or found on one side of the document only (most transliterated word prefixes of the
    /// original never occur in the translation). Dropping them leaves every bonus as it was and
    /// shortens the lists the search merges several-fold.
    static func inertAnchors(shared: [Bool], vocabulary: AnchorVocabulary) -> [Bool] {
        (0..<vocabulary.count).map { id in
            vocabulary.missPenalties[id] == 0 && vocabulary.blockMissPenalties[id] == 0
                && (vocabulary.weights[id] == 0 || !shared[id])
        }
    }

    /// One chunk's features, in its own vocabulary.
    private struct ChunkFeatures {
        let features: UnitFeatures
        let vocabulary: AnchorVocabulary
        let words: UnitWords.Piece
    }

    /// For each anchor id, the larger of its unit shares on the two sides.
    static func documentFrequency(_ a: UnitFeatures, _ b: UnitFeatures, vocabularySize: Int) -> [Double] {
        func shares(_ features: UnitFeatures) -> [Double] {
            var counts = [Int](repeating: 0, count: vocabularySize)
            for k in 0..<features.count {
                var previous: Int32 = -1
                for id in features.anchors(of: k) where id != previous {
                    counts[Int(id)] += 1
                    previous = id
                }
            }
            let n = Double(max(features.count, 1))
            return counts.map { Double($0) / n }
        }
        // Tiny documents make every anchor "frequent"; rarity only means something past a few units.
        guard a.count >= 10 || b.count >= 10 else { return [Double](repeating: 0, count: vocabularySize) }
        return zip(shares(a), shares(b)).map { max($0, $1) }
    }
}
